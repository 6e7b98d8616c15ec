/**
 * robots.txt: everything may be crawled; the sitemaps say what to index.
 * Search result URLs (`/cari/?q=…`) are not blocked here (a blocked page cannot
 * tell crawlers anything): their canonical link points to the bare `/cari/`.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/seo.ts';

export const GET: APIRoute = () => {
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl('sitemap-index.xml')}`,
    `Sitemap: ${absoluteUrl('sitemap-news.xml')}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
