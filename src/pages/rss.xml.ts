/** The portal's main feed: the 50 newest published articles, full text. */
import type { APIRoute } from 'astro';
import { getSite } from '../astro-glue/site.ts';
import { feedResponse } from '../astro-glue/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return feedResponse({ kind: 'portal' }, site.articles);
};
