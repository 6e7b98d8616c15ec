/**
 * Related articles ("Baca Juga", "Berita Terkait"), chosen at build time.
 *
 * Like Hugo's related content, it works from an inverted index (signal value ->
 * articles carrying it), so the cost grows with n * k (articles times postings
 * visited), not n^2: an article only ever meets the articles that share a
 * signal with it, and a very common signal (a tag on 40% of the articles) is
 * only walked for the `maxPostings` articles nearest in time.
 *
 * The same published content always gives the same links: article ids follow
 * (date, slug), signal counts are integers and the score is summed in a fixed
 * order, and ties fall to date closeness, then the newer, then the slug.
 */
import { isPublished } from './publish.ts';
import { slugify } from './slug.ts';
import { STOPWORDS_ID } from './stopwords-id.ts';

export interface RelatedCandidate {
  slug: string;
  title: string;
  /** The lead (front matter `description`). */
  description: string;
  date: Date;
  /** Region id. */
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
 * ~2.3 years, and beyond that only a raw score of `minScore / floor` = 7.5 or
 * more passes, e.g. same region + same scheme: a 2025 story is not sent to a
 * 2019 one without such a reason. A lone shared term (1) never passes.
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
const KINDS = 6;
const KIND_PREFIX = ['r:', 'p:', 's:', 'y:', 't:', 'w:'] as const;

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
  /** Reused per query so 10,000 queries allocate next to nothing. */
  readonly scratch: Scratch;
}

interface Scratch {
  counts: Uint8Array;
  seen: Int32Array;
  blocked: Int32Array;
  touched: Int32Array;
  stamp: number;
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
  if (keepsWhole(word)) return word;
  let stem = word;
  for (const particle of PARTICLES) {
    if (stem.length - particle.length >= MIN_STEM && stem.endsWith(particle)) {
      stem = stem.slice(0, -particle.length);
      break;
    }
  }
  if (stem.length - 3 >= MIN_STEM && stem.endsWith('nya') && !keepsWhole(stem)) stem = stem.slice(0, -3);
  return stem;
}

/**
 * The significant terms of a text, in first-seen order, without repeats:
 * lower-case, diacritics removed, split on anything not `a-z0-9`, suffixes
 * stripped; stop words (before or after stripping), pure numbers (years are
 * the award signal's business) and words under three letters are dropped.
 */
export function extractTerms(text: string, stopWords: ReadonlySet<string> = STOPWORDS_ID): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    if (word.length < 3 || /^[0-9]+$/.test(word) || stopWords.has(word)) continue;
    const stem = stripIndonesianSuffix(word);
    if (stem.length < 3 || stopWords.has(stem) || seen.has(stem)) continue;
    seen.add(stem);
    out.push(stem);
  }
  return out;
}

const normalizeId = (value: string) => value.trim().toLowerCase();

/** The index keys of one article, each `kind:value`, without repeats. */
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

function kindOf(key: string): number {
  return KIND_PREFIX.indexOf(key.slice(0, 2) as (typeof KIND_PREFIX)[number]);
}

