/**
 * The award engine: claims from front matter and results tables in, computed awards and
 * every disagreement (as ContentProblems) out. Pure; callers parse files and pass data in.
 *
 * Scores are compared as integer units at the scheme's published decimals, so 87.995 is
 * never rounded into a band: it is an error.
 */
import {
  ZONES,
  computeBandInterval,
  describeEditionSpan,
  countDecimals,
  formatUnits,
  toUnits,
  type EditionKind,
  type SchemeData,
  type SchemeEdition,
  type Zone,
} from '../../schemas/scheme.ts';
import { describeValue, sortProblems, type ContentProblem } from '../problem.ts';
import { parseDecimalId, formatNumberId } from '../format-id.ts';
import { decideTextColour } from '../contrast.ts';
import { describeZone } from './wording.ts';

// ---------------------------------------------------------------- types

/** Where a claim came from, for error messages and the award's source list. */
export type AwardProvenance =
  | { kind: 'article'; file: string; slug: string; line?: number | undefined; field: string }
  | { kind: 'table'; file: string; line: number };

/** One claim about a (scheme, year, region), as written; nothing computed yet. */
export interface AwardSource {
  scheme: string;
  year: number;
  /** Already defaulted to the article's region by the caller. */
  region: string;
  /** `93.31`, `"93,31"` or `"93.31"`. */
  score?: number | string | undefined;
  /** A category result, e.g. `WTP`. */
  result?: string | undefined;
  /** Claimed zone; text so tables can pass it through unchecked. */
  zone?: string | undefined;
  grade?: string | undefined;
  decree?: string | undefined;
  provenance: AwardProvenance;
}

/** What a score or result maps to in an edition. */
export interface AwardGrade {
  /** `A`, `WTP`, `Opini Kualitas Tinggi`; empty where the edition has none. */
  grade: string;
  /** `Kualitas Tertinggi`, `Kepatuhan Tinggi`, `Zona Hijau` (zone-only result). */
  label: string;
  zone: Zone | '';
  /** Badge background, `#rrggbb`. */
  colour: string;
  /** `#000000` or `#ffffff`, whichever contrasts more with `colour`. */
  textColour: string;
  /** Position of the grade in its edition, 0 = best; orders unranked rows. */
  gradeOrder: number;
}

export interface AwardChange {
  previousYear: number;
  previousScore?: number | undefined;
  /** This score minus the previous one, at the published decimals; only when both are known. */
  delta?: number | undefined;
  previousZone: Zone | '';
  previousGrade: string;
}

export interface AwardRank {
  /** 1-based; ties share a position (1, 2, 2, 4). */
  position: number;
  /** Known scored results of that scheme and year. */
  of: number;
}

/** One computed award per (scheme, year, region). */
export interface ComputedAward extends AwardGrade {
  scheme: string;
  year: number;
  region: string;
  kind: EditionKind;
  /** The score as a number; undefined when unknown or the edition is category-only. */
  score?: number | undefined;
  /** Dot decimal with the published decimals, e.g. `93.31`. */
  scoreText?: string | undefined;
  /** The category result (same as `grade`); undefined for scored editions. */
  result?: string | undefined;
  /** Whole years, at least 1; see `computeAwards`. */
  streak: number;
  change?: AwardChange | undefined;
  rank?: AwardRank | undefined;
  decree?: string | undefined;
  sources: AwardProvenance[];
}

/** A problem before it is tied to a file: `field` is relative (`score`, `year`). */
export interface AwardIssue {
  field: string;
  value: string;
  expected: string;
}

export type GradeOutcome = ({ ok: true } & AwardGrade) | { ok: false; issue: AwardIssue };

// ---------------------------------------------------------------- compiled schemes

interface Level extends AwardGrade {
  /** Closed unit range, scored editions only. */
  lo?: number;
  hi?: number;
}

interface CompiledEdition {
  from: number;
  to: number | undefined;
  kind: EditionKind;
  /** Best first. */
  levels: Level[];
  hasZones: boolean;
  hasGrades: boolean;
  /** `2022–2024`, `2025 dst.` for messages. */
  span: string;
}

