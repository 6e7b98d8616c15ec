/**
 * A region's feed, for every region page (a province's carries its regencies'
 * and cities' news, as its page does). A region with results but no news
 * yet gets a valid empty feed, so readers can subscribe before the first story.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Site } from '../../../astro-glue/site.ts';
import { feedResponse } from '../../../astro-glue/feeds.ts';
import { feedKey } from '../../../astro-glue/page-keys.ts';
import { decideRegionArticles, type FeedSubject } from '../../../model/feed.ts';
import { decideRegionsWithContent } from '../../../model/site-model.ts';
import { getAwards } from '../../../astro-glue/awards.ts';

function regionFeed(site: Site, id: string) {
  const region = site.regions.get(id)!;
  const subject: FeedSubject = { kind: 'region', id: region.id, name: region.name };
  return { subject, candidates: decideRegionArticles(region, site.byRegion, site.byProvince) };
}

export const getStaticPaths = (async () => {
  const [site, awards] = await Promise.all([getSite(), getAwards()]);
  return Promise.all(
    decideRegionsWithContent(site, awards.byRegion.keys()).map(async ({ id: region }) => {
      const { subject, candidates } = regionFeed(site, region);
      return { params: { region }, cacheKey: await feedKey(subject, candidates) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { subject, candidates } = regionFeed(await getSite(), params.region!);
  return feedResponse(subject, candidates);
};
