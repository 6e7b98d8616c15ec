/**
 * Astro glue for the badge cards (`/kartu/<slug>.png`, src/model/awards/badge-card.ts):
 * which published articles get one (those whose own award claims computed an
 * award), the card's inputs from the award engine and the site model, the
 * fonts shipped with the project (Noto Sans from @fontsource/noto-sans,
 * SIL OFL 1.1), and a cache of rendered PNGs in Astro's cache directory named
 * by the digest of everything that shapes the image, so an unchanged card is
 * never drawn again, whatever else changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Font } from 'satori';
import { CARD_FONT, CARD_HEIGHT, CARD_RENDER_OPTIONS, CARD_WIDTH, layoutBadgeCard, renderBadgeCardPng, type BadgeCardInput } from '../model/awards/badge-card.ts';
import { describeAwardSummary } from '../model/awards/wording.ts';
import { digestOf } from './page-key.ts';
import { CONTENT_DIR, SITE_NAME, cacheDirFor } from '../site-config.ts';
import { getAwards, schemeOf } from './awards.ts';
import { getSite, url, type Article } from './site.ts';
import { cardPath } from '../model/routes.ts';

const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

/** The card's fonts: Latin and Latin Extended, regular and bold. */
const FONT_FILES: { name: string; file: string; weight: 400 | 700 }[] = [
  { name: CARD_FONT, file: 'noto-sans-latin-400-normal.woff', weight: 400 },
  { name: CARD_FONT, file: 'noto-sans-latin-700-normal.woff', weight: 700 },
  { name: `${CARD_FONT} Ext`, file: 'noto-sans-latin-ext-400-normal.woff', weight: 400 },
  { name: `${CARD_FONT} Ext`, file: 'noto-sans-latin-ext-700-normal.woff', weight: 700 },
];

let fonts: { fonts: Font[]; digest: string } | undefined;

/** The fonts, read once, with a digest of their bytes and the renderers' versions. */
function cardFonts(): { fonts: Font[]; digest: string } {
  if (!fonts) {
    const hash = createHash('sha256');
    const loaded = FONT_FILES.map(({ name, file, weight }) => {
      const data = readFileSync(projectRequire.resolve(`@fontsource/noto-sans/files/${file}`));
      hash.update(file).update(data);
      return { name, data, weight, style: 'normal' as const };
    });
    for (const pkg of ['satori', '@resvg/resvg-js']) hash.update(`${pkg}@${(projectRequire(`${pkg}/package.json`) as { version: string }).version}`);
    fonts = { fonts: loaded, digest: hash.digest('base64url') };
  }
  return fonts;
}

export interface BadgeCard {
  slug: string;
  input: BadgeCardInput;
  /** Digest of the card's element tree, fonts and renderer versions: the PNG's cache name and the route's cacheKey. */
  digest: string;
  /** Alt text: the award in one sentence. */
  alt: string;
}

let cardsPromise: Promise<Map<string, BadgeCard>> | undefined;

async function loadCards(): Promise<Map<string, BadgeCard>> {
  const [site, awards] = await Promise.all([getSite(), getAwards()]);
  const cards = new Map<string, BadgeCard>();
  for (const article of site.articles) {
    const own = awards.forArticle(article.slug);
    const award = own[0];
    if (!award) continue;
    const scheme = schemeOf(awards, award);
    const regionName = site.regions.get(award.region)?.name ?? article.region?.name ?? award.region;
    const input: BadgeCardInput = { headline: article.title, regionName, award, scheme, moreAwards: own.length - 1, siteName: SITE_NAME };
    cards.set(article.slug, {
      slug: article.slug,
      input,
      digest: digestOf({ tree: layoutBadgeCard(input), render: CARD_RENDER_OPTIONS, fonts: cardFonts().digest }),
      alt: describeAwardSummary(award, scheme, regionName),
    });
  }
  return cards;
}

/** Cards of the published articles that report an award, by slug (once per build). */
export function getBadgeCards(): Promise<Map<string, BadgeCard>> {
  cardsPromise ??= loadCards();
  return cardsPromise;
}

/** The article's card, or undefined when it reports no award. */
export async function getBadgeCard(article: Pick<Article, 'slug'>): Promise<BadgeCard | undefined> {
  return (await getBadgeCards()).get(article.slug);
}

/** Site-relative URL of a card (base-path safe). */
export function badgeCardUrl(slug: string): string {
  return url(cardPath(slug));
}

export const BADGE_CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };

/** The card's PNG: from the cache when its digest was drawn before, else drawn and cached. */
export async function badgeCardPng(card: BadgeCard): Promise<Buffer> {
  const dir = path.resolve(process.cwd(), cacheDirFor(CONTENT_DIR), 'warta-cards');
  const file = path.join(dir, `${card.digest}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderBadgeCardPng(card.input, cardFonts().fonts);
  mkdirSync(dir, { recursive: true });
  await writeFileAtomic(file, png);
  return png;
}
