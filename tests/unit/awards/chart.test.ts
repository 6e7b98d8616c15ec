import { describe, expect, it } from 'vitest';
import {
  BAND_TINT_OPACITY,
  computeScoreChart,
  decideTicks,
  decideYearSlots,
  formatBandRange,
} from '../../../src/model/awards/chart.ts';
import { decideAwardHistory, findEdition } from '../../../src/model/awards/engine.ts';
import { computeContrastRatio, parseHexColour, AA_CONTRAST } from '../../../src/model/contrast.ts';
import { SCHEMES, bpk, computeSample, ombudsman } from './fixtures.ts';

const awards = computeSample();
const muba = decideAwardHistory(awards, 'musi-banyuasin').filter((award) => award.scheme === 'ombudsman');
const chart = computeScoreChart(ombudsman, muba, 'Kabupaten Musi Banyuasin', { columnWidth: 50, plotHeight: 200 })!;

describe('decideTicks', () => {
  it.each([
    [0, 100, [0, 20, 40, 60, 80, 100]],
    [0, 5, [0, 1, 2, 3, 4, 5]],
    [0, 4, [0, 1, 2, 3, 4]],
    [1, 4, [1, 2, 3, 4]],
    [50, 100, [50, 60, 70, 80, 90, 100]],
  ] as [number, number, number[]][])('%d-%d', (min, max, expected) => {
    expect(decideTicks(min, max)).toEqual(expected);
  });
});

describe('decideYearSlots: every year between the first and last result', () => {
  it('keeps not-held and missing years as gaps and tells scores from zone-only and category results', () => {
    expect(decideYearSlots(ombudsman, muba).map((slot) => [slot.year, slot.kind])).toEqual([
      [2019, 'score'],
      [2020, 'not-held'],
      [2021, 'missing'],
      [2022, 'zone'],
      [2023, 'score'],
      [2024, 'score'],
      [2025, 'category'],
    ]);
  });

  it('finds the edition of a year; a year not held has none', () => {
    expect(findEdition(ombudsman, 2019)?.from).toBe(2016);
    expect(findEdition(ombudsman, 2020)).toBeUndefined();
    expect(findEdition(ombudsman, 2023)?.from).toBe(2022);
    expect(findEdition(ombudsman, 2031)?.kind).toBe('category');
    expect(findEdition(ombudsman, 2010)).toBeUndefined();
  });
});

