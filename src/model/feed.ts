/**
 * What goes into an RSS feed (portal, region, topic, award scheme); the endpoints in
 * `src/pages/**\/rss.xml.ts` render it. A feed exists wherever its page does: an empty
 * region feed is valid RSS and lets a reader subscribe before the first story.
 */
import { compareNewestFirst } from './publish.ts';
import { escapeHtml } from '../utils/html.ts';
import { homePath, portalFeedPath, regionFeedPath, regionPath, schemeFeedPath, schemePath, topicFeedPath, topicPath } from './routes.ts';

export const FEED_LIMIT = 50;

/** RSS `<language>`: the portal writes in Indonesian. */
export const FEED_LANGUAGE = 'id';

/** Whose news a feed follows. */
export type FeedSubject =
  | { kind: 'portal' }
  | { kind: 'region'; id: string; name: string }
  | { kind: 'topic'; slug: string; name: string }
  | { kind: 'scheme'; id: string; name: string };

export interface FeedChannel {
  /** Channel title, also the `<link rel="alternate">` title. */
  title: string;
  description: string;
  /** The page the feed follows, under the base (`daerah/musi-banyuasin/`). */
  pagePath: string;
  /** The feed, under the base (`daerah/musi-banyuasin/rss.xml`). */
  feedPath: string;
  /** What a reader follows, for the visible invitation (`berita Kabupaten Musi Banyuasin`). */
  follows: string;
}

/** Title, description and paths of a feed; pages and endpoints both ask here. */
export function decideFeedChannel(subject: FeedSubject, siteName: string): FeedChannel {
  switch (subject.kind) {
    case 'portal':
      return {
        title: siteName,
        description: `Berita terbaru ${siteName}: kabar prestasi dan pelayanan publik daerah.`,
        pagePath: homePath(),
        feedPath: portalFeedPath(),
        follows: `berita terbaru ${siteName}`,
      };
    case 'region':
      return {
        title: `${siteName}: ${subject.name}`,
        description: `Berita terbaru tentang ${subject.name} di ${siteName}.`,
        pagePath: regionPath(subject.id),
        feedPath: regionFeedPath(subject.id),
        follows: `berita ${subject.name}`,
      };
    case 'topic':
      return {
        title: `${siteName}: Topik ${subject.name}`,
        description: `Berita terbaru bertopik ${subject.name} di ${siteName}.`,
        pagePath: topicPath(subject.slug),
        feedPath: topicFeedPath(subject.slug),
        follows: `berita bertopik ${subject.name}`,
      };
    case 'scheme':
      return {
        title: `${siteName}: Penghargaan ${subject.name}`,
        description: `Berita terbaru tentang penghargaan ${subject.name} di ${siteName}.`,
        pagePath: schemePath(subject.id),
        feedPath: schemeFeedPath(subject.id),
        follows: `berita penghargaan ${subject.name}`,
      };
  }
}

