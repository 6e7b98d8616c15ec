/**
 * An award scheme's feed: articles reporting a result of that scheme, for
 * every scheme (beside the scheme's page, src/pages/penghargaan/[scheme]/).
 * A scheme no published article reports yet gets a valid empty feed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Site } from '../../../astro-glue/site.ts';
import { getAwards, type Awards } from '../../../astro-glue/awards.ts';
import { feedResponse } from '../../../astro-glue/feeds.ts';
import { feedKey } from '../../../astro-glue/page-keys.ts';
import { decideSchemeArticles, type FeedSubject } from '../../../model/feed.ts';

function schemeFeed(site: Site, awards: Awards, id: string) {
  const subject: FeedSubject = { kind: 'scheme', id, name: awards.schemes.get(id)!.shortName };
  return { subject, candidates: decideSchemeArticles(site.articles, id) };
}

export const getStaticPaths = (async () => {
  const [site, awards] = await Promise.all([getSite(), getAwards()]);
  return Promise.all(
    [...awards.schemes.keys()].map(async (scheme) => {
      const { subject, candidates } = schemeFeed(site, awards, scheme);
      return { params: { scheme }, cacheKey: await feedKey(subject, candidates) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [site, awards] = await Promise.all([getSite(), getAwards()]);
  const { subject, candidates } = schemeFeed(site, awards, params.scheme!);
  return feedResponse(subject, candidates);
};
