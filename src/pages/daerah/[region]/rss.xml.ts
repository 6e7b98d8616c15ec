/**
 * A region's feed, for every region page (a province's carries its regencies'
 * and cities' news, as its page does). A region without news gets a valid
 * empty feed, so readers can subscribe before the first story.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { feedResponse } from '../../../data/feeds.ts';
import { decideRegionArticles } from '../../../model/feed.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.regions.keys()].map((region) => ({ params: { region } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const region = site.regions.get(params.region!)!;
  return feedResponse({ kind: 'region', id: region.id, name: region.name }, decideRegionArticles(region, site.byRegion, site.byProvince));
};