describe('computeScoreChart geometry', () => {
  const { plot } = chart;
  const yOf = (score: number) => plot.y + (plot.height * (100 - score)) / 100;

  it('gives each year one column, left to right, and sizes the picture around them', () => {
    expect(chart.columns.map((column) => column.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    chart.columns.forEach((column, i) => {
      expect(column.x).toBe(plot.x + i * 50);
      expect(column.cx).toBe(column.x + 25);
    });
    expect(plot.width).toBe(7 * 50);
    expect(plot.height).toBe(200);
    expect(chart.width).toBeGreaterThan(plot.x + plot.width);
    expect(chart.height).toBeGreaterThan(chart.noteY);
  });

  it('plots published scores on the scheme scale with Indonesian labels', () => {
    expect(chart.points.map((point) => [point.year, point.label])).toEqual([
      [2019, '85,67'],
      [2023, '91,72'],
      [2024, '93,31'],
    ]);
    const p2024 = chart.points.find((point) => point.year === 2024)!;
    expect(p2024.cy).toBeCloseTo(yOf(93.31), 1);
    expect(p2024.labelY).toBeLessThan(p2024.cy);
    expect(p2024.colour).toBe('#14632e');
  });

  it('draws the bands of each edition behind the years it rules, in their colours, tiling the scale', () => {
    const runs = new Map<number, typeof chart.bands>();
    for (const band of chart.bands) runs.set(band.x, [...(runs.get(band.x) ?? []), band]);
    // 2019 (2016-2019 edition), 2021 (its own edition), 2022-2024: 3, 3 and 5 bands.
    expect([...runs.entries()].map(([x, bands]) => [x, bands.length, bands[0]!.width])).toEqual([
      [plot.x, 3, 50],
      [plot.x + 2 * 50, 3, 50],
      [plot.x + 3 * 50, 5, 150],
    ]);
    for (const bands of runs.values()) {
      const total = bands.reduce((sum, band) => sum + band.height, 0);
      expect(total).toBeCloseTo(plot.height, 1);
    }
    const a = chart.bands.find((band) => band.grade === 'A')!;
    expect(a.colour).toBe('#14632e');
    expect(a.y).toBeCloseTo(yOf(100), 1);
    expect(a.y + a.height).toBeCloseTo(yOf(88), 1);
    const b = chart.bands.find((band) => band.grade === 'B')!;
    expect(b.y).toBeCloseTo(a.y + a.height, 5);
    // 2020 (not held) and 2025 (category only) have no bands: a neutral shade instead.
    expect(chart.shades.map((shade) => shade.x)).toEqual([plot.x + 50, plot.x + 6 * 50]);
  });

  it('shows a zone-only result as the range of its zone, not as an invented point', () => {
    expect(chart.ranges).toHaveLength(1);
    const range = chart.ranges[0]!;
    expect(range.year).toBe(2022);
    // Hijau in 2022-2024 is A and B: 78.00-100.
    expect(range.y).toBeCloseTo(yOf(100), 1);
    expect(range.y + range.height).toBeCloseTo(yOf(78), 1);
  });

  it('joins points, dashed across a gap', () => {
    expect(chart.segments.map((segment) => segment.dashed)).toEqual([true, false]);
  });

  it('notes the gaps under the years', () => {
    const notes = Object.fromEntries(chart.columns.map((column) => [column.year, column.note.join(' ')]));
    expect(notes).toEqual({ 2019: '', 2020: 'tidak diadakan', 2021: 'tanpa data', 2022: 'hanya zona', 2023: '', 2024: '', 2025: 'tanpa skor' });
  });

  it('says in words what it shows: title, description, data rows and legend', () => {
    expect(chart.title).toBe('Skor Ombudsman RI Kabupaten Musi Banyuasin, 2019\u20132025');
    expect(chart.description).toContain('2019: 85,67, Kepatuhan Tinggi, Zona Hijau');
    expect(chart.description).toContain('2020: Penilaian tidak diadakan');
    expect(chart.description).toContain('2024: 93,31, Kategori A \u00b7 Kualitas Tertinggi, Zona Hijau');
    expect(chart.rows.find((row) => row.year === 2022)).toEqual({ year: 2022, score: 'tidak diumumkan', result: 'Zona Hijau' });
    expect(chart.rows.find((row) => row.year === 2025)).toEqual({ year: 2025, score: 'tanpa skor', result: 'Opini Kualitas Tinggi, Zona Hijau' });
    expect(chart.legend.map((group) => [group.years, group.items.length])).toEqual([
      ['2016\u20132019, 2021', 3],
      ['2022\u20132024', 5],
    ]);
    expect(chart.legend[1]!.items[0]).toEqual({ colour: '#14632e', text: 'A Kualitas Tertinggi (hijau) 88,00\u2013100' });
  });

  it('has nothing to draw for a category-only scheme or a region without scores', () => {
    const wdp = decideAwardHistory(awards, 'musi-banyuasin').filter((award) => award.scheme === 'bpk-opini');
    expect(computeScoreChart(bpk, wdp, 'Kabupaten Musi Banyuasin')).toBeUndefined();
    const only2025 = muba.filter((award) => award.year === 2025);
    expect(computeScoreChart(ombudsman, only2025, 'Kabupaten Musi Banyuasin')).toBeUndefined();
    expect(computeScoreChart(ombudsman, [], 'Kabupaten Musi Banyuasin')).toBeUndefined();
  });

  it('draws a single year as one column', () => {
    const one = computeScoreChart(ombudsman, muba.filter((award) => award.year === 2024), 'Kabupaten Musi Banyuasin')!;
    expect(one.columns).toHaveLength(1);
    expect(one.points).toHaveLength(1);
    expect(one.segments).toHaveLength(0);
    expect(one.title.endsWith(', 2024')).toBe(true);
  });
});

describe('formatBandRange', () => {
  it.each([
    [{ min: 88, max: 100 }, '88,00\u2013100'],
    [{ min: 0, max: 31.99 }, '0\u201331,99'],
    [{ min: 54, max: 77.99 }, '54,00\u201377,99'],
  ])('%j', (band, expected) => {
    expect(formatBandRange(band, ombudsman)).toBe(expected);
  });
});

describe('accessible colour: chart text on every tinted band meets WCAG AA in light and dark', () => {
  // The page palette (src/styles/global.css): paper and ink, light and dark.
  const palettes = [
    { name: 'terang', paper: '#ffffff', ink: '#1a1a1a' },
    { name: 'gelap', paper: '#141414', ink: '#ececec' },
  ];
  const blend = (colour: string, paper: string, alpha: number) => {
    const c = parseHexColour(colour);
    const p = parseHexColour(paper);
    return `#${c.map((v, i) => Math.round(v * alpha + p[i]! * (1 - alpha)).toString(16).padStart(2, '0')).join('')}`;
  };
  const colours = [...new Set([...SCHEMES.values()].flatMap((scheme) => scheme.editions.flatMap((edition) => (edition.bands ?? []).map((band) => band.colour))))];
  it.each(palettes.flatMap((palette) => colours.map((colour) => [palette.name, colour, palette] as const)))('%s %s', (_name, colour, palette) => {
    expect(computeContrastRatio(blend(colour, palette.paper, BAND_TINT_OPACITY), palette.ink)).toBeGreaterThanOrEqual(AA_CONTRAST);
  });
});