interface CompiledScheme {
  data: SchemeData;
  /** Sorted by `from`. */
  editions: CompiledEdition[];
  /** Each edition of `data` compiled, for the one `findEdition` picks. */
  byEdition: Map<SchemeEdition, CompiledEdition>;
  notHeld: Set<number>;
  decimals: number;
  /** `skor 0-100 dengan paling banyak 2 desimal`. */
  scoreRule: string;
}

// Schemes are parsed once per build and looked up per source: compile once.
const compiled = new WeakMap<SchemeData, CompiledScheme>();

function compileScheme(data: SchemeData): CompiledScheme {
  const cached = compiled.get(data);
  if (cached) return cached;
  const decimals = data.scale?.decimals ?? 0;
  const byEdition = new Map(data.editions.map((edition) => [edition, compileEdition(data, edition)]));
  const scheme: CompiledScheme = {
    data,
    editions: [...byEdition.values()].sort((a, b) => a.from - b.from),
    byEdition,
    notHeld: new Set(data.notHeld),
    decimals,
    scoreRule: data.scale ? `skor ${data.scale.min}-${data.scale.max} dengan paling banyak ${decimals} desimal` : 'skor',
  };
  compiled.set(data, scheme);
  return scheme;
}

function compileEdition(data: SchemeData, edition: SchemeEdition): CompiledEdition {
  let levels: Level[];
  if (edition.kind === 'scored') {
    const scale = data.scale ?? { min: 0, max: 0, decimals: 0 };
    levels = (edition.bands ?? [])
      .map((band) => ({
        grade: band.grade,
        label: band.label,
        zone: band.zone ?? ('' as const),
        colour: band.colour,
        textColour: decideTextColour(band.colour),
        gradeOrder: 0,
        ...computeBandInterval(band, scale, edition.lowerBoundInclusive),
      }))
      .sort((a, b) => b.hi - a.hi);
  } else {
    levels = (edition.grades ?? []).map((grade) => ({
      grade: grade.grade,
      label: grade.label,
      zone: grade.zone ?? ('' as const),
      colour: grade.colour,
      textColour: decideTextColour(grade.colour),
      gradeOrder: 0,
    }));
  }
  levels.forEach((level, index) => (level.gradeOrder = index));
  return {
    from: edition.from,
    to: edition.to,
    kind: edition.kind,
    levels,
    hasZones: levels.some((level) => level.zone !== ''),
    hasGrades: levels.some((level) => level.grade !== ''),
    span: describeEditionSpan(edition),
  };
}

// ---------------------------------------------------------------- grading

/** The one key of a (scheme, year, region) result, wherever results are grouped or looked up. */
export function awardKey(scheme: string, year: number, region: string): string {
  return `${scheme}\u0000${year}\u0000${region}`;
}

/** The edition that rules `year` (not held wins), or undefined. */
export function findEdition(scheme: SchemeData, year: number): SchemeEdition | undefined {
  if (scheme.notHeld.includes(year)) return undefined;
  return scheme.editions.find((edition) => year >= edition.from && (edition.to === undefined || year <= edition.to));
}

function describeCoverage(scheme: CompiledScheme): string {
  return scheme.editions.map((edition) => edition.span).join(', ');
}

/** Or why there is none, in the journalist's terms. */
function decideEdition(scheme: CompiledScheme, year: number): CompiledEdition | AwardIssue {
  const name = scheme.data.shortName;
  if (scheme.notHeld.has(year)) {
    return { field: 'year', value: String(year), expected: `tahun penilaian yang diselenggarakan: ${name} tidak diadakan pada ${year}` };
  }
  const edition = findEdition(scheme.data, year);
  if (edition) return scheme.byEdition.get(edition)!;
  return { field: 'year', value: describeValue(year), expected: `tahun yang dicakup ${name}: ${describeCoverage(scheme)}` };
}

