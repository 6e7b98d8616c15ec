import { describe, expect, it } from 'vitest';
import { cardDigest, digestOf, stableStringify } from '../../src/astro-glue/page-key.ts';

describe('stableStringify', () => {
  it('ignores object key order but not array order', () => {
    expect(stableStringify({ a: 1, b: [1, 2] })).toBe(stableStringify({ b: [1, 2], a: 1 }));
    expect(stableStringify([1, 2])).not.toBe(stableStringify([2, 1]));
  });

  it('writes dates as instants, maps and sets as their entries', () => {
    expect(stableStringify({ date: new Date('2024-11-28T02:30:00Z') })).toBe('{"date":"2024-11-28T02:30:00.000Z"}');
    expect(stableStringify(new Map([[1, 'x']]))).toBe('{"@map":[[1,"x"]]}');
    expect(stableStringify(new Set(['a']))).toBe('{"@set":["a"]}');
  });

  it('drops undefined properties as JSON does, keeps them apart from null', () => {
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(stableStringify({ a: null })).not.toBe(stableStringify({}));
  });

  it('refuses circular values instead of looping', () => {
    const value: Record<string, unknown> = {};
    value.self = value;
    expect(() => stableStringify(value)).toThrow(/circular/);
  });

  it('accepts the same object twice when it is not circular', () => {
    const shared = { name: 'Musi Banyuasin' };
    expect(stableStringify({ region: shared, province: { child: shared } })).toContain('Musi Banyuasin');
  });
});

describe('digestOf', () => {
  it('changes with any rendered value and only then', () => {
    const article = { title: 'Muba raih Zona Hijau', score: 93.31, date: new Date('2024-11-28T02:30:00Z'), tags: ['ombudsman'] };
    expect(digestOf(article)).toBe(digestOf({ ...article }));
    expect(digestOf(article)).not.toBe(digestOf({ ...article, title: 'Muba raih Zona Hijau lagi' }));
    expect(digestOf(article)).not.toBe(digestOf({ ...article, score: 93.3 }));
    expect(digestOf(article)).not.toBe(digestOf({ ...article, date: new Date('2024-11-28T02:31:00Z') }));
    expect(digestOf(article)).not.toBe(digestOf({ ...article, tags: ['ombudsman', 'sumsel'] }));
    expect(digestOf(article)).toMatch(/^[\w-]{22}$/);
  });
});

describe('cardDigest', () => {
  it('sees every field of an article but its body stats', () => {
    const article = { slug: 'muba', title: 'Muba raih Zona Hijau', body: { paragraphs: 4, words: 120 } };
    expect(cardDigest(article)).toBe(cardDigest({ ...article, body: { paragraphs: 9, words: 300 } }));
    expect(cardDigest(article)).not.toBe(cardDigest({ ...article, title: 'Muba raih Zona Hijau lagi' }));
  });
});
