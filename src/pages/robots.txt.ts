/**
 * robots.txt: everything may be crawled; the sitemaps say what to index.
 * Search result URLs (`/cari/?q=…`) are not blocked here (a blocked page cannot
 * tell crawlers anything): their canonical link points to the bare `/cari/`.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../astro-glue/seo.ts';
import { newsSitemapPath, sitemapIndexPath } from '../model/routes.ts';

export const GET: APIRoute = () => {
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl(sitemapIndexPath())}`,
    `Sitemap: ${absoluteUrl(newsSitemapPath())}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