function normaliseText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A grade by its code or, for category grades, by its label (`Wajar Tanpa Pengecualian` is `WTP`). */
function findLevel(edition: CompiledEdition, text: string): Level | undefined {
  const wanted = normaliseText(text);
  if (wanted === '') return undefined;
  return (
    edition.levels.find((level) => level.grade !== '' && normaliseText(level.grade) === wanted) ??
    (edition.kind === 'category' ? edition.levels.find((level) => normaliseText(level.label) === wanted) : undefined)
  );
}

function listGrades(edition: CompiledEdition): string {
  return edition.levels.map((level) => level.grade).filter(Boolean).join(', ');
}

function listZones(edition: CompiledEdition): string {
  return [...new Set(edition.levels.map((level) => level.zone).filter(Boolean))].join(', ');
}

function describeLevel(level: Level): string {
  return level.grade ? `${level.grade} "${level.label}"` : `zona ${level.zone} "${level.label}"`;
}

/** Parses a score and checks scale and decimals; returns units at the published decimals. */
function parseScore(scheme: CompiledScheme, raw: number | string): number | AwardIssue {
  const scale = scheme.data.scale;
  const fail = (extra = ''): AwardIssue => ({ field: 'score', value: describeValue(raw), expected: `${scheme.scoreRule}${extra}` });
  const parsed = parseDecimalId(raw);
  if (!scale || !parsed) return fail(', mis. 93.31 atau "93,31"');
  // Trailing zeros are exact ("93,310" is 93.31); only significant digits can be lost.
  const decimals = typeof raw === 'number' ? countDecimals(raw) : significantDecimals(raw);
  if (decimals > scheme.decimals) return fail(`; ditemukan ${decimals} desimal, salin persis dari keputusan tanpa pembulatan`);
  const units = toUnits(parsed.value, scheme.decimals);
  if (units < toUnits(scale.min, scheme.decimals) || units > toUnits(scale.max, scheme.decimals)) {
    return { field: 'score', value: describeValue(raw), expected: `skor ${formatNumberId(scale.min)}-${formatNumberId(scale.max)} (skor ${formatNumberId(parsed.value)} di luar skala ${formatNumberId(scale.min)}-${formatNumberId(scale.max)})` };
  }
  return units;
}

