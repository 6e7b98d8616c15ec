/**
 * Astro glue for the RSS feeds. The model (src/model/feed.ts) decides which
 * articles and what each item says; this module renders each article's body
 * once per build, exactly as its page does (the same `ArticleBody` component
 * with the same decided props, src/astro-glue/article-page.ts, through Astro's
 * Container API, so Baca Juga links and optimised images come out identical),
 * makes it feed-safe (src/model/feed-html.ts) and answers the endpoints with
 * `@astrojs/rss`. An item renders only from those props and values computed
 * from the article, so the feed's key (page-keys.ts) covers it.
 */
import rss from '@astrojs/rss';
import { oncePerKey } from '../utils/once-per-key.ts';
import { experimental_AstroContainer } from 'astro/container';
import ArticleBody from '../components/ArticleBody.astro';
import type { Article } from './site.ts';
import { feedChannel } from './feed-links.ts';
import { decideArticlePage, type AwardBadgeProps } from './article-page.ts';
import { absoluteFromRoot, absoluteUrl, getShareImage, LOGO_IMAGE, siteOrigin } from './seo.ts';
import { describeAwardSummary } from '../model/awards/wording.ts';
import { toFeedHtml, renderFeedFigure, renderAwardList } from '../model/feed-html.ts';
import {
  decideFeedArticles,
  decideFeedItem,
  decideLastBuildDate,
  renderChannelExtras,
  toXmlSafeText,
  FEED_NAMESPACES,
  type FeedSubject,
} from '../model/feed.ts';

/**
 * The article's awards as plain lines, worded exactly as its badges' accessible
 * names (`Kabupaten Musi Banyuasin, Ombudsman RI 2024: Kategori A · Kualitas
 * Tertinggi, skor 93,31, Zona Hijau, 3 tahun berturut-turut Zona Hijau`).
 */
export function describeAwardLines(awards: readonly AwardBadgeProps[]): string[] {
  return awards.map(({ award, scheme, regionName }) => describeAwardSummary(award, scheme, regionName ?? award.region));
}

let containerPromise: Promise<experimental_AstroContainer> | undefined;
const contentsOnce = oncePerKey<Promise<string>>();

async function renderContent(article: Article): Promise<string> {
  containerPromise ??= experimental_AstroContainer.create();
  const container = await containerPromise;
  const props = await decideArticlePage(article);
  const body = await container.renderToString(ArticleBody, { props: { ...props } });
  const pageUrl = absoluteFromRoot(article.url);
  const parts: string[] = [];
  // The lead image (not the page's badge card): computed from the article alone.
  const hero = await getShareImage(article);
  if (hero) parts.push(renderFeedFigure({ ...hero, caption: article.imageCredit }));
  parts.push(toFeedHtml(body, { pageUrl }));
  parts.push(renderAwardList(describeAwardLines(props.awards)));
  return parts.filter(Boolean).join('\n');
}

/** The article's full feed HTML, rendered once per build however many feeds carry it. */
export function getFeedContent(article: Article): Promise<string> {
  return contentsOnce(article.slug, () => renderContent(article));
}

/**
 * An RSS 2.0 response for one channel. `articles`: the candidates in any
 * order; the model keeps the newest published ones.
 */
export async function feedResponse(subject: FeedSubject, candidates: readonly Article[]): Promise<Response> {
  const options = feedChannel(subject);
  const articles = decideFeedArticles(candidates);
  const origin = siteOrigin().origin;
  const items = await Promise.all(
    articles.map(async (article) => decideFeedItem(article, { origin, content: await getFeedContent(article) })),
  );
  const pageUrl = absoluteUrl(options.pagePath);
  return rss({
    title: toXmlSafeText(options.title),
    description: toXmlSafeText(options.description),
    // The channel's <link>: the page this feed follows.
    site: pageUrl,
    xmlns: { ...FEED_NAMESPACES },
    customData: renderChannelExtras({
      selfUrl: absoluteUrl(options.feedPath),
      lastBuildDate: decideLastBuildDate(articles),
      image: { url: absoluteUrl(LOGO_IMAGE.path), title: toXmlSafeText(options.title), link: pageUrl, width: LOGO_IMAGE.width, height: LOGO_IMAGE.height },
    }),
    items,
  });
}
