/**
 * Astro glue for incremental builds: the `cacheKey` of feeds and of what
 * shows awards (src/astro-glue/page-key.ts says what a key promises). A feed's
 * key is its channel and, per item, the key of the article page's decided
 * props (src/astro-glue/article-page.ts), which are also what the item renders;
 * award keys carry each award as badges show it. Article and list pages key
 * their own props (article-page.ts, list-routes.ts). Page code and site
 * configuration are Astro's part of the key. tests/build/incremental.test.ts
 * proves that a rebuild after each kind of edit equals a clean build, byte for byte.
 */
import { cardDigest, digestOf } from './page-key.ts';
import { decideFeedArticles, type FeedSubject } from '../model/feed.ts';
import { getSite, type Article } from './site.ts';
import { getAwards } from './awards.ts';
import { feedChannel } from './feed-links.ts';
import { articlePropsKey, badgeOf, decideArticlePage } from './article-page.ts';
import type { ComputedAward } from '../model/awards/engine.ts';

/** The cacheKey of a feed: its channel and, for each item it carries, its article page's key. */
export async function feedKey(subject: FeedSubject, candidates: readonly Article[]): Promise<string> {
  const articles = decideFeedArticles(candidates);
  const items = await Promise.all(articles.map(async (article) => articlePropsKey(await decideArticlePage(article))));
  return digestOf({ channel: feedChannel(subject), items });
}

/**
 * Awards as pages and badges show them: each computed award (grade, zone,
 * streak, rank...), its scheme, its region's name and the card of the article
 * that reported it.
 */
export async function awardsKeyPart(list: readonly ComputedAward[]) {
  const [awards, site] = await Promise.all([getAwards(), getSite()]);
  return list.map((award) => {
    const source = awards.sourceArticleOf(award);
    return { ...badgeOf(awards, site, award), source: source ? cardDigest(source) : null };
  });
}
