/**
 * Which articles are public and how they group, decided once so pages only arrange.
 * Pure: src/astro-glue/site.ts passes in collections and the build time.
 */
import { isPublished, decidePublishState, compareNewestFirst } from './publish.ts';
import { slugify } from '../schemas/slug.ts';
import { DEFAULT_TIME_ZONE, type TimeZoneName } from '../schemas/datetime.ts';
import { articlePath } from './routes.ts';

export interface RegionInfo {
  id: string;
  name: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  province?: string | undefined;
  shortName?: string | undefined;
  capital?: string | undefined;
  timezone?: string | undefined;
  description?: string | undefined;
}

export interface AuthorInfo {
  id: string;
  name: string;
  role?: string | undefined;
  bio?: string | undefined;
  base?: string | undefined;
}

export interface ArticleInput<TImage = unknown> {
  slug: string;
  /** Source file, project-relative (award provenance, error messages). */
  file: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date | undefined;
  author: string;
  editor?: string | undefined;
  region?: string | undefined;
  section?: string | undefined;
  tags: string[];
  image?: TImage | undefined;
  imageAlt?: string | undefined;
  imageCredit?: string | undefined;
  related: string[];
  draft: boolean;
  awards: { scheme: string; year: number; region?: string | undefined }[];
  /** What the compiler learned of the body: Baca Juga slots and placements, length. */
  body: ArticleBodyInfo;
}

export interface ArticleBodyInfo {
  /** Paragraph counts after which an automatic Baca Juga may go. */
  slots: number[];
  /** Slugs placed explicitly with `<BacaJuga>`. */
  bacaJuga: string[];
  /** Paragraphs before each explicit `<BacaJuga>`. */
  bacaJugaPositions: number[];
  paragraphs: number;
  words: number;
  /** `<Catatan>` corrections and updates in the body: ISO instants, in body order. */
  notes: { date: string; kind: 'koreksi' | 'pembaruan' }[];
}

export interface Tag {
  slug: string;
  /** As a journalist first wrote it (the most common spelling wins). */
  name: string;
}

export interface ArticleView<TImage = unknown> extends Omit<ArticleInput<TImage>, 'author' | 'editor' | 'region' | 'tags'> {
  url: string;
  author: AuthorInfo;
  editor?: AuthorInfo | undefined;
  region?: RegionInfo | undefined;
  province?: RegionInfo | undefined;
  timeZone: TimeZoneName;
  tags: Tag[];
  publishState: 'published' | 'draft' | 'scheduled';
  readingMinutes: number;
  /**
   * The effective `dateModified`: the latest of `updated` and the body's
   * `<Catatan>` dates; undefined when the article was never updated.
   */
  modified?: Date | undefined;
}

export interface SiteModel<TImage = unknown> {
  /** Articles shown in this build, newest first (only published ones unless previewing). */
  articles: ArticleView<TImage>[];
  bySlug: Map<string, ArticleView<TImage>>;
  byRegion: Map<string, ArticleView<TImage>[]>;
  /** A province's page lists its regencies' and cities' articles too. */
  byProvince: Map<string, ArticleView<TImage>[]>;
  byTag: Map<string, ArticleView<TImage>[]>;
  tags: Map<string, Tag>;
  byAuthor: Map<string, ArticleView<TImage>[]>;
  bySection: Map<string, ArticleView<TImage>[]>;
  regions: Map<string, RegionInfo>;
  /** Ids of the regions with a file in content/regions/ (the rest come from idn-area-data alone). */
  regionFiles?: ReadonlySet<string> | undefined;
  authors: Map<string, AuthorInfo>;
}

/** A region's time zone: its own, else its province's, else WIB. */
export function decideTimeZone(region: RegionInfo | undefined, regions: Map<string, RegionInfo>): TimeZoneName {
  const own = region?.timezone ?? (region?.province ? regions.get(region.province)?.timezone : undefined);
  return own === 'WIB' || own === 'WITA' || own === 'WIT' ? own : DEFAULT_TIME_ZONE;
}

/**
 * Regions that get a page and feed: with an article or result, with a file in content/regions/
 * (readers may subscribe before the first story), and their provinces; never the hundreds of
 * known regions nobody wrote about.
 */
