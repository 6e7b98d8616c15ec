/**
 * Astro glue for incremental builds: the `cacheKey` of article pages, feeds,
 * list pages (region, topic, author, archive) and badges
 * (src/astro-glue/page-key.ts says what a key promises). A key digests the values
 * the page renders, gathered from the same modules the page uses: for an
 * article, its fields and compiled body, its Baca Juga and Berita Terkait
 * targets' cards, its badges (inline `<Lencana>` ones included) with their
 * schemes and region names, and its share image; for a list, what it says of
 * itself and every listed article's card. Page code and site configuration
 * are Astro's part of the key. tests/build/incremental.test.ts proves that a
 * rebuild after each kind of edit equals a clean build, byte for byte.
 */
import { getEntry } from 'astro:content';
import { digestOf } from './page-key.ts';
import { decideFeedArticles, type FeedSubject } from '../model/feed.ts';
import type { StoredMetadata } from '../loaders/articles.ts';
import { getSite, type Article } from './site.ts';
import { getArticleLinks } from './related.ts';
import { getAwards, schemeOf } from './awards.ts';
import { decideShareImage } from './seo.ts';
import { feedChannel } from './feed-links.ts';
import type { ComputedAward } from '../model/awards/engine.ts';

/** Everything about an article except its body: what cards, lists and links may show. */
const cardDigests = new WeakMap<Article, string>();
export function cardDigest(article: Article): string {
  let digest = cardDigests.get(article);
  if (digest === undefined) {
    digest = digestOf({ ...article, body: undefined });
    cardDigests.set(article, digest);
  }
  return digest;
}

/** The article's own page and feed content: its fields, badges, share image and compiled body. */
async function ownParts(article: Article) {
  const [entry, awards, share, site] = await Promise.all([getEntry('articles', article.slug), getAwards(), decideShareImage(article), getSite()]);
  const stored = entry?.rendered?.metadata?.frontmatter as unknown as StoredMetadata | undefined;
  const region = article.region?.id;
  const badges = [
    ...awards.forArticle(article.slug),
    ...(stored?.body.lencana ?? []).flatMap(
      (ref) => awards.byEdition.get(`${ref.scheme}/${ref.year}`)?.filter((award) => award.region === (ref.region ?? region)) ?? [],
    ),
  ].map((award) => ({ award, scheme: schemeOf(awards, award), regionName: site.regions.get(award.region)?.name }));
  return { card: cardDigest(article), body: article.body, source: entry?.digest, badges, share };
}

const pageKeys = new Map<string, Promise<string>>();

/** The cacheKey of `/berita/<slug>/`; the same key stands for the article's feed item. */
export function articlePageKey(article: Article): Promise<string> {
  let key = pageKeys.get(article.slug);
  if (!key) {
    key = (async () => {
      const [own, links, site] = await Promise.all([ownParts(article), getArticleLinks(article), getSite()]);
      const inline = [...links.placements].map(([slot, slug]) => {
        const target = site.bySlug.get(slug);
        return [slot, slug, target ? cardDigest(target) : null];
      });
      return digestOf({
        own,
        inline,
        terkait: links.terkait.map((other) => [other.slug, cardDigest(other)]),
      });
    })();
    pageKeys.set(article.slug, key);
  }
  return key;
}

/** The cacheKey of a feed: its channel and, for each item it carries, the item's article key. */
export async function feedKey(subject: FeedSubject, candidates: readonly Article[]): Promise<string> {
  const articles = decideFeedArticles(candidates);
  return digestOf({ channel: feedChannel(subject), items: await Promise.all(articles.map(articlePageKey)) });
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
    return { award, scheme: schemeOf(awards, award), regionName: site.regions.get(award.region)?.name, source: source ? cardDigest(source) : null };
  });
}
