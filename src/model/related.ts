/**
 * Related articles ("Baca Juga", "Berita Terkait"), chosen at build time.
 *
 * An inverted index (signal value -> articles), like Hugo's related content, so cost grows
 * with articles times postings visited, not n^2; a very common signal is walked only for
 * the `maxPostings` articles nearest in time. The same content always gives the same links:
 * ids follow (date, slug), scores are summed in a fixed order, ties are broken fully.
 */
import { isPublished } from './publish.ts';
import { slugify } from '../schemas/slug.ts';
import { STOPWORDS_ID } from './stopwords-id.ts';

export interface RelatedCandidate {
  slug: string;
  title: string;
  /** The lead (front matter `description`). */
  description: string;
  date: Date;
  region?: string | undefined;
  /** Province id of `region`; for a story about a province itself, that province's id. */
  province?: string | undefined;
  /** As written; compared by their slug. */
  tags: readonly string[];
  awards: readonly { scheme: string; year: number }[];
  /** Hand-picked slugs, in order. */
  related: readonly string[];
  /** Honoured with `now` through the one publish rule; drafts never enter the index. */
  draft?: boolean | undefined;
}

/**
 * What one shared signal is worth before the age factor, and how many shared
 * values of that signal count at most (so a story sharing ten tags does not
 * drown a same-region story). The portal is regional, so the place weighs most;
 * the award round is the news peg of most stories; tags are editors' topics;
 * title/lead terms are automatic and noisy, so they weigh least.
 */
export const RELATED_WEIGHTS = {
  /** Same region: readers of a regency's news want more of that regency. */
  region: { weight: 5, maxMatches: 1 },
  /** Same province, different region (not added on top of a region match). */
  province: { weight: 2, maxMatches: 1 },
  /** Same award scheme, any year: the region's or its peers' history in that assessment. */
  scheme: { weight: 2.5, maxMatches: 2 },
  /** Same scheme AND year, added on top of `scheme`: the same assessment round (5.5 in all). */
  schemeYear: { weight: 3, maxMatches: 2 },
  /** Each shared tag (by slug). */
  tag: { weight: 2, maxMatches: 3 },
  /** Each shared significant term of title and lead, after stop words and suffix stripping. */
  term: { weight: 1, maxMatches: 5 },
} as const;

/**
 * The age window. A score is multiplied by `max(floor, 1 / (1 + days / halfDays))`
 * (days between the two dates, either direction) and must reach `minScore`.
 * So a lone shared tag (2) holds for ~4 months, a same-region story (5) for
 * ~2.3 years, and from four years apart (factor at its floor) only a raw score
 * of `minScore / floor` = 7.5 or more passes, e.g. same region + same scheme:
 * a 2025 story is not sent to a 2019 one without such a reason (same region +
 * one shared tag, 7, is not enough). A lone shared term (1) never passes.
 */
export const RELATED_AGE = {
  halfDays: 365,
  floor: 0.2,
  minScore: 1.5,
} as const;

export interface RelatedOptions {
  /** Build time: articles not published at `now` (publish.ts) are left out. Without it, only drafts are. */
  now?: Date | undefined;
  /** A signal value carried by more articles is walked only for the nearest this many in time. Default 256. */
  maxPostings?: number | undefined;
  /**
   * A term on more than this share of the articles (and on more than
   * `commonTermMinCount`) is treated as a stop word of this corpus
   * (e.g. `penghargaan` on an awards portal). Default 0.1.
   */
  commonTermShare?: number | undefined;
  /** Keeps small sites from losing their terms to the share rule. Default 50. */
  commonTermMinCount?: number | undefined;
  /** More stop words, e.g. the words of region names, if terms should not echo the region signal. */
  extraStopWords?: Iterable<string> | undefined;
}

/** Signal kinds; their order is the order scores are summed in. */
const REGION = 0;
const PROVINCE = 1;
const SCHEME = 2;
const SCHEME_YEAR = 3;
const TAG = 4;
const TERM = 5;
const KIND_PREFIX = ['r:', 'p:', 's:', 'y:', 't:', 'w:'] as const;

/**
 * A candidate's matches are counted in one int32, a bit field per kind, so
 * the hot loop is one add per posting and a zero means "not met yet". Field
 * widths bound the keys of one kind a query may carry (an article has one
 * region, a few awards; tags and terms beyond 255 are not counted: a title
 * and lead of at most 460 characters hold far fewer terms).
 */
const FIELD_SHIFT = [0, 2, 4, 9, 14, 22] as const;
const FIELD_MAX = [3, 3, 31, 31, 255, 255] as const;
/** Marks an article the query must not return (self, hand-picked, excluded). */
const BLOCKED = 1 << 30;

