import { describe, expect, it } from 'vitest';
import { findFieldLine } from '../../src/content-tree/read-tree.ts';

const FRONT_MATTER = [
  'title: "Muba raih Zona Hijau"', // 1
  'tags: [pelayanan, ombudsman]', // 2
  'awards:', // 3
  '  - scheme: ombudsman', // 4
  '    year: 2023', // 5
  '', // 6
  '    score: 85.5', // 7
  '  -', // 8
  '    scheme: bpk-opini', // 9
  '    result: WTP', // 10
  'related:', // 11
  '  - "kilas-balik"', // 12
].join('\n');

describe('findFieldLine', () => {
  it.each([
    [['title'], 1],
    [['tags', 1], 2],
    [['awards'], 3],
    [['awards', 0], 4],
    [['awards', 0, 'score'], 7],
    [['awards', 1], 9],
    [['awards', 1, 'result'], 10],
    [['related', 0], 12],
  ])('%j is on line %i', (fieldPath, line) => {
    expect(findFieldLine(FRONT_MATTER, fieldPath)).toBe(line);
  });

  it('falls back to the deepest part of the path that exists', () => {
    expect(findFieldLine(FRONT_MATTER, ['awards', 0, 'decree'])).toBe(4);
    expect(findFieldLine(FRONT_MATTER, ['awards', 5, 'score'])).toBe(3);
  });

  it('gives no line for a field that is absent or a file that is not a map', () => {
    expect(findFieldLine(FRONT_MATTER, ['description'])).toBeUndefined();
    expect(findFieldLine('- a\n- b', ['title'])).toBeUndefined();
    expect(findFieldLine('', ['title'])).toBeUndefined();
  });

  it('is not fooled by a key that only appears inside a value (the old line-pattern search was)', () => {
    const yaml = 'awards:\n  - scheme: ombudsman\n    decree: |\n      score: lama\n    score: 85\n';
    expect(findFieldLine(yaml, ['awards', 0, 'score'])).toBe(5);
  });
});
