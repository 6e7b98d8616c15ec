/**
 * Computed awards indexed once per build for the pages that show them. Pure:
 * src/astro-glue/awards.ts passes the published articles in.
 */
import { awardKey, decideAwardHistory, decideLeaderboard, type ComputedAward } from './engine.ts';

/** What the index needs of a published article. */
export interface IndexedArticle {
  slug: string;
  /** The article's region id. */
  region?: string | undefined;
  date: Date;
  /** Its front-matter claims; a claim's region defaults to the article's. */
  awards: readonly { scheme: string; year: number; region?: string | undefined }[];
}

export interface AwardIndex {
  awards: readonly ComputedAward[];
  /** Region id -> its awards by scheme id, then year, oldest first. */
  byRegion: Map<string, ComputedAward[]>;
  /** `<scheme>/<year>` -> leaderboard order (ranked scores, then unranked by grade). */
  byEdition: Map<string, ComputedAward[]>;
  /** Scheme id -> years with at least one result, oldest first. */
  yearsByScheme: Map<string, number[]>;
  /** The awards an article claims, in the order it lists them. */
  forArticle(slug: string): ComputedAward[];
  /** The published article that reports a result, or undefined for a table-only result. */
  sourceArticle(award: ComputedAward): string | undefined;
  /** A region's most recent award (latest year; ties by scheme id). */
  latest(region: string): ComputedAward | undefined;
}

/**
 * The article to cite for a result: among the published articles that claim
 * it, one about the result's own region first, then the earliest report
 * (ties by slug).
 */
export function decideSourceArticle(award: ComputedAward, articles: ReadonlyMap<string, IndexedArticle>): string | undefined {
  const candidates = award.sources
    .flatMap((source) => (source.kind === 'article' ? [articles.get(source.slug)] : []))
    .filter((article): article is IndexedArticle => article !== undefined);
  candidates.sort(
    (a, b) =>
      Number(b.region === award.region) - Number(a.region === award.region) ||
      a.date.getTime() - b.date.getTime() ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  return candidates[0]?.slug;
}

export function indexAwards(awards: readonly ComputedAward[], articles: readonly IndexedArticle[]): AwardIndex {
  const byKey = new Map(awards.map((award) => [awardKey(award.scheme, award.year, award.region), award]));
  const articleMap = new Map(articles.map((article) => [article.slug, article]));

  const regions = new Set(awards.map((award) => award.region));
  const byRegion = new Map([...regions].sort().map((region) => [region, decideAwardHistory(awards, region)]));

  const editions = new Map<string, { scheme: string; year: number }>();
  for (const award of awards) editions.set(`${award.scheme}/${award.year}`, { scheme: award.scheme, year: award.year });
  const byEdition = new Map([...editions].map(([key, { scheme, year }]) => [key, decideLeaderboard(awards, scheme, year)]));

  const yearsByScheme = new Map<string, number[]>();
  for (const { scheme, year } of editions.values()) {
    const list = yearsByScheme.get(scheme);
    if (list) list.push(year);
    else yearsByScheme.set(scheme, [year]);
  }
  for (const years of yearsByScheme.values()) years.sort((a, b) => a - b);

  const sources = new Map<ComputedAward, string | undefined>();
  return {
    awards,
    byRegion,
    byEdition,
    yearsByScheme,
    forArticle(slug) {
      const article = articleMap.get(slug);
      if (!article) return [];
      const found: ComputedAward[] = [];
      for (const claim of article.awards) {
        const region = claim.region ?? article.region;
        const award = region ? byKey.get(awardKey(claim.scheme, claim.year, region)) : undefined;
        if (award && !found.includes(award)) found.push(award);
      }
      return found;
    },
    sourceArticle(award) {
      if (!sources.has(award)) sources.set(award, decideSourceArticle(award, articleMap));
      return sources.get(award);
    },
    latest(region) {
      const history = byRegion.get(region) ?? [];
      return history.reduce<ComputedAward | undefined>((best, award) => (!best || award.year > best.year ? award : best), undefined);
    },
  };
}