function significantDecimals(text: string): number {
  const fraction = text.trim().split(/[.,]/)[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

function findBand(edition: CompiledEdition, units: number): Level | undefined {
  return edition.levels.find((level) => level.lo !== undefined && level.hi !== undefined && units >= level.lo && units <= level.hi);
}

function toGrade(level: Level): AwardGrade {
  const { grade, label, zone, colour, textColour, gradeOrder } = level;
  return { grade, label, zone, colour, textColour, gradeOrder };
}

/** A number is always a score; a string is a score in a scored edition, a result in a category one. */
export function computeGrade(scheme: SchemeData, year: number, scoreOrResult: number | string): GradeOutcome {
  const compiledScheme = compileScheme(scheme);
  const edition = decideEdition(compiledScheme, year);
  if (!('levels' in edition)) return { ok: false, issue: edition };
  const isScore = typeof scoreOrResult === 'number' || edition.kind === 'scored';
  const resolved = resolveClaim(compiledScheme, edition, isScore ? { score: scoreOrResult } : { result: scoreOrResult });
  if ('issues' in resolved) return { ok: false, issue: resolved.issues[0]! };
  return { ok: true, ...resolved.grade };
}

interface Claim {
  score?: number | string | undefined;
  result?: string | undefined;
  zone?: string | undefined;
  grade?: string | undefined;
}

interface Resolved {
  edition: CompiledEdition;
  /** Score in units; undefined when not published. */
  units: number | undefined;
  /** The grade when it is known; undefined for an ambiguous zone-only claim. */
  level: Level | undefined;
  zone: Zone | '';
  grade: AwardGrade;
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Maps one claim to a grade, checking every claimed field against the computed one. */
function resolveClaim(scheme: CompiledScheme, edition: CompiledEdition, claim: Claim): Resolved | { issues: AwardIssue[] } {
  const issues: AwardIssue[] = [];
  const name = `${scheme.data.shortName} ${edition.span}`;
  let units: number | undefined;
  let level: Level | undefined;

  if (edition.kind === 'category') {
    if (!isBlank(claim.score)) {
      issues.push({ field: 'score', value: describeValue(claim.score), expected: `tanpa skor: ${name} berupa kategori, isi result dengan salah satu dari: ${listGrades(edition)}` });
    }
    if (!isBlank(claim.result)) {
      level = findLevel(edition, claim.result!);
      if (!level) issues.push({ field: 'result', value: describeValue(claim.result), expected: `salah satu dari: ${listGrades(edition)} (${name})` });
    }
    if (!isBlank(claim.grade)) {
      const claimed = findLevel(edition, claim.grade!);
      if (!claimed) issues.push({ field: 'grade', value: describeValue(claim.grade), expected: `salah satu dari: ${listGrades(edition)} (${name})` });
      else if (level && claimed !== level) issues.push({ field: 'grade', value: describeValue(claim.grade), expected: `sama dengan result: ${level.grade}` });
      else if (!claim.result) level = claimed;
    }
  } else {
    if (!isBlank(claim.result)) {
      issues.push({ field: 'result', value: describeValue(claim.result), expected: `tanpa result: ${name} berupa skor, isi score (${scheme.scoreRule})` });
    }
    if (!isBlank(claim.score)) {
      const parsed = parseScore(scheme, claim.score!);
      if (typeof parsed !== 'number') issues.push(parsed);
      else {
        units = parsed;
        level = findBand(edition, parsed);
        // Only an unvalidated scheme can leave a gap; say so rather than guess.
        if (!level) issues.push({ field: 'score', value: describeValue(claim.score), expected: `skor yang masuk salah satu band ${name} (periksa berkas skema)` });
      }
    }
    if (!isBlank(claim.grade)) {
      if (!edition.hasGrades) {
        issues.push({ field: 'grade', value: describeValue(claim.grade), expected: `tanpa grade: ${name} hanya mengumumkan zona (${listZones(edition)}); pakai zone` });
      } else {
        const claimed = findLevel(edition, claim.grade!);
        if (!claimed) issues.push({ field: 'grade', value: describeValue(claim.grade), expected: `salah satu dari: ${listGrades(edition)} (${name})` });
        else if (level && claimed !== level) {
          issues.push({ field: 'grade', value: describeValue(claim.grade), expected: `${level.grade}: skor ${formatUnits(units!, scheme.decimals)} termasuk ${describeLevel(level)} pada ${name}` });
        } else if (units === undefined) level = claimed;
      }
    }
  }

  let zone: Zone | '' = level?.zone ?? '';
  let zoneOnly: Level | undefined;
  if (!isBlank(claim.zone)) {
    const claimed = normaliseText(claim.zone!) as Zone;
    if (!ZONES.includes(claimed)) {
      issues.push({ field: 'zone', value: describeValue(claim.zone), expected: 'hijau, kuning atau merah' });
    } else if (!edition.hasZones) {
      issues.push({ field: 'zone', value: describeValue(claim.zone), expected: `tanpa zone: ${name} tidak memakai zona` });
    } else if (level && level.zone !== claimed) {
      const basis = units !== undefined ? `skor ${formatUnits(units, scheme.decimals)}` : (level.grade || level.label);
      issues.push({ field: 'zone', value: describeValue(claim.zone), expected: `${level.zone}: ${basis} termasuk ${describeLevel(level)} pada ${name}` });
    } else if (!level) {
      const candidates = edition.levels.filter((candidate) => candidate.zone === claimed);
      // A zone names a grade only when one band carries it (Ombudsman 2016-2021).
      if (candidates.length === 1) level = candidates[0];
      else zoneOnly = candidates[0];
      zone = claimed;
    }
  }

  if (issues.length > 0) return { issues };
  if (level) return { edition, units, level, zone: level.zone, grade: toGrade(level) };
  if (zoneOnly && zone) {
    const label = describeZone(zone);
    return { edition, units, level: undefined, zone, grade: { ...toGrade(zoneOnly), grade: '', label } };
  }
  const wanted = edition.kind === 'category' ? 'result' : edition.hasGrades ? 'score, grade atau zone' : 'score atau zone';
  return { issues: [{ field: edition.kind === 'category' ? 'result' : 'score', value: describeValue(undefined), expected: `isi ${wanted} (${name})` }] };
}

// ---------------------------------------------------------------- merging

interface Candidate {
  source: AwardSource;
  resolved: Resolved;
  decree: string | undefined;
}

function fieldOf(provenance: AwardProvenance, field: string): string {
  return provenance.kind === 'article' ? `${provenance.field}.${field}` : field;
}

function problemAt(provenance: AwardProvenance, issue: AwardIssue, related?: string[]): ContentProblem {
  return {
    file: provenance.file,
    line: provenance.line,
    field: fieldOf(provenance, issue.field),
    value: issue.value,
    expected: issue.expected,
    ...(related && related.length ? { related } : {}),
  };
}

function where(provenance: AwardProvenance): string {
  const at = provenance.line ? `${provenance.file}:${provenance.line}` : provenance.file;
  return provenance.kind === 'article' ? `${at} (${provenance.field})` : at;
}

/** The first attribute on which two claims about the same award disagree, or undefined. */
function decideConflict(a: Candidate, b: Candidate): 'score' | 'grade' | 'zone' | 'decree' | undefined {
  const ra = a.resolved;
  const rb = b.resolved;
  if (ra.units !== undefined && rb.units !== undefined && ra.units !== rb.units) return 'score';
  if (ra.level && rb.level && ra.level !== rb.level) return 'grade';
  if (ra.zone && rb.zone && ra.zone !== rb.zone) return 'zone';
  if (a.decree && b.decree && normaliseText(a.decree) !== normaliseText(b.decree)) return 'decree';
  return undefined;
}

function describeCandidate(candidate: Candidate, decimals: number, withDecree: boolean): string {
  const { units, level, zone, edition } = candidate.resolved;
  const parts: string[] = [];
  if (units !== undefined) parts.push(`skor ${formatUnits(units, decimals)}`);
  if (level?.grade) parts.push(edition.kind === 'category' ? level.grade : `grade ${level.grade}`);
  if (zone) parts.push(`zona ${zone}`);
  if (withDecree && candidate.decree) parts.push(`keputusan "${candidate.decree}"`);
  return parts.join(', ');
}

/** The value a claim is mainly about, to point the journalist at what they wrote. */
function decidePrimaryField(source: AwardSource): string {
  if (!isBlank(source.score)) return 'score';
  if (!isBlank(source.result)) return 'result';
  if (!isBlank(source.grade)) return 'grade';
  return 'zone';
}

/** One problem per disagreeing claim, each naming the claims it contradicts. */
function checkAgreement(group: Candidate[], decimals: number): ContentProblem[] {
  if (group.length < 2) return [];
  // Compare distinct claims, not every pair of sources: many articles repeat one result.
  const classes = new Map<string, Candidate[]>();
  for (const candidate of group) {
    const r = candidate.resolved;
    const key = `${r.units ?? ''}|${r.level?.gradeOrder ?? ''}|${r.zone}|${candidate.decree ? normaliseText(candidate.decree) : ''}`;
    const list = classes.get(key);
    if (list) list.push(candidate);
    else classes.set(key, [candidate]);
  }
  if (classes.size < 2) return [];
  const reps = [...classes.values()];
  const problems: ContentProblem[] = [];
  reps.forEach((members, i) => {
    const against: { members: Candidate[]; attribute: string }[] = [];
    reps.forEach((others, j) => {
      if (i === j) return;
      const attribute = decideConflict(members[0]!, others[0]!);
      if (attribute) against.push({ members: others, attribute });
    });
    if (against.length === 0) return;
    const onlyDecree = against.every((entry) => entry.attribute === 'decree');
    const withDecree = against.some((entry) => entry.attribute === 'decree');
    const opponents = against.flatMap((entry) => entry.members);
    const { scheme, year, region } = members[0]!.source;
    const listed = opponents.map((other) => `${where(other.source.provenance)}: ${describeCandidate(other, decimals, withDecree)}`).join('; ');
    for (const member of members) {
      const field = onlyDecree ? 'decree' : decidePrimaryField(member.source);
      const related = [...new Set(opponents.map((other) => other.source.provenance.file))].filter((file) => file !== member.source.provenance.file);
      problems.push(
        problemAt(
          member.source.provenance,
          {
            field,
            value: describeCandidate(member, decimals, withDecree),
            expected: `sama dengan sumber lain untuk ${scheme} ${year} ${region}: ${listed}`,
          },
          related,
        ),
      );
    }
  });
  return problems;
}

function mergeGroup(group: Candidate[], decimals: number): ComputedAward {
  const first = group[0]!;
  const { scheme, year, region } = first.source;
  let units: number | undefined;
  let chosen = first.resolved;
  let decree: string | undefined;
  for (const candidate of group) {
    const r = candidate.resolved;
    units ??= r.units;
    // A definite grade beats a zone-only claim.
    if (!chosen.level && r.level) chosen = r;
    decree ??= candidate.decree;
  }
  const kind = chosen.edition.kind;
  return {
    scheme,
    year,
    region,
    kind,
    score: units === undefined ? undefined : units / 10 ** decimals,
    scoreText: units === undefined ? undefined : formatUnits(units, decimals),
    result: kind === 'category' && chosen.level ? chosen.level.grade : undefined,
    ...chosen.grade,
    streak: 1,
    change: undefined,
    rank: undefined,
    decree,
    sources: group.map((candidate) => candidate.source.provenance),
  };
}

// ---------------------------------------------------------------- computeAwards

export interface ComputeAwardsOptions {
  /** Known region ids; when given, a claim about another region is a problem. */
  regions?: ReadonlySet<string> | undefined;
  /** What an unknown region id is told (the closest known ids); a generic hint when absent. */
  describeUnknownRegion?: ((id: string) => string) | undefined;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The assessment year before `year`, skipping years not held. */
function decidePreviousHeldYear(scheme: CompiledScheme, year: number): number {
  let previous = year - 1;
  while (scheme.notHeld.has(previous)) previous--;
  return previous;
}

/** What must stay equal for a streak: the zone, or the grade where there are no zones. */
function decideStreakKey(award: ComputedAward): string {
  return award.zone ? `zone:${award.zone}` : `grade:${award.grade || award.label}`;
}

/**
 * Computes one award per (scheme, year, region) from all sources, and every
 * problem found. Streak: consecutive assessed years ending with this one in the
 * same zone (same grade where there are no zones), running across `notHeld`
 * years; a held year with no known result for the region breaks it, a
 * zone-only result counts. Change: against the region's previous known result
 * of that scheme, however far back. Rank: among that year's known scores.
 * O(n log n) in the number of sources.
 */
export function computeAwards(
  schemes: ReadonlyMap<string, SchemeData>,
  sources: readonly AwardSource[],
  options: ComputeAwardsOptions = {},
): { awards: ComputedAward[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const groups = new Map<string, Candidate[]>();
  const known = [...schemes.keys()].sort().join(', ');

  for (const source of sources) {
    const { provenance } = source;
    const data = schemes.get(source.scheme);
    if (!data) {
      problems.push(problemAt(provenance, { field: 'scheme', value: describeValue(source.scheme), expected: `id skema di content/schemes/: ${known}` }));
      continue;
    }
    if (options.regions && !options.regions.has(source.region)) {
      problems.push(problemAt(provenance, { field: 'region', value: describeValue(source.region), expected: options.describeUnknownRegion?.(source.region) ?? 'id daerah yang ada di content/regions/, mis. "musi-banyuasin"' }));
      continue;
    }
    const scheme = compileScheme(data);
    const edition = decideEdition(scheme, source.year);
    if (!('levels' in edition)) {
      problems.push(problemAt(provenance, edition));
      continue;
    }
    const resolved = resolveClaim(scheme, edition, source);
    if ('issues' in resolved) {
      for (const issue of resolved.issues) problems.push(problemAt(provenance, issue));
      continue;
    }
    const decree = isBlank(source.decree) ? undefined : source.decree!.trim().replace(/\s+/g, ' ');
    const key = awardKey(source.scheme, source.year, source.region);
    const candidate: Candidate = { source, resolved, decree };
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }

  const awards: ComputedAward[] = [];
  for (const group of groups.values()) {
    const decimals = compileScheme(schemes.get(group[0]!.source.scheme)!).decimals;
    const disagreements = checkAgreement(group, decimals);
    if (disagreements.length) problems.push(...disagreements);
    else awards.push(mergeGroup(group, decimals));
  }

  awards.sort((a, b) => compareText(a.scheme, b.scheme) || compareText(a.region, b.region) || a.year - b.year);
  decideStreaksAndChanges(awards, schemes);
  decideRanks(awards);
  awards.sort((a, b) => compareText(a.scheme, b.scheme) || a.year - b.year || compareText(a.region, b.region));
  return { awards, problems: sortProblems(problems) };
}

/** Expects awards sorted by scheme, region, year. */
function decideStreaksAndChanges(awards: ComputedAward[], schemes: ReadonlyMap<string, SchemeData>): void {
  for (let i = 0; i < awards.length; i++) {
    const award = awards[i]!;
    const previous = i > 0 ? awards[i - 1]! : undefined;
    if (!previous || previous.scheme !== award.scheme || previous.region !== award.region) continue;
    const scheme = compileScheme(schemes.get(award.scheme)!);
    const consecutive = previous.year === decidePreviousHeldYear(scheme, award.year);
    award.streak = consecutive && decideStreakKey(previous) === decideStreakKey(award) ? previous.streak + 1 : 1;
    const both = award.score !== undefined && previous.score !== undefined;
    award.change = {
      previousYear: previous.year,
      previousScore: previous.score,
      delta: both ? (toUnits(award.score!, scheme.decimals) - toUnits(previous.score!, scheme.decimals)) / 10 ** scheme.decimals : undefined,
      previousZone: previous.zone,
      previousGrade: previous.grade,
    };
  }
}

function decideRanks(awards: ComputedAward[]): void {
  const byYear = new Map<string, ComputedAward[]>();
  for (const award of awards) {
    if (award.score === undefined) continue;
    const key = `${award.scheme}\u0000${award.year}`;
    const list = byYear.get(key);
    if (list) list.push(award);
    else byYear.set(key, [award]);
  }
  for (const list of byYear.values()) {
    list.sort((a, b) => b.score! - a.score!);
    list.forEach((award, i) => {
      const previous = list[i - 1];
      const position = previous && previous.score === award.score ? previous.rank!.position : i + 1;
      award.rank = { position, of: list.length };
    });
  }
}

// ---------------------------------------------------------------- page helpers

/** A region's awards, by scheme id, then year (oldest first, as charts read). */
export function decideAwardHistory(awards: readonly ComputedAward[], region: string): ComputedAward[] {
  return awards.filter((award) => award.region === region).sort((a, b) => compareText(a.scheme, b.scheme) || a.year - b.year);
}

/**
 * A year's results of one scheme for its leaderboard: ranked scores first (ties
 * by region id), then results without a score (zone-only, category) best grade
 * first.
 */
export function decideLeaderboard(awards: readonly ComputedAward[], scheme: string, year: number): ComputedAward[] {
  return awards
    .filter((award) => award.scheme === scheme && award.year === year)
    .sort(
      (a, b) =>
        (a.rank?.position ?? Number.POSITIVE_INFINITY) - (b.rank?.position ?? Number.POSITIVE_INFINITY) ||
        a.gradeOrder - b.gradeOrder ||
        compareText(a.region, b.region),
    );
}
