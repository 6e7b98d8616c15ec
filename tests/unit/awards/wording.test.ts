import { describe, expect, it } from 'vitest';
import {
  decideBadgeMark,
  describeAwardChange,
  describeAwardGrade,
  describeAwardRank,
  describeAwardSummary,
  describeAwardZoneLine,
  describeLevelName,
  describeZone,
  formatAwardScore,
  shortenRegionName,
} from '../../../src/model/awards/wording.ts';
import { decideTextColour } from '../../../src/model/contrast.ts';
import { bpk, computeSample, findAward, ombudsman } from './fixtures.ts';

const awards = computeSample();

describe('describeAwardGrade', () => {
  it.each([
    ['scored', 'A', 'Kualitas Tertinggi', 'Kategori A \u00b7 Kualitas Tertinggi'],
    ['scored', 'A-', 'Sangat Baik', 'Kategori A- \u00b7 Sangat Baik'],
    ['category', 'WDP', 'Wajar Dengan Pengecualian', 'WDP \u00b7 Wajar Dengan Pengecualian'],
    ['category', 'Opini Kualitas Tinggi', 'Kualitas Tinggi', 'Opini Kualitas Tinggi'],
    ['scored', 'Informatif', 'Informatif', 'Informatif'],
    ['scored', '', 'Kepatuhan Tinggi', 'Kepatuhan Tinggi'],
    ['scored', '', 'Zona Hijau', 'Zona Hijau'],
  ] as const)('%s %j %j -> %j', (kind, grade, label, expected) => {
    expect(describeAwardGrade({ kind, grade, label })).toBe(expected);
  });
});

describe('scores, changes and ranks in Indonesian', () => {
  it('formats a score with the published decimals and a decimal comma', () => {
    expect(formatAwardScore({ score: 93.31 }, ombudsman)).toBe('93,31');
    expect(formatAwardScore({ score: 90 }, ombudsman)).toBe('90,00');
    expect(formatAwardScore({ score: undefined }, ombudsman)).toBeUndefined();
  });

  it.each([
    [1.59, 'naik 1,59 poin dari 2023'],
    [-0.4, 'turun 0,40 poin dari 2023'],
    [-12, 'turun 12,00 poin dari 2023'],
    [0, 'sama dengan 2023'],
  ])('delta %d -> %j', (delta, expected) => {
    const change = { previousYear: 2023, previousScore: 90, delta, previousZone: 'hijau' as const, previousGrade: 'A' };
    expect(describeAwardChange({ change, zone: 'hijau' }, ombudsman)).toBe(expected);
  });

  it('names a change of zone when a score is missing, and stays silent otherwise', () => {
    const change = { previousYear: 2019, previousZone: 'kuning' as const, previousGrade: '' };
    expect(describeAwardChange({ change, zone: 'hijau' }, ombudsman)).toBe('sebelumnya Zona Kuning (2019)');
    expect(describeAwardChange({ change: { ...change, previousZone: 'hijau' }, zone: 'hijau' }, ombudsman)).toBeUndefined();
    expect(describeAwardChange({ change: undefined, zone: 'hijau' }, ombudsman)).toBeUndefined();
  });

  it('computes Musi Banyuasin 2024 as the sample articles tell it', () => {
    const muba = findAward(awards, 'musi-banyuasin', 2024);
    expect(describeAwardChange(muba, ombudsman)).toBe('naik 1,59 poin dari 2023');
    expect(describeAwardRank(muba)).toBe('peringkat 2 dari 4');
    expect(describeAwardSummary(muba, ombudsman, 'Kabupaten Musi Banyuasin')).toBe(
      'Kabupaten Musi Banyuasin, Ombudsman RI 2024: Kategori A \u00b7 Kualitas Tertinggi, skor 93,31, Zona Hijau, 3 tahun berturut-turut Zona Hijau',
    );
  });

  it('ranks with thousands separators', () => {
    expect(describeAwardRank({ rank: { position: 1000, of: 1234 } })).toBe('peringkat 1.000 dari 1.234');
    expect(describeAwardRank({ rank: undefined })).toBeUndefined();
  });

  it('summarises a zone-only result and a category result without inventing a score', () => {
    expect(describeAwardSummary(findAward(awards, 'musi-banyuasin', 2022), ombudsman, 'Kabupaten Musi Banyuasin')).toBe(
      'Kabupaten Musi Banyuasin, Ombudsman RI 2022: Zona Hijau, skor tidak diumumkan',
    );
    expect(describeAwardSummary(findAward(awards, 'musi-banyuasin', 2021, 'bpk-opini'), bpk, 'Kabupaten Musi Banyuasin')).toBe(
      'Kabupaten Musi Banyuasin, Opini BPK 2021: WDP \u00b7 Wajar Dengan Pengecualian',
    );
    expect(describeAwardSummary(findAward(awards, 'musi-banyuasin', 2025), ombudsman, 'Kabupaten Musi Banyuasin')).toBe(
      'Kabupaten Musi Banyuasin, Ombudsman RI 2025: Opini Kualitas Tinggi, Zona Hijau, 4 tahun berturut-turut Zona Hijau',
    );
  });

  it('shows the zone line only when the grade does not already say it', () => {
    expect(describeAwardZoneLine(findAward(awards, 'musi-banyuasin', 2024))).toBe('Zona Hijau');
    expect(describeAwardZoneLine(findAward(awards, 'musi-banyuasin', 2022))).toBeUndefined();
    expect(describeAwardZoneLine(findAward(awards, 'musi-banyuasin', 2021, 'bpk-opini'))).toBeUndefined();
    expect(describeZone('merah')).toBe('Zona Merah');
  });
});