const DAY_MS = 86_400_000;
const FAR_FUTURE = new Date(8.64e15);

/**
 * The index. Treat it as opaque: build it with `buildRelatedIndex`, ask it with
 * `decideRelated`. Article ids are positions in (date, slug) order.
 */
export interface RelatedIndex {
  readonly size: number;
  readonly slugs: readonly string[];
  readonly times: Float64Array;
  readonly handPicked: readonly (readonly string[])[];
  readonly idBySlug: ReadonlyMap<string, number>;
  readonly keyIdByName: ReadonlyMap<string, number>;
  readonly keyKind: Uint8Array;
  /** CSR: postings of key k are postings[postingStart[k] .. postingStart[k+1]), ids ascending. */
  readonly postingStart: Int32Array;
  readonly postings: Int32Array;
  /** CSR: keys of article a are articleKeys[articleKeyStart[a] .. articleKeyStart[a+1]). */
  readonly articleKeyStart: Int32Array;
  readonly articleKeys: Int32Array;
  readonly maxPostings: number;
  readonly stopWords: ReadonlySet<string>;
  /**
   * Reused by every query so 10,000 queries allocate next to nothing:
   * `acc` (packed match counts per article, all zero between queries) and
   * `touched` (ids met by the current query).
   */
  readonly scratch: { readonly acc: Int32Array; readonly touched: Int32Array };
}

// ---------------------------------------------------------------------------
// Terms

/**
 * Base words that merely end like a particle or `-nya`; checked as endings so
 * derived forms (`sekolah`, `mengolah`, `bertanya`) are kept whole too.
 * Stripping must be consistent: `pemerintahnya` and `pemerintah` meet at
 * `pemerintah`, never at a half word.
 */
const KEEP_ENDINGS = [
  'olah', 'salah', 'kalah', 'jumlah', 'allah', 'belah', 'lelah', 'galah', 'telah', 'ulah',
  'langkah', 'nikah', 'naskah', 'sedekah', 'tingkah',
  'ampun', 'rumpun', 'himpun', 'tampun',
  'punya', 'tanya', 'hanya',
];
const PARTICLES = ['lah', 'kah', 'pun'] as const;
const MIN_STEM = 4;

function keepsWhole(word: string): boolean {
  for (const ending of KEEP_ENDINGS) if (word.endsWith(ending)) return true;
  return false;
}

/**
 * Light Indonesian suffix stripping: the particles `-lah`, `-kah`, `-pun`,
 * then the possessive `-nya` (`kinerjanyalah` -> `kinerjanya` -> `kinerja`),
 * leaving at least four letters. `-kan`, `-an` and `-i` are left alone: without
 * a dictionary they merge unrelated words (`jalan` -> `jal`, `bulan` -> `bul`,
 * `pelayanan` -> `pelayan` "waiter"), and since prefixes are not stripped
 * either, they would join few real pairs.
 */
export function stripIndonesianSuffix(word: string): string {
  let stem = word;
  for (const particle of PARTICLES) {
    if (stem.length - particle.length >= MIN_STEM && stem.endsWith(particle)) {
      if (keepsWhole(stem)) return stem;
      stem = stem.slice(0, -particle.length);
      break;
    }
  }
  if (stem.length - 3 >= MIN_STEM && stem.endsWith('nya') && !keepsWhole(stem)) stem = stem.slice(0, -3);
  return stem;
}

const ALL_DIGITS = /^[0-9]+$/;

/** Pure numbers are dropped: years are the award signal's business. */
export function extractTerms(text: string, stopWords: ReadonlySet<string> = STOPWORDS_ID): string[] {
  // Most text is plain ASCII; only decompose when there is something to strip.
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const words = folded.toLowerCase().split(/[^a-z0-9]+/);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    if (word.length < 3 || stopWords.has(word) || ALL_DIGITS.test(word)) continue;
    const stem = stripIndonesianSuffix(word);
    if (stem.length < 3 || stopWords.has(stem) || seen.has(stem)) continue;
    seen.add(stem);
    out.push(stem);
  }
  return out;
}

const normalizeId = (value: string) => value.trim().toLowerCase();

