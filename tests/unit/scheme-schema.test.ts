import { describe, expect, it } from 'vitest';
import { computeBandInterval, countDecimals, formatUnits, schemeSchema, toUnits } from '../../src/schemas/scheme.ts';
import { computeContrastRatio, decideTextColour } from '../../src/model/contrast.ts';

const zoneBands = [
  { min: 81, max: 100, grade: '', label: 'Kepatuhan Tinggi', zone: 'hijau', colour: '#1b7a3a' },
  { min: 51, max: 80.99, grade: '', label: 'Kepatuhan Sedang', zone: 'kuning', colour: '#f2c12e' },
  { min: 0, max: 50.99, grade: '', label: 'Kepatuhan Rendah', zone: 'merah', colour: '#b3261e' },
];

function scheme(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik',
    shortName: 'Ombudsman RI',
    issuer: 'Ombudsman Republik Indonesia',
    description: 'Penilaian kepatuhan standar pelayanan publik.',
    scale: { min: 0, max: 100, decimals: 2 },
    notHeld: [2020],
    editions: [
      { from: 2016, to: 2019, kind: 'scored', bands: zoneBands },
      { from: 2021, to: 2021, kind: 'scored', bands: zoneBands },
      { from: 2025, kind: 'category', grades: [{ grade: 'Opini Kualitas Tinggi', label: 'Kualitas Tinggi', zone: 'hijau', colour: '#2e7d3e' }] },
    ],
    ...overrides,
  };
}