// ---------------------------------------------------------------------------
// Index

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
  const bySlug = new Map<string, RelatedCandidate>();
  for (const article of published) {
    if (bySlug.has(article.slug)) throw new Error(`related: slug "${article.slug}" appears twice`);
    bySlug.set(article.slug, article);
  }
  // Ids in (date, slug) order: input order never matters, and postings built
  // by walking ids come out sorted by time, ready for the nearest-in-time window.
  const sorted = [...published].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  const n = sorted.length;

  const keysPerArticle = sorted.map((a) => signalKeys(a, stopWords));
  const df = new Map<string, number>();
  for (const keys of keysPerArticle) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);

  // Terms on a large share of the corpus are this corpus's stop words. Keys
  // carried by one article stay: a draft in preview may share them.
  const termLimit = Math.max(commonMin, commonShare * n);
  const keyIdByName = new Map<string, number>();
  const kinds: number[] = [];
  const counts: number[] = [];
  for (const keys of keysPerArticle) {
    for (const key of keys) {
      if (keyIdByName.has(key)) continue;
      const count = df.get(key) ?? 0;
      const kind = kindOf(key);
      if (kind === TERM && count > termLimit) continue;
      keyIdByName.set(key, kinds.length);
      kinds.push(kind);
      counts.push(count);
    }
  }

  const postingStart = new Int32Array(kinds.length + 1);
  for (let k = 0; k < kinds.length; k++) postingStart[k + 1] = postingStart[k]! + counts[k]!;
  const postings = new Int32Array(postingStart[kinds.length]!);
  const fill = postingStart.slice(0, kinds.length);
  const articleKeyStart = new Int32Array(n + 1);
  const articleKeyList: number[] = [];
  for (let a = 0; a < n; a++) {
    const ids: number[] = [];
    for (const key of keysPerArticle[a]!) {
      const k = keyIdByName.get(key);
      if (k === undefined) continue;
      ids.push(k);
      postings[fill[k]!++] = a;
    }
    ids.sort((x, y) => x - y);
    for (const k of ids) articleKeyList.push(k);
    articleKeyStart[a + 1] = articleKeyList.length;
  }

  return {
    size: n,
    slugs: sorted.map((a) => a.slug),
    times: Float64Array.from(sorted, (a) => a.date.getTime()),
    handPicked: sorted.map((a) => [...a.related]),
    idBySlug: new Map(sorted.map((a, i) => [a.slug, i])),
    keyIdByName,
    keyKind: Uint8Array.from(kinds),
    postingStart,
    postings,
    articleKeyStart,
    articleKeys: Int32Array.from(articleKeyList),
    maxPostings,
    stopWords,
    scratch: {
      counts: new Uint8Array(n * KINDS),
      seen: new Int32Array(n),
      blocked: new Int32Array(n),
      touched: new Int32Array(n),
      stamp: 0,
    },
  };
}

/** The age factor for two stories `days` apart. */
export function ageFactor(days: number): number {
  return Math.max(RELATED_AGE.floor, 1 / (1 + Math.abs(days) / RELATED_AGE.halfDays));
}