function signalKeys(article: RelatedCandidate, stopWords: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  if (article.region?.trim()) keys.add(KIND_PREFIX[REGION] + normalizeId(article.region));
  if (article.province?.trim()) keys.add(KIND_PREFIX[PROVINCE] + normalizeId(article.province));
  for (const award of article.awards) {
    const scheme = normalizeId(award.scheme);
    if (!scheme) continue;
    keys.add(KIND_PREFIX[SCHEME] + scheme);
    keys.add(`${KIND_PREFIX[SCHEME_YEAR]}${scheme}:${award.year}`);
  }
  for (const tag of article.tags) {
    const slug = slugify(tag);
    if (slug) keys.add(KIND_PREFIX[TAG] + slug);
  }
  for (const term of extractTerms(`${article.title}\n${article.description}`, stopWords)) {
    keys.add(KIND_PREFIX[TERM] + term);
  }
  return [...keys];
}

// ---------------------------------------------------------------------------
// Index

function kindOf(key: string): number {
  return KIND_PREFIX.indexOf(key.slice(0, 2) as (typeof KIND_PREFIX)[number]);
}

/** Key ids sorted, at most FIELD_MAX of each kind, so a query never overflows a field. */
function queryKeys(ids: number[], keyKind: Uint8Array): number[] {
  ids.sort((x, y) => x - y);
  const perKind = [0, 0, 0, 0, 0, 0];
  return ids.filter((id) => ++perKind[keyKind[id]!]! <= FIELD_MAX[keyKind[id]!]!);
}

/** Builds the inverted index over the published articles. Throws on a repeated slug. */
export function buildRelatedIndex(articles: readonly RelatedCandidate[], options: RelatedOptions = {}): RelatedIndex {
  const now = options.now ?? FAR_FUTURE;
  const maxPostings = Math.max(1, Math.floor(options.maxPostings ?? 256));
  const commonShare = options.commonTermShare ?? 0.1;
  const commonMin = options.commonTermMinCount ?? 50;
  let stopWords: ReadonlySet<string> = STOPWORDS_ID;
  if (options.extraStopWords) {
    const merged = new Set(STOPWORDS_ID);
    for (const word of options.extraStopWords) for (const term of extractTerms(word, new Set())) merged.add(term);
    stopWords = merged;
  }

  const published = articles.filter((a) => isPublished(a, now));
  const seenSlugs = new Set<string>();
  for (const article of published) {
    if (seenSlugs.has(article.slug)) throw new Error(`related: slug "${article.slug}" appears twice`);
    seenSlugs.add(article.slug);
  }
  // Ids in (date, slug) order: input order never matters, and postings built
  // by walking ids come out sorted by time, ready for the nearest-in-time window.
  const sorted = [...published].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  const n = sorted.length;

  // Key ids in order of first appearance (deterministic, as `sorted` is).
  const keyIdByName = new Map<string, number>();
  const kinds: number[] = [];
  const df: number[] = [];
  const idsPerArticle: number[][] = [];
  for (const article of sorted) {
    const ids: number[] = [];
    for (const key of signalKeys(article, stopWords)) {
      let id = keyIdByName.get(key);
      if (id === undefined) {
        id = kinds.length;
        keyIdByName.set(key, id);
        kinds.push(kindOf(key));
        df.push(0);
      }
      df[id]!++;
      ids.push(id);
    }
    idsPerArticle.push(ids);
  }
  const keyKind = Uint8Array.from(kinds);

  // Terms on a large share of the corpus are this corpus's stop words: their
  // posting lists stay empty. Keys carried by one article stay: a draft in
  // preview may share them.
  const termLimit = Math.max(commonMin, commonShare * n);
  const indexed = (id: number) => kinds[id] !== TERM || df[id]! <= termLimit;

  const postingStart = new Int32Array(kinds.length + 1);
  for (let k = 0; k < kinds.length; k++) postingStart[k + 1] = postingStart[k]! + (indexed(k) ? df[k]! : 0);
  const postings = new Int32Array(postingStart[kinds.length]!);
  const fill = postingStart.slice(0, kinds.length);
  const articleKeyStart = new Int32Array(n + 1);
  const articleKeyList: number[] = [];
  for (let a = 0; a < n; a++) {
    const ids = idsPerArticle[a]!.filter(indexed);
    for (const k of ids) postings[fill[k]!++] = a;
    for (const k of queryKeys(ids, keyKind)) articleKeyList.push(k);
    articleKeyStart[a + 1] = articleKeyList.length;
  }

  return {
    size: n,
    slugs: sorted.map((a) => a.slug),
    times: Float64Array.from(sorted, (a) => a.date.getTime()),
    handPicked: sorted.map((a) => [...a.related]),
    idBySlug: new Map(sorted.map((a, i) => [a.slug, i])),
    keyIdByName,
    keyKind,
    postingStart,
    postings,
    articleKeyStart,
    articleKeys: Int32Array.from(articleKeyList),
    maxPostings,
    stopWords,
    scratch: { acc: new Int32Array(n), touched: new Int32Array(n) },
  };
}

