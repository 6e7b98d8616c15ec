import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrontmatterCache } from '../../src/content-tree/frontmatter-cache.ts';
import { parseYamlText } from '../../src/content-tree/read-tree.ts';

describe('FrontmatterCache', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'frontmatter-cache-'));
    file = path.join(dir, 'cache.bin');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const yaml = 'title: Zona Hijau\nscore: 93.31\nlimit: .inf\ntags: [Pelayanan Publik]\n';

  it('parses each YAML once across builds and returns what the parser returned', () => {
    const first = new FrontmatterCache(file);
    const parsed = first.parse(yaml, parseYamlText);
    first.save();
    const parse = vi.fn(parseYamlText);
    const again = new FrontmatterCache(file).parse(yaml, parse);
    expect(parse).not.toHaveBeenCalled();
    expect(again).toEqual(parsed);
    expect((again as { limit: number }).limit).toBe(Infinity);
  });

  it('parses again when the YAML changed, and keeps only what the last build used', () => {
    const first = new FrontmatterCache(file);
    first.parse(yaml, parseYamlText);
    first.save();
    const second = new FrontmatterCache(file);
    expect(second.parse('title: Lain\n', parseYamlText)).toEqual({ title: 'Lain' });
    second.save();
    const parse = vi.fn(parseYamlText);
    new FrontmatterCache(file).parse(yaml, parse);
    expect(parse).toHaveBeenCalledOnce();
  });

  it('hands out copies, so a caller changing its data cannot change the next build', () => {
    const cache = new FrontmatterCache(file);
    (cache.parse(yaml, parseYamlText) as { title: string }).title = 'diubah';
    expect(cache.parse(yaml, parseYamlText)).toMatchObject({ title: 'Zona Hijau' });
  });

  it('never keeps a YAML that fails to parse', () => {
    const cache = new FrontmatterCache(file);
    expect(() => cache.parse('title: a\ntitle: b\n', parseYamlText)).toThrow();
    expect(() => cache.parse('title: a\ntitle: b\n', parseYamlText)).toThrow();
  });

  it('starts empty from a missing or damaged file', () => {
    expect(new FrontmatterCache(path.join(dir, 'missing.bin')).parse('a: 1\n', parseYamlText)).toEqual({ a: 1 });
    writeFileSync(file, 'bukan cache');
    expect(new FrontmatterCache(file).parse('a: 1\n', parseYamlText)).toEqual({ a: 1 });
  });
});
