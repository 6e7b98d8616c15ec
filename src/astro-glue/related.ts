/**
 * Astro glue for related links: builds the related index once per build over
 * the articles this build shows, and decides, per article, the inline Baca
 * Juga placements and the "Berita Terkait" list.
 */
import { getSite, type Article, type Site } from './site.ts';
import { oncePerKey } from '../utils/once-per-key.ts';
import { buildRelatedIndex, decideRelated, type RelatedIndex } from '../model/related.ts';
import { decideBacaJugaPlacement } from '../model/baca-juga-placement.ts';

export const MAX_INLINE = 3;
export const MAX_TERKAIT = 5;

let indexPromise: Promise<{ site: Site; index: RelatedIndex }> | undefined;

async function loadIndex() {
  const site = await getSite();
  const index = buildRelatedIndex(
    site.articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      description: article.description,
      date: article.date,
      region: article.region?.id,
      province: article.province?.id,
      tags: article.tags.map((tag) => tag.slug),
      awards: article.awards.map((award) => ({ scheme: award.scheme, year: award.year })),
      related: article.related,
    })),
  );
  return { site, index };
}

export interface ArticleLinks {
  /** Paragraph count -> slug for automatic inline blocks. */
  placements: Map<number, string>;
  /** End-of-article list, none repeated from the inline blocks. */
  terkait: Article[];
}

const linksOnce = oncePerKey<Promise<ArticleLinks>>();

/** Decided once per article per build: its page, its feed item and its cache key all ask. */
export function getArticleLinks(article: Article): Promise<ArticleLinks> {
  return linksOnce(article.slug, () => decideArticleLinks(article));
}

async function decideArticleLinks(article: Article): Promise<ArticleLinks> {
  indexPromise ??= loadIndex();
  const { site, index } = await indexPromise;
  const candidates = decideRelated(index, article.slug, MAX_INLINE + MAX_TERKAIT + article.body.bacaJuga.length);
  const placement = decideBacaJugaPlacement({
    slots: article.body.slots,
    totalParagraphs: article.body.paragraphs,
    explicit: article.body.bacaJuga,
    explicitPositions: article.body.bacaJugaPositions,
    candidates,
    max: MAX_INLINE,
  });
  const inline = new Set(placement.inlineSlugs);
  const terkait = candidates
    .filter((slug) => !inline.has(slug))
    .slice(0, MAX_TERKAIT)
    .map((slug) => site.bySlug.get(slug))
    .filter((other): other is Article => other !== undefined);
  return { placements: placement.placements, terkait };
}