describe('badge marks and names', () => {
  it.each([
    [{ grade: 'A', label: 'Kualitas Tertinggi' }, 'A Kualitas Tertinggi'],
    [{ grade: 'Opini Kualitas Tinggi', label: 'Kualitas Tinggi' }, 'Opini Kualitas Tinggi'],
    [{ grade: '', label: 'Kepatuhan Tinggi' }, 'Kepatuhan Tinggi'],
    [{ grade: 'Informatif', label: 'Informatif' }, 'Informatif'],
  ])('legend name %j -> %s', (level, expected) => {
    expect(describeLevelName(level)).toBe(expected);
  });

  it.each([
    [{ grade: 'A', label: 'Kualitas Tertinggi', zone: 'hijau' as const }, { kind: 'text', text: 'A' }],
    [{ grade: 'WTP', label: 'Wajar Tanpa Pengecualian', zone: '' as const }, { kind: 'text', text: 'WTP' }],
    [{ grade: '', label: 'Kepatuhan Tinggi', zone: 'hijau' as const }, { kind: 'zone', zone: 'hijau' }],
    [{ grade: 'Opini Kualitas Tinggi', label: 'Kualitas Tinggi', zone: 'hijau' as const }, { kind: 'zone', zone: 'hijau' }],
    [{ grade: 'Menuju Informatif', label: 'Menuju Informatif', zone: '' as const }, { kind: 'text', text: 'MI' }],
  ])('%j', (award, expected) => {
    expect(decideBadgeMark(award)).toEqual(expected);
  });

  it.each([
    ['Kabupaten Musi Banyuasin', 'Kab. Musi Banyuasin'],
    ['Provinsi Sumatera Selatan', 'Prov. Sumatera Selatan'],
    ['Kota Palembang', 'Kota Palembang'],
    ['Daerah Istimewa Yogyakarta', 'Daerah Istimewa Yogyakarta'],
  ])('%s -> %s', (name, expected) => {
    expect(shortenRegionName(name)).toBe(expected);
  });
});

describe('accessible colour', () => {
  // AA itself is the rule's promise for every colour (the sweep in
  // scheme-schema.test.ts); here the engine must carry that rule's choice.
  it('every computed sample award carries the text colour the contrast rule picks for its colour', () => {
    expect(awards.length).toBeGreaterThan(0);
    for (const award of awards) expect(award.textColour, `${award.scheme} ${award.year} ${award.region} ${award.colour}`).toBe(decideTextColour(award.colour));
  });
});
