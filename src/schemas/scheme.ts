import { z } from 'zod';
import { webUrlSchema } from './common.ts';

export const ZONES = ['hijau', 'kuning', 'merah'] as const;
export type Zone = (typeof ZONES)[number];

export const EDITION_KINDS = ['scored', 'category'] as const;
export type EditionKind = (typeof EDITION_KINDS)[number];

/**
 * Scores are compared as whole "units" at the published decimals (93.31 at 2
 * decimals is 9331), so float noise never moves a score across a band edge.
 */

/** Decimals written in a number: `93.31` -> 2, `90` -> 0, `1e-7` -> 7. */
export function countDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** `93.31` at 2 decimals -> 9331; exact for values with at most `decimals` decimals. */
export function toUnits(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals);
}

/** 9331 at 2 decimals -> `93.31`; 0 -> `0.00` (dot decimal, as data attributes use). */
export function formatUnits(units: number, decimals: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units));
  if (decimals === 0) return `${sign}${digits}`;
  const padded = digits.padStart(decimals + 1, '0');
  return `${sign}${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
}

/** `2016–2019`, `2021`, `2025 dst.`: the one way pages and messages name an edition's years. */
export function describeEditionSpan(edition: { from: number; to?: number | undefined }): string {
  if (edition.to === undefined) return `${edition.from} dst.`;
  return edition.to === edition.from ? `${edition.from}` : `${edition.from}\u2013${edition.to}`;
}

/**
 * The closed range of units a band covers. With exclusive lower bounds the scale's own
 * minimum still belongs to the lowest band (SAKIP D is 0-30 including 0): nothing below could claim it.
 */
export function computeBandInterval(
  band: { min: number; max: number },
  scale: { min: number; decimals: number },
  lowerBoundInclusive: boolean,
): { lo: number; hi: number } {
  const lo = toUnits(band.min, scale.decimals);
  const floor = toUnits(scale.min, scale.decimals);
  return { lo: lowerBoundInclusive || lo === floor ? lo : lo + 1, hi: toUnits(band.max, scale.decimals) };
}

/** The wording of a streak when the scheme does not set `streakLabel`. */
export const DEFAULT_STREAK_LABEL = '{n} tahun berturut-turut {name}';

const yearSchema = z.number({ error: 'tahun berupa angka, mis. 2024' }).int({ error: 'tahun bulat, mis. 2024' }).min(1900).max(2100);
/** A `#rrggbb` colour, the only form scheme files use. */
export const HEX_COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

const colourSchema = z.string({ error: 'warna hex #rrggbb, mis. "#1b6b34"' }).regex(HEX_COLOUR_PATTERN, { error: 'warna hex #rrggbb, mis. "#1b6b34"' });
const zoneSchema = z.enum(ZONES, { error: 'hijau, kuning atau merah' });
const textSchema = z.string({ error: 'wajib diisi (teks)' }).trim().min(1, { error: 'wajib diisi (teks)' });
/** Longest scheme name, in characters (badges lay it out). */
export const SCHEME_NAME_MAX = 80;
const nameSchema = textSchema.max(SCHEME_NAME_MAX, { error: `paling panjang ${SCHEME_NAME_MAX} karakter` });

/** The published score range of a scored scheme. */
export const scaleSchema = z
  .object({
    /** Lowest possible score, e.g. `0`. */
    min: z.number({ error: 'angka, mis. 0' }),
    /** Highest possible score, e.g. `100`. */
    max: z.number({ error: 'angka, mis. 100' }),
    /** Decimals the issuer publishes, e.g. `2` for `93.31`; scores are compared at this precision. */
    decimals: z.number({ error: 'jumlah desimal, mis. 2' }).int().min(0).max(4),
  })
  .strict();

/** One score band of a scored edition. */
export const bandSchema = z
  .object({
    /** Lowest score of the band; excluded when the edition's `lowerBoundInclusive` is false. */
    min: z.number({ error: 'angka, mis. 88' }),
    /** Highest score of the band, always included. */
    max: z.number({ error: 'angka, mis. 100' }),
    /** Grade code, e.g. `A`; empty when the edition publishes zones only (Ombudsman 2016-2021). */
    grade: z.string().trim().default(''),
    /** Predicate as published, e.g. `Kualitas Tertinggi` or `Kepatuhan Tinggi`. */
    label: textSchema,
    /** Zone, only for schemes that publish zones. */
    zone: zoneSchema.optional(),
    /** Badge background, `#rrggbb`; the text colour is computed from it. */
    colour: colourSchema,
  })
  .strict();

