/**
 * An award scheme's feed: articles reporting a result of that scheme, for
 * every scheme (beside the scheme's page, src/pages/penghargaan/[scheme]/).
 * A scheme no published article reports yet gets a valid empty feed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { getAwards } from '../../../data/awards.ts';
import { feedResponse } from '../../../data/feeds.ts';
import { decideSchemeArticles } from '../../../model/feed.ts';

export const getStaticPaths = (async () => {
  const awards = await getAwards();
  return [...awards.schemes.keys()].map((scheme) => ({ params: { scheme } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [site, awards] = await Promise.all([getSite(), getAwards()]);
  const scheme = awards.schemes.get(params.scheme!)!;
  return feedResponse({ kind: 'scheme', id: params.scheme!, name: scheme.shortName }, decideSchemeArticles(site.articles, params.scheme!));
};
