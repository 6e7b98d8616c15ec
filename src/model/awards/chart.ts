/**
 * Geometry of a region's score chart for one scheme, as plain numbers and strings so
 * ScoreChart.astro only turns them into SVG. Years not held or without data stay visible as gaps.
 */
import { findEdition, type ComputedAward } from './engine.ts';
import { describeEditionSpan, type SchemeData, type SchemeEdition, type Zone } from '../../schemas/scheme.ts';
import { describeAwardGrade, describeLevelName, describeZone, decideDecimals, formatAwardScore } from './wording.ts';
import { formatNumberId } from '../format-id.ts';

/** What a year of the x axis holds for the region. */
export type YearSlotKind = 'score' | 'zone' | 'category' | 'not-held' | 'missing';

export interface YearSlot {
  year: number;
  kind: YearSlotKind;
  award?: ComputedAward | undefined;
  /** The edition ruling the year; undefined when not held or not covered. */
  edition?: SchemeEdition | undefined;
}

/** Every year from the first to the last of `awards` (one region, one scheme), oldest first. */
export function decideYearSlots(scheme: SchemeData, awards: readonly ComputedAward[]): YearSlot[] {
  if (awards.length === 0) return [];
  const byYear = new Map(awards.map((award) => [award.year, award]));
  const years = awards.map((award) => award.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const slots: YearSlot[] = [];
  for (let year = first; year <= last; year++) {
    const award = byYear.get(year);
    const edition = findEdition(scheme, year);
    let kind: YearSlotKind;
    if (scheme.notHeld.includes(year)) kind = 'not-held';
    else if (!award) kind = 'missing';
    else if (award.kind === 'category') kind = 'category';
    else kind = award.score === undefined ? 'zone' : 'score';
    slots.push({ year, kind, award, edition });
  }
  return slots;
}

/** Short words under a year for a slot without a point. */
export function describeSlotNote(slot: YearSlot): string[] {
  switch (slot.kind) {
    case 'not-held':
      return ['tidak', 'diadakan'];
    case 'missing':
      return ['tanpa', 'data'];
    case 'zone':
      return ['hanya', 'zona'];
    case 'category':
      return ['tanpa', 'skor'];
    default:
      return [];
  }
}

/** The reading of a slot for the data table and the chart description. */
export function describeSlot(slot: YearSlot, scheme: SchemeData): { score: string; result: string } {
  const award = slot.award;
  switch (slot.kind) {
    case 'not-held':
      return { score: '\u2014', result: 'Penilaian tidak diadakan' };
    case 'missing':
      return { score: '\u2014', result: 'Tidak ada data' };
    default: {
      const grade = describeAwardGrade(award!);
      const zone = award!.zone && grade !== describeZone(award!.zone) ? `, ${describeZone(award!.zone)}` : '';
      const score = formatAwardScore(award!, scheme) ?? (slot.kind === 'category' ? 'tanpa skor' : 'tidak diumumkan');
      return { score, result: `${grade}${zone}` };
    }
  }
}

export interface ChartBand {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  zone: Zone | '';
  grade: string;
  label: string;
}

export interface ChartColumn {
  year: number;
  kind: YearSlotKind;
  x: number;
  width: number;
  /** Centre of the column. */
  cx: number;
  /** Words under the year (gaps, zone-only, category). */
  note: string[];
}

export interface ChartPoint {
  year: number;
  cx: number;
  cy: number;
  colour: string;
  /** `93,31`. */
  label: string;
  labelY: number;
}

/** A zone-only result: the range its zone covers in that edition. */
export interface ChartRange {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Across a gap (a year not held or without data). */
  dashed: boolean;
}

export interface ChartTick {
  value: number;
  y: number;
  label: string;
}

export interface ChartLegend {
  /** `2022-2024`, `2016-2019, 2021`. */
  years: string;
  items: { colour: string; text: string }[];
}

export interface ScoreChart {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  columns: ChartColumn[];
  bands: ChartBand[];
  /** Columns of category-only or not-held years: a neutral shade. */
  shades: { x: number; y: number; width: number; height: number }[];
  ticks: ChartTick[];
  points: ChartPoint[];
  ranges: ChartRange[];
  segments: ChartSegment[];
  /** Baseline of the year labels; notes follow at `noteY + i * noteLineHeight`. */
  yearY: number;
  noteY: number;
  noteLineHeight: number;
  title: string;
  description: string;
  rows: { year: number; score: string; result: string }[];
  legend: ChartLegend[];
}

export interface ScoreChartOptions {
  columnWidth?: number;
  plotHeight?: number;
}

/** Fill opacity of the bands behind the plot; labels and points stay readable on it (see tests). */
export const BAND_TINT_OPACITY = 0.24;

const MARGIN = { left: 34, right: 10, top: 24 };
const NOTE_LINE = 12;

/** Round steps of 1, 2, 2.5 or 5 times a power of ten; at most 6 ticks. */
export function decideTicks(min: number, max: number): number[] {
  const span = max - min;
  if (!(span > 0)) return [min];
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => span / candidate <= 5.0001)!;
  const ticks: number[] = [];
  const start = Math.ceil(min / step - 1e-9) * step;
  for (let value = start; value <= max + 1e-9; value += step) ticks.push(Number(value.toFixed(6)));
  return ticks;
}


