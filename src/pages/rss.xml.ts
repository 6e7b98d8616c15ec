/** The portal's main feed: the 50 newest published articles, full text. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { feedResponse } from '../data/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return feedResponse({ kind: 'portal' }, site.articles);
};
