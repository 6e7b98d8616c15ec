/**
 * Astro glue for awards: computes them once per build from the PUBLISHED
 * articles (the site model's publish rule) and the results tables, and
 * indexes them for badges, region histories, leaderboards and /lencana/.
 * The content check has already run the same engine over every source
 * (drafts included), so a disagreement here is a bug, not bad input.
 */
import { getCollection } from 'astro:content';
import { computeAwards, type AwardSource, type ComputedAward } from '../model/awards/engine.ts';
import { parseResultsTable } from '../model/awards/results-table.ts';
import { decideArticleAwardSources } from '../model/awards/sources.ts';
import { indexAwards, type AwardIndex } from '../model/awards/award-index.ts';
import { formatProblem } from '../model/problem.ts';
import type { SchemeData } from '../schemas/scheme.ts';
import type { AwardClaim } from '../schemas/article.ts';
import { getSite, url, type Article } from './site.ts';
import { badgePath, leaderboardPath, regionPath, schemePath, schemesPath } from '../model/routes.ts';

export interface Awards extends AwardIndex {
  /** Scheme id -> scheme, sorted by id. */
  schemes: Map<string, SchemeData>;
  /** The published article that reports a result, or undefined for a table-only result. */
  sourceArticleOf(award: ComputedAward): Article | undefined;
}

let awardsPromise: Promise<Awards> | undefined;

async function loadAwards(): Promise<Awards> {
  const [site, schemeEntries, tables] = await Promise.all([getSite(), getCollection('schemes'), getCollection('results')]);
  const schemes = new Map<string, SchemeData>(
    schemeEntries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((entry) => [entry.id, entry.data]),
  );
  const published = site.articles.map((article) => ({
    slug: article.slug,
    file: article.file,
    region: article.region?.id,
    date: article.date,
    awards: article.awards as AwardClaim[],
  }));
  const sources: AwardSource[] = decideArticleAwardSources(published);
  for (const table of tables) {
    const parsed = parseResultsTable(table.data.text, table.data.file, table.data.scheme, table.data.year);
    sources.push(...parsed.sources);
  }
  const { awards, problems } = computeAwards(schemes, sources, { regions: new Set(site.regions.keys()) });
  if (problems.length > 0) {
    throw new Error(`Award computation disagrees with the content check:\n${problems.map(formatProblem).join('\n')}`);
  }
  const index = indexAwards(awards, published);
  return {
    ...index,
    schemes,
    sourceArticleOf(award) {
      const slug = index.sourceArticle(award);
      return slug ? site.bySlug.get(slug) : undefined;
    },
  };
}

/** Awards computed once per build (pages share the promise). */
export function getAwards(): Promise<Awards> {
  awardsPromise ??= loadAwards();
  return awardsPromise;
}

/** The scheme of an award; the engine only computes awards of known schemes. */
export function schemeOf(awards: Awards, award: Pick<ComputedAward, 'scheme'>): SchemeData {
  const scheme = awards.schemes.get(award.scheme);
  if (!scheme) throw new Error(`Unknown scheme ${award.scheme}`);
  return scheme;
}

/** Site-relative URLs of award pages (base-path safe). */
export const awardUrls = {
  schemes: () => url(schemesPath()),
  scheme: (scheme: string) => url(schemePath(scheme)),
  leaderboard: (scheme: string, year: number) => url(leaderboardPath(scheme, year)),
  region: (region: string) => url(regionPath(region)),
  badge: (award: Pick<ComputedAward, 'scheme' | 'year' | 'region'>) => url(badgePath(award)),
};