/** `88,00–100`, `0–31,99` at the scheme's decimals, dropping zeros only on whole bounds at the scale's ends. */
export function formatBandRange(band: { min: number; max: number }, scheme: Pick<SchemeData, 'scale'>): string {
  const d = decideDecimals(scheme);
  const show = (value: number) => (Number.isInteger(value) && (value === scheme.scale?.min || value === scheme.scale?.max) ? formatNumberId(value) : formatNumberId(value, d));
  return `${show(band.min)}\u2013${show(band.max)}`;
}

/** Undefined when there is nothing to plot (category-only, or neither a score nor a zone-only result). */
export function computeScoreChart(
  scheme: SchemeData,
  awards: readonly ComputedAward[],
  regionName: string,
  options: ScoreChartOptions = {},
): ScoreChart | undefined {
  const scale = scheme.scale;
  if (!scale) return undefined;
  const slots = decideYearSlots(scheme, awards);
  if (!slots.some((slot) => slot.kind === 'score' || slot.kind === 'zone')) return undefined;
  const frame = layoutFrame(slots, scale, options);
  const points = plotPoints(slots, frame, scheme);
  return {
    width: frame.width,
    height: frame.height,
    plot: frame.plot,
    columns: frame.columns,
    ...layoutBands(slots, frame),
    ticks: layoutTicks(scheme, scale, frame),
    points,
    ranges: plotZoneRanges(slots, frame),
    segments: connectPoints(points),
    yearY: frame.yearY,
    noteY: frame.noteY,
    noteLineHeight: NOTE_LINE,
    ...describeChart(slots, scheme, scale, regionName),
    legend: decideLegend(slots, scheme),
  };
}

/** Two decimals are enough for SVG coordinates. */
const round = (value: number) => Math.round(value * 100) / 100;

/** The chart's geometry: the plot area, one column per year, and the score-to-y mapping. */
interface ChartFrame {
  plot: ScoreChart['plot'];
  columns: ChartColumn[];
  width: number;
  height: number;
  yearY: number;
  noteY: number;
  toY(value: number): number;
}

function layoutFrame(slots: YearSlot[], scale: { min: number; max: number }, options: ScoreChartOptions): ChartFrame {
  const columnWidth = options.columnWidth ?? 48;
  const plotHeight = options.plotHeight ?? 170;
  const notes = slots.map(describeSlotNote);
  const noteLines = Math.max(0, ...notes.map((lines) => lines.length));
  const plot = { x: MARGIN.left, y: MARGIN.top, width: slots.length * columnWidth, height: plotHeight };
  const yearY = plot.y + plot.height + 18;
  const noteY = yearY + 14;
  const columns: ChartColumn[] = slots.map((slot, i) => {
    const x = plot.x + i * columnWidth;
    return { year: slot.year, kind: slot.kind, x, width: columnWidth, cx: x + columnWidth / 2, note: notes[i]! };
  });
  return {
    plot,
    columns,
    width: plot.x + plot.width + MARGIN.right,
    height: noteLines > 0 ? noteY + (noteLines - 1) * NOTE_LINE + 6 : yearY + 6,
    yearY,
    noteY,
    toY: (value) => plot.y + (plot.height * (scale.max - value)) / (scale.max - scale.min),
  };
}

/** One rectangle per band per run of adjacent columns under the same scored edition; other runs are shaded. */
function layoutBands(slots: YearSlot[], frame: ChartFrame): Pick<ScoreChart, 'bands' | 'shades'> {
  const bands: ChartBand[] = [];
  const shades: ScoreChart['shades'] = [];
  let i = 0;
  while (i < slots.length) {
    const edition = slots[i]!.edition;
    let j = i;
    while (j + 1 < slots.length && slots[j + 1]!.edition === edition) j++;
    const x = frame.columns[i]!.x;
    const runWidth = (j - i + 1) * frame.columns[i]!.width;
    if (edition?.kind === 'scored') {
      // Each band reaches up to the next band's lower bound, so bands tile without hairline gaps.
      const sorted = [...(edition.bands ?? [])].sort((a, b) => b.max - a.max);
      sorted.forEach((band, k) => {
        const top = frame.toY(k === 0 ? band.max : sorted[k - 1]!.min);
        const bottom = frame.toY(band.min);
        bands.push({ x, y: round(top), width: runWidth, height: round(bottom - top), colour: band.colour, zone: band.zone ?? '', grade: band.grade, label: band.label });
      });
    } else {
      shades.push({ x, y: frame.plot.y, width: runWidth, height: frame.plot.height });
    }
    i = j + 1;
  }
  return { bands, shades };
}