export function ageFactor(days: number): number {
  return Math.max(RELATED_AGE.floor, 1 / (1 + Math.abs(days) / RELATED_AGE.halfDays));
}

/** Matches counted per signal from a packed accumulator, after `maxMatches`. */
function unpack(packed: number): Record<keyof typeof RELATED_WEIGHTS, number> {
  const W = RELATED_WEIGHTS;
  const field = (kind: number, cap: number) => Math.min((packed >>> FIELD_SHIFT[kind]!) & FIELD_MAX[kind]!, cap);
  const region = field(REGION, W.region.maxMatches);
  return {
    region,
    province: region > 0 ? 0 : field(PROVINCE, W.province.maxMatches),
    scheme: field(SCHEME, W.scheme.maxMatches),
    schemeYear: field(SCHEME_YEAR, W.schemeYear.maxMatches),
    tag: field(TAG, W.tag.maxMatches),
    term: field(TERM, W.term.maxMatches),
  };
}

/** Raw score from a packed accumulator, summed in kind order (kept inline: it runs per candidate). */
function rawScore(packed: number): number {
  const W = RELATED_WEIGHTS;
  let raw = 0;
  if ((packed & FIELD_MAX[REGION]) !== 0) raw += W.region.weight;
  else if (((packed >>> FIELD_SHIFT[PROVINCE]) & FIELD_MAX[PROVINCE]) !== 0) raw += W.province.weight;
  raw += W.scheme.weight * Math.min((packed >>> FIELD_SHIFT[SCHEME]) & FIELD_MAX[SCHEME], W.scheme.maxMatches);
  raw += W.schemeYear.weight * Math.min((packed >>> FIELD_SHIFT[SCHEME_YEAR]) & FIELD_MAX[SCHEME_YEAR], W.schemeYear.maxMatches);
  raw += W.tag.weight * Math.min((packed >>> FIELD_SHIFT[TAG]) & FIELD_MAX[TAG], W.tag.maxMatches);
  raw += W.term.weight * Math.min((packed >>> FIELD_SHIFT[TERM]) & FIELD_MAX[TERM], W.term.maxMatches);
  return raw;
}

// Rounded so float noise can never reorder equal scores.
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Lower bound of `time` in the (time-sorted) postings range [from, to). */
function lowerBound(index: RelatedIndex, from: number, to: number, time: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.times[index.postings[mid]!]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scores every article sharing a signal with the query and keeps the best `k`.
 * Blocked articles carry BLOCKED in `acc`, so they are never taken as new.
 * Leaves `acc` zero for every article it touched. Returns ids, best first.
 */
function rankByIndex(index: RelatedIndex, time: number, keys: ArrayLike<number>, k: number): number[] {
  const { acc, touched } = index.scratch;
  const { postings, postingStart, keyKind, times, maxPostings } = index;
  let touchedCount = 0;

  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const step = 1 << FIELD_SHIFT[keyKind[key]!]!;
    let from = postingStart[key]!;
    let to = postingStart[key + 1]!;
    if (to - from > maxPostings) {
      // A very common value: walk only the nearest in time, which the age factor favours anyway.
      let hi = lowerBound(index, from, to, time);
      let lo = hi;
      for (let taken = 0; taken < maxPostings; taken++) {
        if (lo > from && (hi >= to || time - times[postings[lo - 1]!]! < times[postings[hi]!]! - time)) lo--;
        else hi++;
      }
      from = lo;
      to = hi;
    }
    for (let p = from; p < to; p++) {
      const c = postings[p]!;
      const packed = acc[c]!;
      if (packed === 0) touched[touchedCount++] = c;
      acc[c] = packed + step;
    }
  }

  // Keep the best k: score desc, distance asc, newer, then id (= slug among equal dates).
  const topIds: number[] = [];
  const topScores: number[] = [];
  const better = (score: number, c: number, j: number): boolean => {
    const other = topIds[j]!;
    if (score !== topScores[j]) return score > topScores[j]!;
    const d1 = Math.abs(times[c]! - time);
    const d2 = Math.abs(times[other]! - time);
    if (d1 !== d2) return d1 < d2;
    if (times[c] !== times[other]) return times[c]! > times[other]!;
    return c < other;
  };
  const minScore = RELATED_AGE.minScore;
  for (let t = 0; t < touchedCount; t++) {
    const c = touched[t]!;
    const raw = rawScore(acc[c]!);
    acc[c] = 0;
    if (raw < minScore) continue;
    if (topIds.length === k && raw < topScores[k - 1]!) continue; // cannot beat the worst kept
    const score = round6(raw * ageFactor((times[c]! - time) / DAY_MS));
    if (score < minScore) continue;
    if (topIds.length === k && !better(score, c, k - 1)) continue;
    let j = topIds.length === k ? k - 1 : topIds.length;
    topIds[j] = c;
    topScores[j] = score;
    while (j > 0 && better(score, c, j - 1)) {
      topIds[j] = topIds[j - 1]!;
      topScores[j] = topScores[j - 1]!;
      topIds[j - 1] = c;
      topScores[j - 1] = score;
      j--;
    }
  }
  return topIds;
}

