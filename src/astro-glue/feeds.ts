/**
 * Astro glue for the RSS feeds. The model (src/model/feed.ts) decides which
 * articles and what each item says; this module renders each article's body
 * once per build, exactly as its page does (the same `ArticleBody` component,
 * through Astro's Container API, so Baca Juga links and optimised images come
 * out identical), makes it feed-safe (src/model/feed-html.ts) and answers the
 * endpoints with `@astrojs/rss`.
 */
import rss from '@astrojs/rss';
import { experimental_AstroContainer } from 'astro/container';
import ArticleBody from '../components/ArticleBody.astro';
import { getSite, type Article } from './site.ts';
import { feedChannel } from './feed-links.ts';
import { getArticleLinks } from './related.ts';
import { absoluteFromRoot, absoluteUrl, getShareImage, LOGO_IMAGE, siteOrigin } from './seo.ts';
import { getAwards, schemeOf } from './awards.ts';
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
export async function getArticleAwardLines(article: Article): Promise<string[]> {
  const [awards, site] = await Promise.all([getAwards(), getSite()]);
  return awards
    .forArticle(article.slug)
    .map((award) => describeAwardSummary(award, schemeOf(awards, award), site.regions.get(award.region)?.name ?? award.region));
}

let containerPromise: Promise<experimental_AstroContainer> | undefined;
const contents = new Map<string, Promise<string>>();

async function renderContent(article: Article): Promise<string> {
  containerPromise ??= experimental_AstroContainer.create();
  const container = await containerPromise;
  const links = await getArticleLinks(article);
  const body = await container.renderToString(ArticleBody, { props: { article, placements: links.placements } });
  const pageUrl = absoluteFromRoot(article.url);
  const parts: string[] = [];
  const hero = await getShareImage(article);
  if (hero) parts.push(renderFeedFigure({ ...hero, caption: article.imageCredit }));
  parts.push(toFeedHtml(body, { pageUrl }));
  parts.push(renderAwardList(await getArticleAwardLines(article)));
  return parts.filter(Boolean).join('\n');
}

/** The article's full feed HTML, rendered once per build however many feeds carry it. */
export function getFeedContent(article: Article): Promise<string> {
  let promise = contents.get(article.slug);
  if (!promise) {
    promise = renderContent(article);
    contents.set(article.slug, promise);
  }
  return promise;
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
