/**
 * Indonesian wording of computed awards for readers: grade, zone, score,
 * change, rank and the one-sentence summary that badges, charts and the
 * embeddable SVG share. Pure; every badge on the site reads the same words.
 */
import type { ComputedAward } from './engine.ts';
import { DEFAULT_STREAK_LABEL, type SchemeData, type Zone } from '../../schemas/scheme.ts';
import { formatNumberId } from '../format-id.ts';

/** The fields of a computed award that wording needs. */
export type AwardFacts = Pick<
  ComputedAward,
  'scheme' | 'year' | 'region' | 'kind' | 'grade' | 'label' | 'zone' | 'score' | 'streak' | 'change' | 'rank' | 'decree'
>;

/** `hijau` -> `Zona Hijau`. */
export function describeZone(zone: Zone): string {
  return `Zona ${zone.charAt(0).toUpperCase()}${zone.slice(1)}`;
}

/**
 * `3 tahun berturut-turut Zona Hijau` (or `... WTP` where there are no zones);
 * undefined for a streak of 1, which is not news.
 */
export function describeStreak(award: ComputedAward, scheme: SchemeData): string | undefined {
  if (award.streak < 2) return undefined;
  const name = award.zone ? describeZone(award.zone) : award.grade || award.label;
  return (scheme.streakLabel ?? DEFAULT_STREAK_LABEL).replaceAll('{n}', String(award.streak)).replaceAll('{name}', name);
}

/** A grade short enough to stand as a code: `A`, `BB`, `WTP`, `A-`. */
export function isShortGrade(grade: string): boolean {
  return grade !== '' && grade.length <= 3;
}

/**
 * The grade as readers see it: `Kategori A · Kualitas Tertinggi` (scored, with
 * a grade code), `WDP · Wajar Dengan Pengecualian` (category), `Opini Kualitas
 * Tinggi` or `Informatif` (the grade already says it), `Kepatuhan Tinggi`
 * (zone-only edition), `Zona Hijau` (only the zone was published).
 */
export function describeAwardGrade(award: Pick<AwardFacts, 'kind' | 'grade' | 'label'>): string {
  const { grade, label } = award;
  if (grade === '') return label;
  if (normalise(grade) === normalise(label) || normalise(grade).includes(normalise(label))) return grade;
  if (isShortGrade(grade)) return award.kind === 'scored' ? `Kategori ${grade} \u00b7 ${label}` : `${grade} \u00b7 ${label}`;
  return `${grade} \u00b7 ${label}`;
}

function normalise(text: string): string {
  return text.trim().toLowerCase();
}

/** A band or grade by name for legends: `A Kualitas Tertinggi`, `Opini Kualitas Tinggi`, `Kepatuhan Tinggi`. */
export function describeLevelName(level: { grade: string; label: string }): string {
  const { grade, label } = level;
  if (grade === '') return label;
  if (normalise(grade) === normalise(label) || normalise(grade).includes(normalise(label))) return grade;
  return `${grade} ${label}`;
}

/** Decimals a scheme publishes (0 without a scale). */
export function decideDecimals(scheme: Pick<SchemeData, 'scale'>): number {
  return scheme.scale?.decimals ?? 0;
}

/** `93,31`; undefined when no score is known. */
export function formatAwardScore(award: Pick<AwardFacts, 'score'>, scheme: Pick<SchemeData, 'scale'>): string | undefined {
  return award.score === undefined ? undefined : formatNumberId(award.score, decideDecimals(scheme));
}

/**
 * `naik 1,59 poin dari 2023`, `turun 0,40 poin dari 2023`, `sama dengan 2023`;
 * without both scores, a change of zone (`sebelumnya Zona Kuning (2019)`);
 * otherwise undefined.
 */
export function describeAwardChange(award: Pick<AwardFacts, 'change' | 'zone'>, scheme: Pick<SchemeData, 'scale'>): string | undefined {
  const change = award.change;
  if (!change) return undefined;
  if (change.delta !== undefined) {
    if (change.delta === 0) return `sama dengan ${change.previousYear}`;
    const amount = formatNumberId(Math.abs(change.delta), decideDecimals(scheme));
    return `${change.delta > 0 ? 'naik' : 'turun'} ${amount} poin dari ${change.previousYear}`;
  }
  if (change.previousZone && award.zone && change.previousZone !== award.zone) {
    return `sebelumnya ${describeZone(change.previousZone)} (${change.previousYear})`;
  }
  return undefined;
}

/** `peringkat 2 dari 18`; undefined without a rank. */
export function describeAwardRank(award: Pick<AwardFacts, 'rank'>): string | undefined {
  return award.rank ? `peringkat ${formatNumberId(award.rank.position)} dari ${formatNumberId(award.rank.of)}` : undefined;
}

/** `Ombudsman RI 2024`. */
export function describeAwardTitle(award: Pick<AwardFacts, 'year'>, scheme: Pick<SchemeData, 'shortName'>): string {
  return `${scheme.shortName} ${award.year}`;
}

/** The zone line, unless the grade text already says it. */
export function describeAwardZoneLine(award: Pick<AwardFacts, 'kind' | 'grade' | 'label' | 'zone'>): string | undefined {
  if (!award.zone) return undefined;
  const zone = describeZone(award.zone);
  return describeAwardGrade(award) === zone ? undefined : zone;
}

/**
 * One sentence for screen readers, alt text and SVG titles: `Kabupaten Musi
 * Banyuasin, Ombudsman RI 2024: Kategori A · Kualitas Tertinggi, skor 93,31,
 * Zona Hijau, 3 tahun berturut-turut Zona Hijau`.
 */
export function describeAwardSummary(award: AwardFacts, scheme: SchemeData, regionName: string): string {
  const parts = [describeAwardGrade(award)];
  const score = formatAwardScore(award, scheme);
  if (score) parts.push(`skor ${score}`);
  else if (award.kind === 'scored') parts.push('skor tidak diumumkan');
  const zone = describeAwardZoneLine(award);
  if (zone) parts.push(zone);
  const streak = describeStreak(award as ComputedAward, scheme);
  if (streak) parts.push(streak);
  return `${regionName}, ${describeAwardTitle(award, scheme)}: ${parts.join(', ')}`;
}

/** `Kabupaten Musi Banyuasin` -> `Kab. Musi Banyuasin`, `Provinsi Maluku` -> `Prov. Maluku`; cities keep `Kota`. */
export function shortenRegionName(name: string): string {
  return name.replace(/^Kabupaten\s+/, 'Kab. ').replace(/^Provinsi\s+/, 'Prov. ');
}

/** What the badge's mark shows: a short grade code, or the zone's symbol, or the grade's initials. */
export type BadgeMark = { kind: 'text'; text: string } | { kind: 'zone'; zone: Zone };

export function decideBadgeMark(award: Pick<AwardFacts, 'grade' | 'label' | 'zone'>): BadgeMark {
  if (isShortGrade(award.grade)) return { kind: 'text', text: award.grade };
  if (award.zone) return { kind: 'zone', zone: award.zone };
  const words = (award.grade || award.label).split(/\s+/).filter(Boolean);
  return { kind: 'text', text: words.map((word) => word.charAt(0).toUpperCase()).join('').slice(0, 3) };
}

/**
 * Shapes that tell zones apart without colour (24-unit box, centred at 12,12):
 * a tick for hijau, a bar for kuning, a cross for merah. Stroke paths.
 */
export const ZONE_SYMBOL_PATHS: Record<Zone, string> = {
  hijau: 'M5 12.5l4.5 4.5L19 7.5',
  kuning: 'M5 12h14',
  merah: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
};
