/**
 * A region's feed, for every region page (a province's carries its regencies'
 * and cities' news, as its page does). A region without news gets a valid
 * empty feed, so readers can subscribe before the first story.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Site } from '../../../data/site.ts';
import { feedResponse } from '../../../data/feeds.ts';
import { feedKey } from '../../../data/page-keys.ts';
import { decideRegionArticles, type FeedSubject } from '../../../model/feed.ts';

function regionFeed(site: Site, id: string) {
  const region = site.regions.get(id)!;
  const subject: FeedSubject = { kind: 'region', id: region.id, name: region.name };
  return { subject, candidates: decideRegionArticles(region, site.byRegion, site.byProvince) };
}

export const getStaticPaths = (async () => {
  const site = await getSite();
  return Promise.all(
    [...site.regions.keys()].map(async (region) => {
      const { subject, candidates } = regionFeed(site, region);
      return { params: { region }, cacheKey: await feedKey(subject, candidates) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { subject, candidates } = regionFeed(await getSite(), params.region!);
  return feedResponse(subject, candidates);
};
