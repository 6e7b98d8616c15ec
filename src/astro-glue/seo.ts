/**
 * Astro glue for discovery metadata: absolute URLs under the site and base,
 * the portal's brand images (drawn by scripts/make-brand-images.mjs), and an
 * article's share image (its badge card when it reports an award, else its
 * lead image optimised to a 1200-pixel JPEG, the format every social card,
 * feed reader and news aggregator accepts). The Open Graph tags and the
 * JSON-LD read decideShareImage; feeds carry the lead image (getShareImage).
 */
import { getImage } from 'astro:assets';
import { oncePerKey } from '../utils/once-per-key.ts';
import { url, type Article } from './site.ts';
import { BADGE_CARD_SIZE, badgeCardUrl, getBadgeCard } from './badge-cards.ts';

/** The configured site (`WARTA_SITE`); Astro requires it for feeds and sitemaps. */
export function siteOrigin(): URL {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config: `site` is required for feeds, sitemaps and canonical URLs');
  return new URL(site);
}

/** Absolute URL of a path under the base, e.g. `absoluteUrl('rss.xml')`. */
export function absoluteUrl(path: string): string {
  return new URL(url(path), siteOrigin()).href;
}

/** Absolute URL of an already base-prefixed path (`article.url`, an image's `src`). */
export function absoluteFromRoot(rootPath: string): string {
  return new URL(rootPath, siteOrigin()).href;
}

export interface BrandImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** Default Open Graph / Twitter image (our masthead on the brand red). */
export const DEFAULT_SHARE_IMAGE: BrandImage = {
  path: 'og-default.png',
  width: 1200,
  height: 630,
  alt: 'Warta Prestasi: kabar prestasi dan pelayanan publik daerah',
};

/** RSS channel image and JSON-LD publisher logo (RSS 2.0 allows at most 144 pixels wide). */
export const LOGO_IMAGE: BrandImage = { path: 'feed-logo.png', width: 144, height: 144, alt: 'Warta Prestasi' };

export interface ShareImage {
  /** Absolute URL. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

const shareImagesOnce = oncePerKey<Promise<ShareImage | undefined>>();

/** The article's lead image for cards, feeds and JSON-LD; undefined when it has none. */
export function getShareImage(article: Article): Promise<ShareImage | undefined> {
  return shareImagesOnce(article.slug, async () => {
    if (!article.image) return undefined;
    const image = await getImage({ src: article.image, width: Math.min(1200, article.image.width), format: 'jpg', quality: 80 });
    const width = Number(image.attributes.width ?? image.options.width);
    const height = Number(image.attributes.height ?? Math.round((width * article.image.height) / article.image.width));
    return { src: absoluteFromRoot(image.src), width, height, alt: article.imageAlt ?? '' };
  });
}

/**
 * The share image for any page: an article that reports an award gets its
 * badge card (`/kartu/<slug>.png`, src/astro-glue/badge-cards.ts); any other article
 * its lead image; everything else the default. Feeds keep the lead image
 * (getShareImage).
 */
export async function decideShareImage(article?: Article): Promise<ShareImage> {
  const card = article ? await getBadgeCard(article) : undefined;
  if (card) return { src: absoluteFromRoot(badgeCardUrl(card.slug)), ...BADGE_CARD_SIZE, alt: card.alt };
  const own = article ? await getShareImage(article) : undefined;
  // One object for every page without an image of its own: article pages keep theirs in their props.
  defaultShareImage ??= { src: absoluteUrl(DEFAULT_SHARE_IMAGE.path), width: DEFAULT_SHARE_IMAGE.width, height: DEFAULT_SHARE_IMAGE.height, alt: DEFAULT_SHARE_IMAGE.alt };
  return own ?? defaultShareImage;
}
let defaultShareImage: ShareImage | undefined;
