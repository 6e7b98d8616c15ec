/** Google News sitemap: articles published in the two days before the build (src/model/news-sitemap.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../astro-glue/site.ts';
import { siteOrigin } from '../astro-glue/seo.ts';
import { decideNewsArticles, renderNewsSitemap } from '../model/news-sitemap.ts';
import { BUILD_TIME, SITE_NAME } from '../site-config.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const xml = renderNewsSitemap(decideNewsArticles(site.articles, BUILD_TIME), { origin: siteOrigin().origin, publicationName: SITE_NAME });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
