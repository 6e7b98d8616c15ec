import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';

describe('seededRandom', () => {
  it('gives the same sequence for a seed on every machine (the corpus generator relies on it)', () => {
    const random = seededRandom(20241114);
    expect([random(), random(), random()]).toEqual([0.5507895473856479, 0.38305744784884155, 0.15667155268602073]);
  });

  it('stays in [0, 1) and differs between seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    const values = Array.from({ length: 10_000 }, () => a());
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(a()).not.toBe(b());
  });
});