/** One grade of a category-only edition; listed best first. */
export const gradeSchema = z
  .object({
    /** The result as published, e.g. `WTP` or `Opini Kualitas Tertinggi`. */
    grade: textSchema,
    /** Its meaning, e.g. `Wajar Tanpa Pengecualian`. */
    label: textSchema,
    /** Zone, only for schemes that publish zones. */
    zone: zoneSchema.optional(),
    /** Badge background, `#rrggbb`; the text colour is computed from it. */
    colour: colourSchema,
  })
  .strict();

/** A range of years assessed under one set of rules. */
export const editionSchema = z
  .object({
    /** First assessment year of the edition. */
    from: yearSchema,
    /** Last assessment year; absent while the edition is still in force. */
    to: yearSchema.optional(),
    /** `scored` (a score mapped to bands) or `category` (a published result only). */
    kind: z.enum(EDITION_KINDS, { error: 'scored atau category' }),
    /** What the issuer calls the result, e.g. `Opini Ombudsman RI`. */
    name: textSchema.optional(),
    /** Whether a band's `min` belongs to it (default); false for "above 90" style bands. */
    lowerBoundInclusive: z.boolean({ error: 'true atau false' }).default(true),
    /** Score bands (scored editions), in any order; they must cover the scale without gaps. */
    bands: z.array(bandSchema).optional(),
    /** Grades (category editions), best first. */
    grades: z.array(gradeSchema).optional(),
  })
  .strict();

/**
 * An award or rating scheme (`content/schemes/<id>.yaml`). `notHeld` years win over any
 * edition covering them, so editions may run through them; a streak runs across them.
 */
export const schemeSchema = z
  .object({
    /** Full name, e.g. `Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik`. */
    name: nameSchema,
    /** Short name for badges and tables, e.g. `Ombudsman RI`. */
    shortName: nameSchema,
    /** The issuing body, e.g. `Ombudsman Republik Indonesia`. */
    issuer: textSchema,
    /** One sentence for readers, in Indonesian. */
    description: textSchema,
    /** The issuer's page about the scheme. */
    url: webUrlSchema.optional(),
    /** Score range and published decimals; required when any edition is scored. */
    scale: scaleSchema.optional(),
    /** Years in which no assessment was held, e.g. `[2020]`. */
    notHeld: z.array(yearSchema).default([]),
    /** The editions, each a range of years with its bands or grades. */
    editions: z.array(editionSchema).min(1, { error: 'paling sedikit satu edisi' }),
    /** Wording of a streak with `{n}` (years) and `{name}` (zone or grade); default `{n} tahun berturut-turut {name}`. */
    streakLabel: textSchema.refine((text) => text.includes('{n}'), { error: 'harus memuat {n}, mis. "{n} tahun berturut-turut {name}"' }).optional(),
  })
  .strict()
  .superRefine((scheme, ctx) => {
    validateScale(scheme, ctx);
    scheme.editions.forEach((edition, index) => validateEdition(scheme, edition, index, ctx));
    validateEditionOverlap(scheme, ctx);
    validateNotHeld(scheme, ctx);
  });

export type SchemeData = z.output<typeof schemeSchema>;
export type SchemeEdition = SchemeData['editions'][number];
export type SchemeScale = z.output<typeof scaleSchema>;

type Ctx = z.RefinementCtx;

function validateScale(scheme: SchemeData, ctx: Ctx): void {
  const { scale } = scheme;
  if (!scale) return;
  if (scale.min >= scale.max) {
    ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: `lebih besar dari min (${scale.min})` });
  }
  for (const key of ['min', 'max'] as const) {
    if (countDecimals(scale[key]) > scale.decimals) {
      ctx.addIssue({ code: 'custom', path: ['scale', key], message: `paling banyak ${scale.decimals} desimal (scale.decimals)` });
    }
  }
}

function validateEdition(scheme: SchemeData, edition: SchemeEdition, index: number, ctx: Ctx): void {
  const at = (...rest: (string | number)[]) => ['editions', index, ...rest];
  if (edition.to !== undefined && edition.to < edition.from) {
    ctx.addIssue({ code: 'custom', path: at('to'), message: `tidak boleh sebelum from (${edition.from})` });
  }
  const levels: { grade: string; zone?: string | undefined }[] = edition.kind === 'scored' ? (edition.bands ?? []) : (edition.grades ?? []);
  const listKey = edition.kind === 'scored' ? 'bands' : 'grades';
  if (edition.kind === 'scored') {
    if (edition.grades) ctx.addIssue({ code: 'custom', path: at('grades'), message: 'edisi scored memakai bands, bukan grades' });
    if (!scheme.scale) ctx.addIssue({ code: 'custom', path: ['scale'], message: `wajib diisi: edisi ${edition.from} berupa skor (min, max, decimals)` });
  } else if (edition.bands) {
    ctx.addIssue({ code: 'custom', path: at('bands'), message: 'edisi category memakai grades, bukan bands' });
  }
  if (levels.length === 0) {
    ctx.addIssue({ code: 'custom', path: at(listKey), message: `paling sedikit satu ${edition.kind === 'scored' ? 'band' : 'grade'}` });
    return;
  }
  // Zones are all-or-none per edition, so a streak never compares a zone with a missing one.
  const zoned = levels.filter((level) => level.zone !== undefined).length;
  if (zoned !== 0 && zoned !== levels.length) {
    ctx.addIssue({ code: 'custom', path: at(listKey), message: 'zone diisi untuk semua atau tidak sama sekali dalam satu edisi' });
  }
  const seen = new Map<string, number>();
  levels.forEach((level, i) => {
    if (level.grade === '' && level.zone === undefined) {
      ctx.addIssue({ code: 'custom', path: at(listKey, i, 'grade'), message: 'isi grade atau zone: tanpa keduanya hasil tidak bisa dibandingkan antartahun' });
    }
    if (level.grade === '') return;
    const key = level.grade.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: at(listKey, i, 'grade'), message: `grade "${level.grade}" sudah dipakai di ${listKey}[${first}]` });
    else seen.set(key, i);
  });
  if (edition.kind === 'scored' && scheme.scale && edition.bands) validateBandCoverage(scheme.scale, edition, index, ctx);
}

