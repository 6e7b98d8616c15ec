/** A topic's feed, for every topic page (topics exist only where articles are). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { feedResponse } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.byTag.keys()].map((tag) => ({ params: { tag } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const tag = site.tags.get(params.tag!)!;
  return feedResponse({ kind: 'topic', slug: tag.slug, name: tag.name }, site.byTag.get(tag.slug) ?? []);
};
