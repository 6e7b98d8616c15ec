/**
 * schema.org structured data for article pages: a `NewsArticle` and the
 * page's `BreadcrumbList`, as plain objects ready for
 * `serializeJsonLd` (src/utils/json-ld.ts). Pure: callers pass absolute URLs
 * and already-decided values; dates carry the article's own time zone offset.
 */
import { toIsoWithOffset } from './datetime.ts';
import { type TimeZoneName } from '../schemas/datetime.ts';

export const SCHEMA_CONTEXT = 'https://schema.org';

export interface PublisherInput {
  name: string;
  /** Absolute URL of the portal's front page. */
  url: string;
  /** Absolute URL of the logo (at most 600x60 recommended by Google for news). */
  logoUrl: string;
  logoWidth: number;
  logoHeight: number;
}

export interface PersonInput {
  name: string;
  /** Absolute URL of the person's page on the portal. */
  url?: string | undefined;
}

export interface NewsArticleInput {
  /** Absolute URL of the article page (canonical). */
  url: string;
  headline: string;
  description: string;
  date: Date;
  updated?: Date | undefined;
  timeZone: TimeZoneName;
  author: PersonInput;
  editor?: PersonInput | undefined;
  /** Absolute URLs of the lead image, largest first; the default image when the article has none. */
  images: string[];
  section?: string | undefined;
  keywords: string[];
  /** Where the story happens, e.g. `Kabupaten Musi Banyuasin`. */
  place?: string | undefined;
  wordCount?: number | undefined;
  publisher: PublisherInput;
}

function person(input: PersonInput): Record<string, unknown> {
  return { '@type': 'Person', name: input.name, ...(input.url ? { url: input.url } : {}) };
}

/** The `NewsArticle` object Google and news aggregators read. */
export function decideNewsArticle(input: NewsArticleInput): Record<string, unknown> {
  const modified = input.updated && input.updated > input.date ? input.updated : input.date;
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${input.url}#berita`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    image: input.images,
    datePublished: toIsoWithOffset(input.date, input.timeZone),
    dateModified: toIsoWithOffset(modified, input.timeZone),
    author: [person(input.author)],
    ...(input.editor ? { editor: person(input.editor) } : {}),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logoUrl, width: input.publisher.logoWidth, height: input.publisher.logoHeight },
    },
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length ? { keywords: input.keywords } : {}),
    ...(input.place ? { contentLocation: { '@type': 'AdministrativeArea', name: input.place } } : {}),
    ...(input.wordCount ? { wordCount: input.wordCount } : {}),
    inLanguage: 'id',
    isAccessibleForFree: true,
  };
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** A `BreadcrumbList` from the front page down to the current page. */
export function decideBreadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/**
 * An article's trail: Beranda › its region (when it has one) or the index ›
 * the article. `paths` are absolute URLs the caller builds with the base.
 */
export function decideArticleCrumbs(input: {
  home: string;
  index: string;
  region?: { name: string; url: string } | undefined;
  article: { title: string; url: string };
}): Crumb[] {
  return [
    { name: 'Beranda', url: input.home },
    input.region ? { name: input.region.name, url: input.region.url } : { name: 'Indeks Berita', url: input.index },
    { name: input.article.title, url: input.article.url },
  ];
}