/** Raw score from per-kind match counts, summed in kind order. */
function rawScore(counts: Uint8Array, base: number): number {
  const W = RELATED_WEIGHTS;
  let raw = 0;
  if (counts[base + REGION]! > 0) raw += W.region.weight;
  else if (counts[base + PROVINCE]! > 0) raw += W.province.weight;
  raw += W.scheme.weight * Math.min(counts[base + SCHEME]!, W.scheme.maxMatches);
  raw += W.schemeYear.weight * Math.min(counts[base + SCHEME_YEAR]!, W.schemeYear.maxMatches);
  raw += W.tag.weight * Math.min(counts[base + TAG]!, W.tag.maxMatches);
  raw += W.term.weight * Math.min(counts[base + TERM]!, W.term.maxMatches);
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
 * Scores every article sharing a signal with the query and keeps the best `k`,
 * skipping the blocked ones (self, hand-picked, excluded). Returns ids, best first.
 */
function rankByIndex(index: RelatedIndex, time: number, keys: ArrayLike<number>, k: number, stamp: number): number[] {
  const { counts, seen, blocked, touched } = index.scratch;
  const { postings, postingStart, keyKind, times, maxPostings } = index;
  let touchedCount = 0;

  const visit = (c: number, kind: number) => {
    if (blocked[c] === stamp) return;
    if (seen[c] !== stamp) {
      seen[c] = stamp;
      touched[touchedCount++] = c;
    }
    const slot = c * KINDS + kind;
    if (counts[slot]! < 255) counts[slot]!++;
  };

  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const kind = keyKind[key]!;
    const from = postingStart[key]!;
    const to = postingStart[key + 1]!;
    if (to - from <= maxPostings) {
      for (let p = from; p < to; p++) visit(postings[p]!, kind);
      continue;
    }
    // A very common value: walk only the maxPostings articles nearest in time,
    // outwards from the query's date; the age factor favours them anyway.
    let hi = lowerBound(index, from, to, time);
    let lo = hi - 1;
    for (let taken = 0; taken < maxPostings && (lo >= from || hi < to); taken++) {
      const takeHi =
        lo < from || (hi < to && times[postings[hi]!]! - time <= time - times[postings[lo]!]!);
      visit(postings[takeHi ? hi++ : lo--]!, kind);
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
  for (let t = 0; t < touchedCount; t++) {
    const c = touched[t]!;
    const base = c * KINDS;
    const raw = rawScore(counts, base);
    counts.fill(0, base, base + KINDS);
    if (k <= 0 || raw < RELATED_AGE.minScore) continue;
    if (topIds.length === k && raw < topScores[k - 1]!) continue; // cannot beat the worst kept
    const score = round6(raw * ageFactor((times[c]! - time) / DAY_MS));
    if (score < RELATED_AGE.minScore) continue;
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
 * The related slugs of one article, at most `limit`: its hand-picked `related`
 * first, in their order (skipping ones not in the index, i.e. unknown or
 * unpublished, which the content check reports), then the best scored.
 * Never the article itself, never a slug in `exclude` (e.g. those already shown
 * inline). `article` is a slug in the index, or a candidate outside it (a
 * draft in preview), scored against the published ones.
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
    keys = ids.sort((x, y) => x - y);
  }

  const scratch = index.scratch;
  const stamp = ++scratch.stamp;
  if (selfId !== undefined) scratch.blocked[selfId] = stamp;
  if (exclude) {
    for (const slug of exclude) {
      const id = index.idBySlug.get(slug);
      if (id !== undefined) scratch.blocked[id] = stamp;
    }
  }

  const out: string[] = [];
  for (const slug of handPicked) {
    if (out.length >= limit) return out;
    const id = index.idBySlug.get(slug);
    if (id === undefined || slug === selfSlug || scratch.blocked[id] === stamp) continue;
    scratch.blocked[id] = stamp;
    out.push(slug);
  }
  for (const id of rankByIndex(index, time, keys, limit - out.length, stamp)) out.push(index.slugs[id]!);
  return out;
}

/** Related slugs for every published article, keyed by slug in slug order. */
export function decideAllRelated(
  articles: readonly RelatedCandidate[],
  limit: number,
  options?: RelatedOptions,
): Map<string, string[]> {
  const index = buildRelatedIndex(articles, options);
  const slugs = [...index.slugs].sort();
  const out = new Map<string, string[]>();
  for (const slug of slugs) out.set(slug, decideRelated(index, slug, limit));
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
  const keysOf = (id: number) => new Set(index.articleKeys.subarray(index.articleKeyStart[id]!, index.articleKeyStart[id + 1]!));
  const theirs = keysOf(b);
  const counts = new Uint8Array(KINDS);
  for (const key of keysOf(a)) if (theirs.has(key)) counts[index.keyKind[key]!]!++;
  const W = RELATED_WEIGHTS;
  const matches = {
    region: Math.min(counts[REGION]!, W.region.maxMatches),
    province: counts[REGION]! > 0 ? 0 : Math.min(counts[PROVINCE]!, W.province.maxMatches),
    scheme: Math.min(counts[SCHEME]!, W.scheme.maxMatches),
    schemeYear: Math.min(counts[SCHEME_YEAR]!, W.schemeYear.maxMatches),
    tag: Math.min(counts[TAG]!, W.tag.maxMatches),
    term: Math.min(counts[TERM]!, W.term.maxMatches),
  };
  const raw = rawScore(counts, 0);
  const days = Math.abs(index.times[a]! - index.times[b]!) / DAY_MS;
  const factor = ageFactor(days);
  const score = round6(raw * factor);
  return { matches, raw, days, factor, score, passes: a !== b && score >= RELATED_AGE.minScore };
}