/** The issues of a failed parse as `path: message` lines. */
function issues(input: unknown): string[] {
  const result = schemeSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function withBands(bands: unknown[], edition: Record<string, unknown> = {}) {
  return scheme({ editions: [{ from: 2022, to: 2024, kind: 'scored', bands, ...edition }] });
}

describe('schemeSchema', () => {
  it('accepts a valid scheme and fills defaults', () => {
    const data = schemeSchema.parse(scheme({ url: 'https://ombudsman.go.id/' }));
    expect(data.editions[0]!.lowerBoundInclusive).toBe(true);
    expect(data.editions[0]!.bands![0]!.grade).toBe('');
    expect(data.notHeld).toEqual([2020]);
  });

  it('accepts a category-only scheme without scale or notHeld', () => {
    const data = schemeSchema.parse(
      scheme({ scale: undefined, notHeld: undefined, editions: [{ from: 2005, kind: 'category', grades: [{ grade: 'WTP', label: 'Wajar Tanpa Pengecualian', colour: '#14632e' }] }] }),
    );
    expect(data.notHeld).toEqual([]);
  });

  it('accepts a notHeld year inside an edition range (notHeld wins)', () => {
    expect(issues(scheme({ editions: [{ from: 2016, to: 2021, kind: 'scored', bands: zoneBands }] }))).toEqual([]);
  });

  it('rejects overlapping editions and an open-ended edition that is not the last', () => {
    expect(issues(scheme({ editions: [{ from: 2016, to: 2019, kind: 'scored', bands: zoneBands }, { from: 2019, to: 2021, kind: 'scored', bands: zoneBands }] }))).toEqual([
      'editions.1.from: bertumpang tindih dengan edisi 2016\u20132019 (editions[0])',
    ]);
    // Order in the file is free.
    expect(issues(scheme({ editions: [{ from: 2022, kind: 'scored', bands: zoneBands }, { from: 2016, to: 2019, kind: 'scored', bands: zoneBands }] }))).toEqual([]);
    expect(issues(scheme({ editions: [{ from: 2016, kind: 'scored', bands: zoneBands }, { from: 2022, kind: 'scored', bands: zoneBands }] }))).toEqual([
      'editions.1.from: bertumpang tindih dengan edisi 2016 dst. (editions[0])',
    ]);
  });

  it('rejects an edition ending before it starts', () => {
    expect(issues(scheme({ editions: [{ from: 2019, to: 2016, kind: 'scored', bands: zoneBands }] }))).toEqual(['editions.0.to: tidak boleh sebelum from (2019)']);
  });

  it('rejects a gap between bands at the published decimals', () => {
    const gap = zoneBands.map((band, i) => (i === 1 ? { ...band, max: 80.98 } : band));
    expect(issues(withBands(gap))).toEqual(['editions.0.bands.0.min: ada celah: skor 80.99-80.99 tidak masuk band mana pun']);
  });

  it('rejects overlapping bands', () => {
    const overlap = zoneBands.map((band, i) => (i === 1 ? { ...band, max: 81 } : band));
    expect(issues(withBands(overlap))).toEqual(['editions.0.bands.0.min: bertumpang tindih dengan bands[1]: skor 81.00-81.00 masuk dua band']);
  });

  it('rejects bands that miss the ends of the scale', () => {
    const short = zoneBands.map((band, i) => (i === 0 ? { ...band, max: 99 } : i === 2 ? { ...band, min: 1 } : band));
    expect(issues(withBands(short))).toEqual([
      'editions.0.bands.2.min: band terendah mulai dari 0.00 (skala min)',
      'editions.0.bands.0.max: band tertinggi sampai 100.00 (skala max)',
    ]);
  });

  it('rejects band bounds with more decimals than published, or outside the scale', () => {
    const fine = zoneBands.map((band, i) => (i === 1 ? { ...band, max: 80.995 } : i === 0 ? { ...band, max: 101 } : band));
    expect(issues(withBands(fine))).toEqual([
      'editions.0.bands.0.max: di dalam skala 0-100',
      'editions.0.bands.1.max: paling banyak 2 desimal, sama dengan skor yang diumumkan',
    ]);
  });

  it('checks coverage with exclusive lower bounds, keeping the scale minimum', () => {
    const sakip = [
      { min: 90, max: 100, grade: 'AA', label: 'Sangat Memuaskan', colour: '#0f5132' },
      { min: 30, max: 90, grade: 'C', label: 'Kurang', colour: '#c8372d' },
      { min: 0, max: 30, grade: 'D', label: 'Sangat Kurang', colour: '#8c1d18' },
    ];
    expect(issues(withBands(sakip, { lowerBoundInclusive: false }))).toEqual([]);
    // The Ombudsman bands read as exclusive would leave 81.00 and 51.00 without a band.
    expect(issues(withBands(zoneBands, { lowerBoundInclusive: false }))).toEqual([
      'editions.0.bands.1.min: ada celah: skor 51.00-51.00 tidak masuk band mana pun',
      'editions.0.bands.0.min: ada celah: skor 81.00-81.00 tidak masuk band mana pun',
    ]);
  });

  it('rejects colours that are not #rrggbb', () => {
    const bad = zoneBands.map((band, i) => (i === 0 ? { ...band, colour: 'green' } : band));
    expect(issues(withBands(bad))).toEqual(['editions.0.bands.0.colour: warna hex #rrggbb, mis. "#1b6b34"']);
  });

  it('requires a scale for scored editions, and the right list per kind', () => {
    expect(issues(scheme({ scale: undefined }))).toContain('scale: wajib diisi: edisi 2016 berupa skor (min, max, decimals)');
    expect(issues(scheme({ editions: [{ from: 2025, kind: 'category', bands: zoneBands }] }))).toEqual([
      'editions.0.bands: edisi category memakai grades, bukan bands',
      'editions.0.grades: paling sedikit satu grade',
    ]);
  });

  it('requires zones on all bands of an edition or none, and a grade or zone on each', () => {
    const mixed = zoneBands.map((band, i) => (i === 2 ? { ...band, zone: undefined, grade: 'E' } : band));
    expect(issues(withBands(mixed))).toEqual(['editions.0.bands: zone diisi untuk semua atau tidak sama sekali dalam satu edisi']);
    const bare = zoneBands.map(({ zone: _zone, ...band }) => band);
    expect(issues(withBands(bare))).toHaveLength(3);
  });

  it('rejects duplicate grades, duplicate notHeld years and unknown fields', () => {
    const grades = [
      { grade: 'WTP', label: 'Wajar Tanpa Pengecualian', colour: '#14632e' },
      { grade: 'wtp', label: 'Wajar', colour: '#14632e' },
    ];
    expect(issues(scheme({ editions: [{ from: 2005, kind: 'category', grades }] }))).toEqual(['editions.0.grades.1.grade: grade "wtp" sudah dipakai di grades[0]']);
    expect(issues(scheme({ notHeld: [2020, 2020] }))).toEqual(['notHeld.1: tahun 2020 sudah tercantum']);
    expect(issues(scheme({ colour: '#ffffff' }))).toHaveLength(1);
  });

  it('requires {n} in streakLabel', () => {
    expect(issues(scheme({ streakLabel: '{n} tahun berturut-turut {name}' }))).toEqual([]);
    expect(issues(scheme({ streakLabel: 'berturut-turut' }))).toHaveLength(1);
  });
});

describe('unit helpers', () => {
  it.each([
    [93.31, 2],
    [90, 0],
    [4.5, 1],
    [87.995, 3],
    [1e-7, 7],
    [1.5e-7, 8],
  ])('countDecimals(%s) = %s', (value, decimals) => {
    expect(countDecimals(value)).toBe(decimals);
  });

  it('converts to and from units without float noise', () => {
    expect(toUnits(93.31, 2)).toBe(9331);
    expect(toUnits(0.29, 2)).toBe(29);
    expect(toUnits(4.51, 2)).toBe(451);
    expect(formatUnits(9331, 2)).toBe('93.31');
    expect(formatUnits(5, 2)).toBe('0.05');
    expect(formatUnits(-159, 2)).toBe('-1.59');
    expect(formatUnits(85, 0)).toBe('85');
  });

  it('computes band intervals', () => {
    expect(computeBandInterval({ min: 90, max: 100 }, { min: 0, decimals: 2 }, false)).toEqual({ lo: 9001, hi: 10000 });
    expect(computeBandInterval({ min: 0, max: 30 }, { min: 0, decimals: 2 }, false)).toEqual({ lo: 0, hi: 3000 });
    expect(computeBandInterval({ min: 81, max: 100 }, { min: 0, decimals: 2 }, true)).toEqual({ lo: 8100, hi: 10000 });
  });
});

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(computeContrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(computeContrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks black or white, whichever contrasts more, always meeting AA', () => {
    expect(decideTextColour('#ffffff')).toBe('#000000');
    expect(decideTextColour('#000000')).toBe('#ffffff');
    // Sweep the grey axis and a colour cube: the better of black and white never drops below 4.5:1.
    for (let r = 0; r < 256; r += 17) {
      for (let g = 0; g < 256; g += 17) {
        for (let b = 0; b < 256; b += 17) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
          expect(computeContrastRatio(hex, decideTextColour(hex))).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});
