/**
 * Every page, feed and file address the site links to, as a path under the
 * base (no leading slash: `daerah/musi-banyuasin/`). The glue adds the base
 * (`url()` in src/astro-glue/site.ts) or the origin (`absoluteUrl()` in src/astro-glue/seo.ts);
 * a page's file under src/pages/ must answer the same path.
 */

/** The front page and the portal feed. */
export const homePath = (): string => '';
export const portalFeedPath = (): string => 'rss.xml';

export const articlePath = (slug: string): string => `berita/${slug}/`;
export const indexPath = (): string => 'indeks/';
export const openDataPath = (): string => 'data/';
export const searchPath = (): string => 'cari/';
export const sitemapIndexPath = (): string => 'sitemap-index.xml';
export const newsSitemapPath = (): string => 'sitemap-news.xml';

export const regionsPath = (): string => 'daerah/';
export const regionPath = (region: string): string => `daerah/${region}/`;
export const regionFeedPath = (region: string): string => `${regionPath(region)}rss.xml`;
/** A region's award results as open data (`penghargaan.csv` / `.json`). */
export const regionResultsPath = (region: string, format: 'csv' | 'json'): string => `${regionPath(region)}penghargaan.${format}`;

export const topicPath = (slug: string): string => `topik/${slug}/`;
export const topicFeedPath = (slug: string): string => `${topicPath(slug)}rss.xml`;

export const authorPath = (author: string): string => `penulis/${author}/`;

export const schemesPath = (): string => 'penghargaan/';
export const schemePath = (scheme: string): string => `penghargaan/${scheme}/`;
export const schemeFeedPath = (scheme: string): string => `${schemePath(scheme)}rss.xml`;
export const leaderboardPath = (scheme: string, year: number): string => `${schemePath(scheme)}${year}/`;
/** A leaderboard as open data (`<year>.csv` / `.json`). */
export const leaderboardDataPath = (scheme: string, year: number, format: 'csv' | 'json'): string => `${schemePath(scheme)}${year}.${format}`;

/** The embeddable SVG badge of one result. */
export const badgePath = (award: { region: string; scheme: string; year: number }): string => `lencana/${award.region}/${award.scheme}-${award.year}.svg`;
/** The Open Graph card of an article that reports an award. */
export const cardPath = (slug: string): string => `kartu/${slug}.png`;
