/**
 * The Google News sitemap (`/sitemap-news.xml`): only the last two days, at most 1,000 URLs,
 * as Google asks. An empty `<urlset>` is valid and is what a quiet newsroom gets.
 */
import { compareNewestFirst } from './publish.ts';
import { toIsoWithOffset } from './datetime.ts';
import { type TimeZoneName } from '../schemas/datetime.ts';
import { toXmlSafeText } from './feed.ts';
import { escapeHtml } from '../utils/html.ts';

/** Google News looks back this far. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Google News reads at most this many URLs per sitemap. */
export const NEWS_SITEMAP_LIMIT = 1000;

export interface NewsSitemapArticle {
  slug: string;
  url: string;
  title: string;
  date: Date;
  timeZone: TimeZoneName;
  publishState: 'published' | 'draft' | 'scheduled';
}

/** Published articles dated within the window ending at `now` (inclusive), newest first. */
export function decideNewsArticles<T extends NewsSitemapArticle>(articles: readonly T[], now: Date): T[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((article) => article.publishState === 'published' && article.date.getTime() <= now.getTime() && article.date.getTime() >= from)
    .sort(compareNewestFirst)
    .slice(0, NEWS_SITEMAP_LIMIT);
}

export interface NewsSitemapOptions {
  /** Site origin, e.g. `https://warta-prestasi.example` (`article.url` carries the base). */
  origin: string;
  publicationName: string;
}

export function renderNewsSitemap(articles: readonly NewsSitemapArticle[], options: NewsSitemapOptions): string {
  const text = (value: string) => escapeHtml(toXmlSafeText(value));
  const urls = articles.map(
    (article) =>
      `<url><loc>${text(new URL(article.url, options.origin).href)}</loc><news:news><news:publication>` +
      `<news:name>${text(options.publicationName)}</news:name><news:language>id</news:language></news:publication>` +
      `<news:publication_date>${toIsoWithOffset(article.date, article.timeZone)}</news:publication_date>` +
      `<news:title>${text(article.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    urls.join('') +
    '</urlset>\n'
  );
}