/**
 * Hand-picked `related` first (unknown or unpublished ones skipped: the content check reports
 * them), then the best scored. `article` may be a candidate outside the index (a draft in preview).
 */
export function decideRelated(
  index: RelatedIndex,
  article: string | RelatedCandidate,
  limit: number,
  exclude?: ReadonlySet<string>,
): string[] {
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`related: limit must be a whole number >= 0, got ${limit}`);
  let selfId: number | undefined;
  let selfSlug: string;
  let time: number;
  let handPicked: readonly string[];
  let keys: ArrayLike<number>;
  if (typeof article === 'string') {
    selfId = index.idBySlug.get(article);
    if (selfId === undefined) throw new Error(`related: "${article}" is not a published article in the index`);
    selfSlug = article;
    time = index.times[selfId]!;
    handPicked = index.handPicked[selfId]!;
    keys = index.articleKeys.subarray(index.articleKeyStart[selfId]!, index.articleKeyStart[selfId + 1]!);
  } else {
    selfSlug = article.slug;
    selfId = index.idBySlug.get(article.slug);
    time = article.date.getTime();
    handPicked = article.related;
    const ids: number[] = [];
    for (const key of signalKeys(article, index.stopWords)) {
      const id = index.keyIdByName.get(key);
      if (id !== undefined) ids.push(id);
    }
    keys = queryKeys(ids, index.keyKind);
  }

  // Nothing below throws, so `acc` is always left all zero again.
  const acc = index.scratch.acc;
  const blocked: number[] = [];
  const block = (id: number) => {
    if (acc[id] !== 0) return;
    acc[id] = BLOCKED;
    blocked.push(id);
  };
  if (selfId !== undefined) block(selfId);
  if (exclude) {
    for (const slug of exclude) {
      const id = index.idBySlug.get(slug);
      if (id !== undefined) block(id);
    }
  }

  const out: string[] = [];
  for (const slug of handPicked) {
    if (out.length >= limit) break;
    const id = index.idBySlug.get(slug);
    if (id === undefined || slug === selfSlug || acc[id] !== 0) continue;
    block(id);
    out.push(slug);
  }
  if (out.length < limit) {
    for (const id of rankByIndex(index, time, keys, limit - out.length)) out.push(index.slugs[id]!);
  }
  for (const id of blocked) acc[id] = 0;
  return out;
}

export interface RelatedExplanation {
  /** Matches counted per signal, after `maxMatches`; province is 0 when the region matched. */
  matches: Record<keyof typeof RELATED_WEIGHTS, number>;
  raw: number;
  days: number;
  factor: number;
  score: number;
  /** Whether the score reaches `RELATED_AGE.minScore`. */
  passes: boolean;
}

/**
 * Why `other` scores what it does for `slug`, for editors and tests. Uses the
 * full key sets, so for very common values it may count a match the
 * nearest-in-time window of `decideRelated` would not visit.
 */
export function explainRelated(index: RelatedIndex, slug: string, other: string): RelatedExplanation {
  const a = index.idBySlug.get(slug);
  const b = index.idBySlug.get(other);
  if (a === undefined || b === undefined) throw new Error(`related: "${a === undefined ? slug : other}" is not in the index`);
  const keysOf = (id: number) => index.articleKeys.subarray(index.articleKeyStart[id]!, index.articleKeyStart[id + 1]!);
  const theirs = new Set(keysOf(b));
  let packed = 0;
  for (const key of keysOf(a)) if (theirs.has(key)) packed += 1 << FIELD_SHIFT[index.keyKind[key]!]!;
  const raw = rawScore(packed);
  const days = Math.abs(index.times[a]! - index.times[b]!) / DAY_MS;
  const factor = ageFactor(days);
  const score = round6(raw * factor);
  return { matches: unpack(packed), raw, days, factor, score, passes: a !== b && score >= RELATED_AGE.minScore };
}