/** A dot and its label for each year with a score. */
function plotPoints(slots: YearSlot[], frame: ChartFrame, scheme: SchemeData): ChartPoint[] {
  const points: ChartPoint[] = [];
  slots.forEach((slot, index) => {
    const award = slot.award;
    if (slot.kind !== 'score' || award?.score === undefined) return;
    const cy = round(frame.toY(award.score));
    points.push({ year: slot.year, cx: frame.columns[index]!.cx, cy, colour: award.colour, label: formatAwardScore(award, scheme)!, labelY: round(cy - 10) });
  });
  return points;
}

/** For a year with only a zone, a bar over the score range of that zone's bands. */
function plotZoneRanges(slots: YearSlot[], frame: ChartFrame): ChartRange[] {
  const ranges: ChartRange[] = [];
  slots.forEach((slot, index) => {
    const award = slot.award;
    if (slot.kind !== 'zone' || !award || slot.edition?.kind !== 'scored') return;
    const zoneBands = (slot.edition.bands ?? []).filter((band) => award.zone !== '' && band.zone === award.zone);
    if (zoneBands.length === 0) return;
    const top = frame.toY(Math.max(...zoneBands.map((band) => band.max)));
    const bottom = frame.toY(Math.min(...zoneBands.map((band) => band.min)));
    ranges.push({ year: slot.year, x: frame.columns[index]!.cx - 5, y: round(top), width: 10, height: round(bottom - top), colour: award.colour });
  });
  return ranges;
}

/** Lines between consecutive points, dashed across a gap of years. */
function connectPoints(points: ChartPoint[]): ChartSegment[] {
  const segments: ChartSegment[] = [];
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    segments.push({ x1: a.cx, y1: a.cy, x2: b.cx, y2: b.cy, dashed: b.year - a.year > 1 });
  }
  return segments;
}

function layoutTicks(scheme: SchemeData, scale: { min: number; max: number }, frame: ChartFrame): ChartTick[] {
  const decimals = decideDecimals(scheme);
  return decideTicks(scale.min, scale.max).map((value) => ({
    value,
    y: round(frame.toY(value)),
    label: formatNumberId(value, Number.isInteger(value) ? 0 : Math.min(decimals, 2)),
  }));
}

/** The chart's title, its text alternative, and the table rows that say the same. */
function describeChart(slots: YearSlot[], scheme: SchemeData, scale: { min: number; max: number }, regionName: string): Pick<ScoreChart, 'title' | 'description' | 'rows'> {
  const rows = slots.map((slot) => ({ year: slot.year, ...describeSlot(slot, scheme) }));
  const first = slots[0]!.year;
  const last = slots[slots.length - 1]!.year;
  const span = first === last ? `${first}` : `${first}\u2013${last}`;
  const description =
    `Grafik skor skala ${formatNumberId(scale.min)}\u2013${formatNumberId(scale.max)} dengan warna kategori di latar. ` +
    rows.map((row) => `${row.year}: ${row.score === '\u2014' ? row.result : `${row.score}, ${row.result}`}`).join('; ') +
    '.';
  return { title: `Skor ${scheme.shortName} ${regionName}, ${span}`, description, rows };
}

/**
 * One legend line per scored edition the chart shows, best band first;
 * editions sharing the same bands (Ombudsman 2016-2019 and 2021) share a line.
 */
function decideLegend(slots: YearSlot[], scheme: SchemeData): ChartLegend[] {
  const shown = new Set<SchemeEdition>();
  for (const slot of slots) if (slot.edition?.kind === 'scored') shown.add(slot.edition);
  const byBands = new Map<string, { editions: SchemeEdition[]; items: ChartLegend['items'] }>();
  for (const edition of shown) {
    const key = JSON.stringify(edition.bands);
    const existing = byBands.get(key);
    if (existing) {
      existing.editions.push(edition);
      continue;
    }
    const items = (edition.bands ?? [])
      .slice()
      .sort((a, b) => b.max - a.max)
      .map((band) => ({
        colour: band.colour,
        text: `${describeLevelName(band)}${band.zone ? ` (${band.zone})` : ''} ${formatBandRange(band, scheme)}`,
      }));
    byBands.set(key, { editions: [edition], items });
  }
  return [...byBands.values()].map(({ editions, items }) => ({ years: editions.map(describeEditionSpan).join(', '), items }));
}