export function decideRegionsWithContent(site: Pick<SiteModel, 'regions' | 'byRegion' | 'byProvince' | 'regionFiles'>, awardRegions: Iterable<string>): RegionInfo[] {
  const ids = new Set([...site.byRegion.keys(), ...site.byProvince.keys(), ...awardRegions, ...(site.regionFiles ?? [])]);
  for (const id of [...ids]) {
    const province = site.regions.get(id)?.province;
    if (province) ids.add(province);
  }
  return [...ids].sort().flatMap((id) => {
    const region = site.regions.get(id);
    return region ? [region] : [];
  });
}

/** The province a region belongs to (a province belongs to itself). */
export function decideProvince(region: RegionInfo | undefined, regions: Map<string, RegionInfo>): RegionInfo | undefined {
  if (!region) return undefined;
  if (region.type === 'provinsi') return region;
  return region.province ? regions.get(region.province) : undefined;
}

/** The latest of `updated` and the notes' dates, if any is after `date`; else undefined. */
export function decideModified(article: { date: Date; updated?: Date | undefined; body: Pick<ArticleBodyInfo, 'notes'> }): Date | undefined {
  let latest = article.updated;
  for (const note of article.body.notes) {
    const date = new Date(note.date);
    if (!latest || date.getTime() > latest.getTime()) latest = date;
  }
  return latest && latest.getTime() > article.date.getTime() ? latest : undefined;
}

/** About 200 words a minute, never "0 menit". */
export function decideReadingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The display spelling of each tag slug: the most used, ties to the first seen. */
function decideTagNames(articles: ArticleInput[]): Map<string, Tag> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const name of article.tags) {
      const slug = slugify(name);
      if (!slug) continue;
      const spellings = counts.get(slug) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      counts.set(slug, spellings);
    }
  }
  const tags = new Map<string, Tag>();
  for (const [slug, spellings] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [name, count] of spellings) {
      if (count > bestCount) {
        best = name;
        bestCount = count;
      }
    }
    tags.set(slug, { slug, name: best });
  }
  return tags;
}

export interface DecideSiteOptions<TImage> {
  articles: ArticleInput<TImage>[];
  regions: Map<string, RegionInfo>;
  /** Ids of the regions with a file in content/regions/. */
  regionFiles?: ReadonlySet<string> | undefined;
  authors: Map<string, AuthorInfo>;
  now: Date;
  /** `astro dev`: include drafts and scheduled articles, flagged for a banner. */
  preview?: boolean;
  /** URL prefix (Astro's `base`), e.g. `/` or `/portal/`. */
  base?: string;
}

export function decideSite<TImage>(options: DecideSiteOptions<TImage>): SiteModel<TImage> {
  const { regions, authors, now } = options;
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const visible = options.preview ? options.articles : options.articles.filter((article) => isPublished(article, now));
  const tags = decideTagNames(visible);
  const views: ArticleView<TImage>[] = visible.map((article) => {
    const region = article.region ? regions.get(article.region) : undefined;
    const author = authors.get(article.author);
    if (!author) throw new Error(`${article.slug}: author "${article.author}" unknown (the content check should have caught this)`);
    return {
      ...article,
      url: `${base}${articlePath(article.slug)}`,
      author,
      editor: article.editor ? authors.get(article.editor) : undefined,
      region,
      province: decideProvince(region, regions),
      timeZone: decideTimeZone(region, regions),
      tags: [...new Map(article.tags.map((name) => [slugify(name), tags.get(slugify(name))!])).values()].filter(Boolean),
      publishState: decidePublishState(article, now),
      readingMinutes: decideReadingMinutes(article.body.words),
      modified: decideModified(article),
    };
  });
  views.sort(compareNewestFirst);

  const model: SiteModel<TImage> = {
    articles: views,
    bySlug: new Map(views.map((view) => [view.slug, view])),
    byRegion: new Map(),
    byProvince: new Map(),
    byTag: new Map(),
    tags,
    byAuthor: new Map(),
    bySection: new Map(),
    regions,
    regionFiles: options.regionFiles,
    authors,
  };
  for (const view of views) {
    if (view.region) pushTo(model.byRegion, view.region.id, view);
    if (view.province) pushTo(model.byProvince, view.province.id, view);
    for (const tag of view.tags) pushTo(model.byTag, tag.slug, view);
    pushTo(model.byAuthor, view.author.id, view);
    if (view.editor && view.editor.id !== view.author.id) pushTo(model.byAuthor, view.editor.id, view);
    if (view.section) pushTo(model.bySection, view.section, view);
  }
  return model;
}
