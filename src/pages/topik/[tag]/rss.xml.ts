/** A topic's feed, for every topic page (topics exist only where articles are). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Site } from '../../../astro-glue/site.ts';
import { feedResponse } from '../../../astro-glue/feeds.ts';
import { feedKey } from '../../../astro-glue/page-keys.ts';
import type { FeedSubject } from '../../../model/feed.ts';

function topicFeed(site: Site, slug: string) {
  const tag = site.tags.get(slug)!;
  const subject: FeedSubject = { kind: 'topic', slug: tag.slug, name: tag.name };
  return { subject, candidates: site.byTag.get(tag.slug) ?? [] };
}

export const getStaticPaths = (async () => {
  const site = await getSite();
  return Promise.all(
    [...site.byTag.keys()].map(async (tag) => {
      const { subject, candidates } = topicFeed(site, tag);
      return { params: { tag }, cacheKey: await feedKey(subject, candidates) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { subject, candidates } = topicFeed(await getSite(), params.tag!);
  return feedResponse(subject, candidates);
};
