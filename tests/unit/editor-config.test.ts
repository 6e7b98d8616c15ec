/**
 * The editor's form is the content contract, not a second one: its fields are
 * the article schema's fields, an award's fields are the claim schema's, and
 * the body editor offers the palette's components with their attributes and
 * nothing else.
 */
import { describe, expect, it } from 'vitest';
import keystaticConfig, { articleFields } from '../../keystatic.config.ts';
import { articleSchema, awardClaimSchema } from '../../src/schemas/article.ts';
import { AWARD_KEYS, serializeAward } from '../../src/editor/award-field.tsx';
import { PALETTE, PALETTE_NAMES } from '../../src/mdx/palette.ts';
import { decideComponentKind, paletteComponents } from '../../src/editor/palette-components.ts';
import { COLLECTION } from '../../src/editor/client.ts';

/** Form-only fields that write nothing (the check panel) and the body. */
const NOT_FRONT_MATTER = ['pemeriksaan', 'isi'];

describe('editor fields mirror the zod schemas', () => {
  it('one field per front matter field of the article schema, in its order', () => {
    const frontMatter = Object.keys(articleFields).filter((key) => !NOT_FRONT_MATTER.includes(key));
    expect(frontMatter).toEqual(Object.keys(articleSchema.shape));
  });

  it('an award has exactly the claim schema fields', () => {
    expect([...AWARD_KEYS]).toEqual(Object.keys(awardClaimSchema.shape));
  });

  it('an award is written so the claim schema reads back what was typed', () => {
    const written = serializeAward({ scheme: 'ombudsman', year: '2024', score: '93,31', result: '', zone: '', region: '', grade: '', decree: ' Keputusan 252 ' });
    expect(written).toEqual({ scheme: 'ombudsman', year: 2024, score: '93,31', decree: 'Keputusan 252' });
    expect(awardClaimSchema.safeParse(written).success).toBe(true);
    expect(serializeAward({ scheme: 'ombudsman', year: '2021', score: '42.50', result: '', zone: '', region: '', grade: '', decree: '' }).score).toBe('42.50');
    expect(serializeAward({ scheme: 'ombudsman', year: '2024', score: '93.31', result: '', zone: '', region: '', grade: '', decree: '' }).score).toBe(93.31);
  });

  it('the collection is the articles folder, with the body in the file', () => {
    const collection = keystaticConfig.collections![COLLECTION]!;
    expect(collection.path).toBe('content/articles/**');
    expect(collection.format).toEqual({ contentField: 'isi' });
  });
});

describe('the body editor offers the palette and nothing else', () => {
  it('every palette component, with its attributes', () => {
    const field = () => ({ kind: 'form' });
    const built = paletteComponents({ image: field, picker: () => field });
    expect(Object.keys(built).sort()).toEqual([...PALETTE_NAMES].sort());
    for (const name of PALETTE_NAMES) {
      const component = built[name] as { kind: string; schema: Record<string, unknown> };
      expect(Object.keys(component.schema), name).toEqual(Object.keys(PALETTE[name]!.attributes));
      expect(component.kind, name).toBe(decideComponentKind(PALETTE[name]!));
    }
  });
});
