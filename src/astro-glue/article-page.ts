/**
 * Astro glue for article pages (`/berita/<slug>/`) and their feed items: one
 * function decides everything the page and its components render that is not
 * a function of the `Article` itself, and the page's cacheKey is the digest of
 * exactly those props (articles by their card), so nothing a page shows can be
 * left out of its key. The props hold references to objects the build keeps
 * anyway (articles, awards, schemes, related links), never copies of bodies.
 */
import { getEntry } from 'astro:content';
import { oncePerKey } from '../utils/once-per-key.ts';
import type { ComputedAward } from '../model/awards/engine.ts';
import type { LencanaRef } from '../mdx/compile-article.ts';
import type { StoredMetadata } from '../loaders/articles.ts';
import type { SchemeData } from '../schemas/scheme.ts';
import { cardDigest, digestOf } from './page-key.ts';
import { getSite, type Article, type Site } from './site.ts';
import { getArticleLinks } from './related.ts';
import { getAwards, schemeOf, type Awards } from './awards.ts';
import { decideShareImage, type ShareImage } from './seo.ts';

/** One award as a badge shows it (AwardBadge, LencanaInline). */
export interface AwardBadgeProps {
  /** The award as the engine computed it (grade, zone, streak, rank...). */
  award: ComputedAward;
  /** Its scheme. */
  scheme: SchemeData;
  /** The award's region's name; undefined for a region the site does not know. */
  regionName: string | undefined;
}

/** A `<Lencana>` in the body, resolved: the badge of `scheme` `year` for `region`. */
export interface LencanaBadge extends AwardBadgeProps {
  /** The `skema` the journalist wrote. */
  schemeId: string;
  /** The `tahun` the journalist wrote. */
  year: number;
  /** The region it names, or the article's when it names none. */
  region: string | undefined;
}

export interface ArticlePageProps {
  /** The article: its fields (cards) and its body's stats. */
  article: Article;
  /** Digest of the compiled body ArticleBody renders (its text, the compiler and its images). */
  bodyDigest: string | number | undefined;
  /** The award box: every award this article reports. */
  awards: readonly AwardBadgeProps[];
  /** Every `<Lencana>` badge of the body (BodyMarkers looks them up by scheme, year and region). */
  lencana: readonly LencanaBadge[];
  /** Automatic Baca Juga blocks: slot paragraph -> slug (the related chooser's decision, shared with it). */
  bacaJugaSlots: ReadonlyMap<number, string>;
  /** The published article behind each inline Baca Juga slug, explicit and automatic (an unknown slug renders nothing). */
  bacaJugaTargets: readonly Article[];
  /** Berita Terkait, in order. */
  terkait: readonly Article[];
  /** The page's share image (badge card, lead image or the site's default). */
  shareImage: ShareImage;
}

const NONE: readonly never[] = Object.freeze([]);

/** An award with what its badge shows besides it. */
export function badgeOf(awards: Awards, site: Site, award: ComputedAward): AwardBadgeProps {
  return { award, scheme: schemeOf(awards, award), regionName: site.regions.get(award.region)?.name };
}

/** Each distinct `<Lencana>` of the body (a badge written twice is resolved once). */
function resolveLencana(refs: readonly LencanaRef[], article: Article, awards: Awards, site: Site): LencanaBadge[] {
  const badges = new Map<string, LencanaBadge>();
  for (const ref of refs) {
    const region = ref.region ?? article.region?.id;
    const id = `${ref.scheme}/${ref.year}/${region}`;
    if (badges.has(id)) continue;
    const award = awards.byEdition.get(`${ref.scheme}/${ref.year}`)?.find((candidate) => candidate.region === region);
    // The content check guarantees the result (tests/build/newsroom.test.ts).
    if (!award) throw new Error(`${article.file}: <Lencana skema="${ref.scheme}" tahun="${ref.year}"> has no computed award for ${region}`);
    badges.set(id, { ...badgeOf(awards, site, award), schemeId: ref.scheme, year: ref.year, region });
  }
  return [...badges.values()];
}

async function decide(article: Article): Promise<ArticlePageProps> {
  const [entry, awards, site, links, shareImage] = await Promise.all([
    getEntry('articles', article.slug),
    getAwards(),
    getSite(),
    getArticleLinks(article),
    decideShareImage(article),
  ]);
  const stored = entry?.rendered?.metadata?.frontmatter as unknown as StoredMetadata | undefined;
  const reported = awards.forArticle(article.slug);
  const lencana = stored?.body.lencana ?? [];
  const inline = new Set([...article.body.bacaJuga, ...links.placements.values()]);
  const bacaJugaTargets = [...inline].flatMap((slug) => site.bySlug.get(slug) ?? []);
  return {
    article,
    bodyDigest: entry?.digest,
    awards: reported.length > 0 ? reported.map((award) => badgeOf(awards, site, award)) : NONE,
    lencana: lencana.length > 0 ? resolveLencana(lencana, article, awards, site) : NONE,
    bacaJugaSlots: links.placements,
    bacaJugaTargets: bacaJugaTargets.length > 0 ? bacaJugaTargets : NONE,
    terkait: links.terkait,
    shareImage,
  };
}

/** The resolved badge of one `<Lencana>` of the body (BodyMarkers fills the marker with it). */
export function findLencanaBadge(props: Pick<ArticlePageProps, 'article' | 'lencana'>, ref: { scheme: string; year: number; region?: string | undefined }): LencanaBadge {
  const region = ref.region ?? props.article.region?.id;
  const badge = props.lencana.find((candidate) => candidate.schemeId === ref.scheme && candidate.year === ref.year && candidate.region === region);
  // decideArticlePage resolved every <Lencana> of this body.
  if (!badge) throw new Error(`${props.article.file}: <Lencana skema="${ref.scheme}" tahun="${ref.year}"> has no computed award for ${region}`);
  return badge;
}

const pagesOnce = oncePerKey<Promise<ArticlePageProps>>();

/** Decided once per article per build: its page, its feed items and their keys all ask. */
export function decideArticlePage(article: Article): Promise<ArticlePageProps> {
  return pagesOnce(article.slug, () => decide(article));
}

const keys = new WeakMap<ArticlePageProps, string>();

/**
 * The cacheKey of `/berita/<slug>/` (and of the article's feed item): the
 * digest of its props, every article in them by its card, the page's own
 * article by its card and its body's stats.
 */
export function articlePropsKey(props: ArticlePageProps): string {
  let key = keys.get(props);
  if (key === undefined) {
    key = digestOf({
      ...props,
      article: { card: cardDigest(props.article), body: props.article.body },
      bacaJugaTargets: props.bacaJugaTargets.map(cardDigest),
      terkait: props.terkait.map(cardDigest),
    });
    keys.set(props, key);
  }
  return key;
}
