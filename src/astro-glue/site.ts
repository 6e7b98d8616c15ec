/**
 * Astro glue: reads the collections once per build and hands them to the pure
 * site model. Every page, feed and index asks this module, so they all see
 * the same publish rule and the same grouping.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { decideSite, type SiteModel, type RegionInfo, type AuthorInfo, type ArticleBodyInfo } from '../model/site-model.ts';
import { BUILD_TIME } from '../site-config.ts';

export type ArticleImage = NonNullable<CollectionEntry<'articles'>['data']['image']>;
export type Site = SiteModel<ArticleImage>;
export type Article = Site['articles'][number];

interface StoredBody {
  body?: Partial<ArticleBodyInfo>;
}

let sitePromise: Promise<Site> | undefined;

async function loadSite(): Promise<Site> {
  const [articles, regions, authors] = await Promise.all([
    getCollection('articles'),
    getCollection('regions'),
    getCollection('authors'),
  ]);
  return decideSite<ArticleImage>({
    articles: articles.map((entry) => {
      const body = (entry.rendered?.metadata?.frontmatter as StoredBody | undefined)?.body ?? {};
      return {
        ...entry.data,
        slug: entry.id,
        file: entry.filePath ?? entry.id,
        body: { slots: body.slots ?? [], bacaJuga: body.bacaJuga ?? [], bacaJugaPositions: body.bacaJugaPositions ?? [], paragraphs: body.paragraphs ?? 0, words: body.words ?? 0, notes: body.notes ?? [] },
      };
    }),
    regions: new Map<string, RegionInfo>(regions.map((entry) => [entry.id, { id: entry.id, ...entry.data } as RegionInfo])),
    regionFiles: new Set(regions.filter((entry) => entry.filePath).map((entry) => entry.id)),
    authors: new Map<string, AuthorInfo>(authors.map((entry) => [entry.id, { id: entry.id, ...entry.data }])),
    now: BUILD_TIME,
    preview: import.meta.env.WARTA_PREVIEW === true,
    base: import.meta.env.BASE_URL,
  });
}

/** The site model, computed once per build (pages share the promise). */
export function getSite(): Promise<Site> {
  sitePromise ??= loadSite();
  return sitePromise;
}

/** `path` under Astro's `base`, e.g. `url('daerah/musi-banyuasin/')`. */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}