/** Bands must tile the scale exactly at the published decimals: no gap, no overlap. */
function validateBandCoverage(scale: SchemeScale, edition: SchemeEdition, index: number, ctx: Ctx): void {
  const bands = edition.bands ?? [];
  const d = scale.decimals;
  const at = (i: number, key: string) => ['editions', index, 'bands', i, key];
  let sound = true;
  const intervals = bands.map((band, i) => {
    for (const key of ['min', 'max'] as const) {
      if (countDecimals(band[key]) > d) {
        ctx.addIssue({ code: 'custom', path: at(i, key), message: `paling banyak ${d} desimal, sama dengan skor yang diumumkan` });
        sound = false;
      }
      if (band[key] < scale.min || band[key] > scale.max) {
        ctx.addIssue({ code: 'custom', path: at(i, key), message: `di dalam skala ${scale.min}-${scale.max}` });
        sound = false;
      }
    }
    const interval = computeBandInterval(band, scale, edition.lowerBoundInclusive);
    if (interval.lo > interval.hi) {
      ctx.addIssue({ code: 'custom', path: at(i, 'max'), message: `tidak lebih kecil dari min (${band.min})` });
      sound = false;
    }
    return { ...interval, i };
  });
  if (!sound) return;
  intervals.sort((a, b) => a.lo - b.lo);
  const lowest = toUnits(scale.min, d);
  const highest = toUnits(scale.max, d);
  const first = intervals[0]!;
  const last = intervals[intervals.length - 1]!;
  if (first.lo !== lowest) {
    ctx.addIssue({ code: 'custom', path: at(first.i, 'min'), message: `band terendah mulai dari ${formatUnits(lowest, d)} (skala min)` });
  }
  if (last.hi !== highest) {
    ctx.addIssue({ code: 'custom', path: at(last.i, 'max'), message: `band tertinggi sampai ${formatUnits(highest, d)} (skala max)` });
  }
  for (let k = 1; k < intervals.length; k++) {
    const prev = intervals[k - 1]!;
    const next = intervals[k]!;
    if (next.lo > prev.hi + 1) {
      ctx.addIssue({
        code: 'custom',
        path: at(next.i, 'min'),
        message: `ada celah: skor ${formatUnits(prev.hi + 1, d)}-${formatUnits(next.lo - 1, d)} tidak masuk band mana pun`,
      });
    } else if (next.lo <= prev.hi) {
      ctx.addIssue({
        code: 'custom',
        path: at(next.i, 'min'),
        message: `bertumpang tindih dengan bands[${prev.i}]: skor ${formatUnits(next.lo, d)}-${formatUnits(Math.min(prev.hi, next.hi), d)} masuk dua band`,
      });
    }
  }
}

function validateEditionOverlap(scheme: SchemeData, ctx: Ctx): void {
  const order = scheme.editions.map((edition, index) => ({ edition, index })).sort((a, b) => a.edition.from - b.edition.from);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const next = order[k]!;
    if (prev.edition.to === undefined || prev.edition.to >= next.edition.from) {
      const span = describeEditionSpan(prev.edition);
      ctx.addIssue({ code: 'custom', path: ['editions', next.index, 'from'], message: `bertumpang tindih dengan edisi ${span} (editions[${prev.index}])` });
    }
  }
}

function validateNotHeld(scheme: SchemeData, ctx: Ctx): void {
  const seen = new Set<number>();
  scheme.notHeld.forEach((year, i) => {
    if (seen.has(year)) ctx.addIssue({ code: 'custom', path: ['notHeld', i], message: `tahun ${year} sudah tercantum` });
    seen.add(year);
  });
}