/** The XML namespaces our feeds use (`content:encoded`, `atom:link rel=self`, `dc:creator`). */
export const FEED_NAMESPACES = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** What the feed needs to know of an article (a subset of the site model's `ArticleView`). */
export interface FeedArticle {
  slug: string;
  /** Page path under the base, e.g. `/berita/slug/`. */
  url: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date | undefined;
  author: { name: string };
  region?: { id: string; name: string; type?: string } | undefined;
  tags: { slug: string; name: string }[];
  awards: { scheme: string; year: number }[];
  publishState: 'published' | 'draft' | 'scheduled';
}

/** Not even in preview (`astro dev`) do drafts or scheduled articles reach a feed: a reader would not see the banner. */
export function decideFeedArticles<T extends FeedArticle>(articles: readonly T[], limit: number = FEED_LIMIT): T[] {
  return articles.filter((article) => article.publishState === 'published').sort(compareNewestFirst).slice(0, limit);
}

/** As the region page lists them: a province's feed carries its regencies' and cities' news too. */
export function decideRegionArticles<T>(
  region: { id: string; type: string },
  byRegion: ReadonlyMap<string, readonly T[]>,
  byProvince: ReadonlyMap<string, readonly T[]>,
): T[] {
  return [...((region.type === 'provinsi' ? byProvince.get(region.id) : byRegion.get(region.id)) ?? [])];
}

/** Articles reporting a result of `scheme` (any year, any region). */
export function decideSchemeArticles<T extends Pick<FeedArticle, 'awards'>>(articles: readonly T[], scheme: string): T[] {
  return articles.filter((article) => article.awards.some((award) => award.scheme === scheme));
}

/** Item categories: the tags as written, then the region; no repeats. */
export function decideFeedCategories(article: Pick<FeedArticle, 'tags' | 'region'>): string[] {
  const names = [...article.tags.map((tag) => tag.name), ...(article.region ? [article.region.name] : [])];
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase('id');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Removes characters XML 1.0 cannot carry (C0 controls other than tab and
 * newlines, lone surrogates, U+FFFE/U+FFFF): one stray control character in a
 * title would make the whole feed unreadable.
 */
export function toXmlSafeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** One `<item>` in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  /** Absolute permalink; also the guid (`isPermaLink="true"`). */
  link: string;
  /** The lead, as plain text. */
  description: string;
  pubDate: Date;
  categories: string[];
  /** Full article HTML (feed-safe, absolute URLs). */
  content: string;
  /** `<dc:creator>` (see `renderItemExtras`). */
  customData: string;
}

/**
 * RSS 2.0 `<author>` must be an e-mail address, and the newsroom publishes no
 * addresses, so the writer's name goes into Dublin Core's `<dc:creator>`,
 * which every major reader shows as the author.
 */
export function renderItemExtras(article: Pick<FeedArticle, 'author'>): string {
  return `<dc:creator>${escapeHtml(toXmlSafeText(article.author.name))}</dc:creator>`;
}

export interface DecideFeedItemOptions {
  /** The site's origin plus nothing else, e.g. `https://warta-prestasi.example`; `article.url` carries the base. */
  origin: string;
  /** Feed-safe body HTML. */
  content: string;
}

export function decideFeedItem(article: FeedArticle, options: DecideFeedItemOptions): FeedItem {
  return {
    title: toXmlSafeText(article.title),
    link: new URL(article.url, options.origin).href,
    description: toXmlSafeText(article.description),
    pubDate: article.date,
    categories: decideFeedCategories(article).map(toXmlSafeText),
    content: toXmlSafeText(options.content),
    customData: renderItemExtras(article),
  };
}

/**
 * `<lastBuildDate>`: when the channel's content last changed, i.e. the newest
 * publication or update among its items. Derived from content, not the clock,
 * so an unchanged site rebuilds to the same bytes. Undefined for an empty feed.
 */
export function decideLastBuildDate(articles: readonly Pick<FeedArticle, 'date' | 'updated'>[]): Date | undefined {
  let newest: Date | undefined;
  for (const article of articles) {
    const changed = article.updated && article.updated > article.date ? article.updated : article.date;
    if (!newest || changed > newest) newest = changed;
  }
  return newest;
}

export interface ChannelImage {
  /** Absolute URL of a GIF, JPEG or PNG, at most 144 wide and 400 high (RSS 2.0). */
  url: string;
  title: string;
  /** Absolute URL the image links to (the channel's page). */
  link: string;
  width: number;
  height: number;
}

export interface ChannelExtras {
  /** Absolute URL of this feed, for `<atom:link rel="self">`. */
  selfUrl: string;
  lastBuildDate?: Date | undefined;
  image: ChannelImage;
}

/** The channel elements `@astrojs/rss` takes as `customData`, escaped. */
export function renderChannelExtras(extras: ChannelExtras): string {
  const text = (value: string) => escapeHtml(toXmlSafeText(value));
  const { image } = extras;
  return [
    `<language>${FEED_LANGUAGE}</language>`,
    `<atom:link href="${text(extras.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    extras.lastBuildDate ? `<lastBuildDate>${extras.lastBuildDate.toUTCString()}</lastBuildDate>` : '',
    `<image><url>${text(image.url)}</url><title>${text(image.title)}</title><link>${text(image.link)}</link>` +
      `<width>${image.width}</width><height>${image.height}</height></image>`,
  ].join('');
}
