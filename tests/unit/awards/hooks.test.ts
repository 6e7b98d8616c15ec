import { describe, expect, it } from 'vitest';
import { decideAwardHooks } from '../../../src/model/awards/hooks.ts';
import type { ComputedAward } from '../../../src/model/awards/engine.ts';

const base: ComputedAward = {
  scheme: 'ombudsman', year: 2024, region: 'musi-banyuasin', kind: 'scored', score: 93.31, scoreText: '93.31',
  grade: 'A', label: 'Kualitas Tertinggi', zone: 'hijau', colour: '#1b7f3b', textColour: '#ffffff', gradeOrder: 0,
  streak: 3, sources: [],
};

describe('decideAwardHooks', () => {
  it('gives the contract hooks for a scored result', () => {
    expect(decideAwardHooks(base)).toEqual({
      'data-award': '', 'data-scheme': 'ombudsman', 'data-year': 2024, 'data-region': 'musi-banyuasin',
      'data-grade': 'A', 'data-zone': 'hijau', 'data-score': '93.31', 'data-streak': 3,
    });
  });
  it('leaves the score out for a category result and keeps empty grade and zone', () => {
    const hooks = decideAwardHooks({ ...base, scheme: 'bpk-opini', kind: 'category', score: undefined, scoreText: undefined, result: 'WDP', grade: 'WDP', zone: '', streak: 1 });
    expect(hooks['data-score']).toBeUndefined();
    expect(hooks['data-zone']).toBe('');
  });
  it('keeps an empty grade where the edition has none (Ombudsman 2019 zones)', () => {
    expect(decideAwardHooks({ ...base, year: 2019, grade: '', label: 'Kepatuhan Tinggi', scoreText: '85.67', score: 85.67 })['data-grade']).toBe('');
  });
});
