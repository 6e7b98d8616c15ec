/**
 * Checks of a built site's feeds, sitemaps and structured data (feeds.test.ts, sample-feeds.test.ts).
 * The expected articles come from the content files, read here with the contract's publish
 * rule, never from the code under test.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import YAML from 'yaml';
import { listFiles } from './harness.ts';
import { openInspector, type FragmentFacts, type HtmlInspector, type PageFacts } from './html-inspect.ts';
import { parseContentDateTime } from '../../src/schemas/datetime.ts';
import { slugify } from '../../src/schemas/slug.ts';

export interface BuiltSite {
  outDir: string;
  /** Absolute root of the site, with the base: `https://contoh.test/portal/`. */
  root: string;
  contentDir: string;
  now: Date;
}

// ---------------------------------------------------------------- the oracle

export interface SourceArticle {
  slug: string;
  title: string;
  date: Date;
  updated?: Date;
  draft: boolean;
  region?: string;
  tags: string[];
  schemes: string[];
}

export interface SourceTree {
  articles: SourceArticle[];
  published: SourceArticle[];
  unpublished: SourceArticle[];
  regions: Map<string, { type: string; province?: string }>;
  schemes: string[];
}

function filesUnder(dir: string, extension: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith(extension))
    .map((file) => path.join(dir, file));
}

/** The content tree as the contract describes it: front matter and the publish rule. */
export function readSourceTree(contentDir: string, now: Date): SourceTree {
  const articles = filesUnder(path.join(contentDir, 'articles'), '.mdx').map((file): SourceArticle => {
    const text = readFileSync(file, 'utf8');
    const front = YAML.parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    const date = parseContentDateTime(front.date);
    if (!date) throw new Error(`${file}: date`);
    const updated = front.updated === undefined ? undefined : parseContentDateTime(front.updated) ?? undefined;
    return {
      slug: path.basename(file, '.mdx'),
      title: String(front.title),
      date,
      ...(updated ? { updated } : {}),
      draft: front.draft === true,
      ...(typeof front.region === 'string' ? { region: front.region } : {}),
      tags: ((front.tags as string[] | undefined) ?? []).map(String),
      schemes: ((front.awards as { scheme: string }[] | undefined) ?? []).map((award) => award.scheme),
    };
  });
  const isPublished = (article: SourceArticle) => !article.draft && article.date.getTime() <= now.getTime();
  const regions = new Map(
    filesUnder(path.join(contentDir, 'regions'), '.yaml').map((file) => {
      const data = YAML.parse(readFileSync(file, 'utf8')) as { type: string; province?: string };
      return [path.basename(file, '.yaml'), data] as const;
    }),
  );
  return {
    articles,
    published: articles.filter(isPublished),
    unpublished: articles.filter((article) => !isPublished(article)),
    regions,
    schemes: filesUnder(path.join(contentDir, 'schemes'), '.yaml').map((file) => path.basename(file, '.yaml')),
  };
}

/** Newest first, slug breaking ties, at most 50: what a feed should carry. */
export function expectedFeed(articles: SourceArticle[]): string[] {
  return [...articles]
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1))
    .slice(0, 50)
    .map((article) => article.slug);
}

/** Expected slugs of every feed, by its path under the base. */
export function expectedFeeds(tree: SourceTree): Map<string, string[]> {
  const feeds = new Map<string, string[]>();
  feeds.set('rss.xml', expectedFeed(tree.published));
  for (const [id, region] of tree.regions) {
    const inRegion = tree.published.filter(
      (article) =>
        article.region === id || (region.type === 'provinsi' && article.region !== undefined && tree.regions.get(article.region)?.province === id),
    );
    feeds.set(`daerah/${id}/rss.xml`, expectedFeed(inRegion));
  }
  const tags = new Set(tree.published.flatMap((article) => article.tags.map(slugify)));
  for (const tag of tags) feeds.set(`topik/${tag}/rss.xml`, expectedFeed(tree.published.filter((article) => article.tags.map(slugify).includes(tag))));
  for (const scheme of tree.schemes) {
    feeds.set(`penghargaan/${scheme}/rss.xml`, expectedFeed(tree.published.filter((article) => article.schemes.includes(scheme))));
  }
  return feeds;
}

// ---------------------------------------------------------------- reading the build

/** Item fields rss-parser keeps besides the standard ones. */
export interface FeedItemFields {
  creator?: string;
  'content:encoded'?: string;
}

export interface ParsedFeed {
  /** Path under the base, e.g. `daerah/musi-banyuasin/rss.xml`. */
  path: string;
  url: string;
  xml: string;
  feed: Parser.Output<FeedItemFields>;
  /** The same XML through fast-xml-parser (attributes kept), for atom:link and the image. */
  raw: { rss: { channel: Record<string, unknown> } };
}

/** Path under the base of an absolute URL of the site; undefined when outside it. */
export function underRoot(site: BuiltSite, url: string): string | undefined {
  if (!url.startsWith(site.root)) return undefined;
  return decodeURIComponent(url.slice(site.root.length).replace(/[?#].*$/, ''));
}

/** The built file an absolute URL of the site serves, if any. */
export function builtFileFor(site: BuiltSite, url: string): string | undefined {
  const relative = underRoot(site, url);
  if (relative === undefined) return undefined;
  const file = path.join(site.outDir, relative.endsWith('/') || relative === '' ? path.join(relative, 'index.html') : relative);
  return existsSync(file) ? file : undefined;
}

export async function readFeeds(site: BuiltSite): Promise<ParsedFeed[]> {
  const parser = new Parser<Record<string, never>, FeedItemFields>({ customFields: { item: [['dc:creator', 'creator']] } });
  const xmlParser = new XMLParser({ ignoreAttributes: false });
  const feeds: ParsedFeed[] = [];
  for (const file of listFiles(site.outDir).filter((name) => name === 'rss.xml' || name.endsWith('/rss.xml'))) {
    const xml = readFileSync(path.join(site.outDir, file), 'utf8');
    expect(XMLValidator.validate(xml), `${file} is well-formed XML`).toBe(true);
    feeds.push({ path: file, url: new URL(file, site.root).href, xml, feed: await parser.parseString(xml), raw: xmlParser.parse(xml) });
  }
  return feeds.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Every built HTML page: path under the base (`berita/a/`, `` for the front page) -> HTML. */
export function readPages(site: BuiltSite): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of listFiles(site.outDir)) {
    if (file === 'index.html' || file.endsWith('/index.html')) pages.set(file.slice(0, -'index.html'.length), readFileSync(path.join(site.outDir, file), 'utf8'));
  }
  return pages;
}

export async function inspectPages(inspector: HtmlInspector, pages: Map<string, string>): Promise<Map<string, PageFacts>> {
  const keys = [...pages.keys()];
  const facts = await inspector.pages(keys.map((key) => pages.get(key)!));
  return new Map(keys.map((key, i) => [key, facts[i]!]));
}

// ---------------------------------------------------------------- checks

const HTTP = /^https?:$/;

/** Each distinct article body in the feeds (by item link), read by the browser's parser. */
export async function inspectFeedBodies(inspector: HtmlInspector, feeds: ParsedFeed[]): Promise<Map<string, FragmentFacts>> {
  const bodies = new Map<string, string>();
  for (const { feed } of feeds) for (const item of feed.items) bodies.set(item.link!, item['content:encoded'] ?? '');
  const links = [...bodies.keys()];
  const facts = await inspector.fragments(links.map((link) => bodies.get(link)!));
  return new Map(links.map((link, i) => [link, facts[i]!]));
}

/** Channel elements, the item list against the oracle, and every item against its page. */
export function checkFeeds(
  site: BuiltSite,
  tree: SourceTree,
  feeds: ParsedFeed[],
  pageFacts: Map<string, PageFacts>,
  fragments: Map<string, FragmentFacts>,
): number {
  const expected = expectedFeeds(tree);
  expect(feeds.map((feed) => feed.path).sort(), 'one feed per region, topic and scheme, plus the main feed').toEqual([...expected.keys()].sort());

  const unpublished = new Set(tree.unpublished.map((article) => article.slug));
  const bySlug = new Map(tree.articles.map((article) => [article.slug, article]));
  let items = 0;

  for (const { path: feedPath, url, xml, feed, raw } of feeds) {
    const channel = raw.rss.channel;
    expect(channel.language, `${feedPath} language`).toBe('id');
    const atom = channel['atom:link'] as Record<string, string>;
    expect(atom['@_rel'], `${feedPath} atom:link rel`).toBe('self');
    expect(atom['@_href'], `${feedPath} atom:link href`).toBe(url);
    const image = channel.image as Record<string, unknown>;
    expect(builtFileFor(site, String(image.url)), `${feedPath} channel image ${String(image.url)}`).toBeDefined();
    expect(String(image.link)).toBe(feed.link);
    expect(builtFileFor(site, feed.link!), `${feedPath} channel link ${feed.link}`).toBeDefined();

    const slugs = feed.items.map((item) => underRoot(site, item.link ?? '')?.replace(/^berita\/|\/$/g, '') ?? `(outside) ${item.link}`);
    expect(slugs, `${feedPath} items, newest first`).toEqual(expected.get(feedPath));
    for (const slug of slugs) expect(unpublished.has(slug), `${feedPath} carries unpublished ${slug}`).toBe(false);
    for (const slug of unpublished) expect(xml.includes(`/berita/${slug}/`), `${feedPath} mentions unpublished ${slug}`).toBe(false);

    const sources = slugs.map((slug) => bySlug.get(slug)!);
    const newest = sources.map((article) => Math.max(article.date.getTime(), article.updated?.getTime() ?? 0));
    if (sources.length === 0) expect(channel.lastBuildDate, `${feedPath} lastBuildDate of an empty feed`).toBeUndefined();
    else expect(new Date(String(channel.lastBuildDate)).getTime(), `${feedPath} lastBuildDate`).toBe(Math.max(...newest));

    for (const item of feed.items) {
      items++;
      const link = item.link!;
      const pageKey = underRoot(site, link)!;
      expect(builtFileFor(site, link), `${feedPath}: ${link} is a built page`).toBeDefined();
      expect(item.guid, `${feedPath}: guid is the permalink`).toBe(link);
      const page = pageFacts.get(pageKey)!;
      expect(item.title, `${feedPath}: title of ${link}`).toBe(page.h1[0]);
      expect(new Date(item.pubDate!).getTime(), `${feedPath}: pubDate of ${link}`).toBe(new Date(page.headerTimes[0]!).getTime());
      expect(item.creator, `${feedPath}: creator of ${link}`).toBe(page.author);
      expect(item['content:encoded'], `${feedPath}: content:encoded of ${link}`).toBeTruthy();
    }
  }

  expect(fragments.size, 'every feed body inspected').toBe(new Set(feeds.flatMap(({ feed }) => feed.items.map((item) => item.link))).size);
  for (const [link, body] of fragments) {
    expect(body.scriptCount, `${link}: no <script> in content:encoded`).toBe(0);
    expect(body.handlers, `${link}: no event handlers`).toEqual([]);
    expect(body.dataAttributes, `${link}: no data-* attributes`).toEqual([]);
    expect(body.commentCount, `${link}: no comments (Baca Juga markers)`).toBe(0);
    expect(body.asideCount, `${link}: Baca Juga blocks are plain paragraphs`).toBe(0);
    expect(body.imagesWithoutAlt, `${link}: every image has alt`).toBe(0);
    expect(body.unknownElements, `${link}: no MDX components or custom elements left`).toEqual([]);
    expect(body.text, `${link}: no image placeholders`).not.toContain('__ASTRO_IMAGE_');
    for (const value of body.urls) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(value);
      } catch {
        parsed = undefined;
      }
      expect(parsed, `${link}: relative URL "${value}" in content:encoded`).toBeDefined();
      expect(HTTP.test(parsed!.protocol) || parsed!.protocol === 'mailto:', `${link}: URL scheme of ${value}`).toBe(true);
      // Our own URLs must lead somewhere real.
      if (value.startsWith(site.root)) expect(builtFileFor(site, value), `${link}: ${value} exists in dist`).toBeDefined();
    }
    for (const { href } of body.bacaJuga) {
      expect(builtFileFor(site, href), `${link}: Baca Juga ${href}`).toBeDefined();
    }
    const page = pageFacts.get(underRoot(site, link)!)!;
    expect(
      body.bacaJuga.map((entry) => entry.href),
      `${link}: the feed's Baca Juga links are the page's`,
    ).toEqual(page.bacaJuga.map((href) => new URL(href, link).href));
  }
  return items;
}

/** Each item's description is the page's lead (rss-parser drops it once content:encoded is there, so read the XML). */
export function checkDescriptions(site: BuiltSite, feeds: ParsedFeed[], pageFacts: Map<string, PageFacts>): void {
  for (const { path: feedPath, raw } of feeds) {
    const items = raw.rss.channel.item === undefined ? [] : ([] as Record<string, unknown>[]).concat(raw.rss.channel.item as Record<string, unknown>);
    for (const item of items) {
      const page = pageFacts.get(underRoot(site, String(item.link))!)!;
      expect(decodeXmlText(String(item.description)), `${feedPath}: description of ${String(item.link)}`).toBe(page.lead);
    }
  }
}

/** fast-xml-parser leaves entities alone unless asked; decode the five XML ones. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** Feed discovery: every page links the main feed; region and topic pages their own, visibly too. */
export function checkDiscovery(site: BuiltSite, feeds: ParsedFeed[], pageFacts: Map<string, PageFacts>): void {
  const base = new URL(site.root).pathname;
  for (const [key, page] of pageFacts) {
    expect(page.feeds.map((feed) => feed.href), `${key || '/'} links the main feed`).toContain(`${base}rss.xml`);
  }
  for (const { path: feedPath, feed } of feeds) {
    if (feedPath === 'rss.xml') continue;
    const pageKey = feedPath.slice(0, -'rss.xml'.length);
    const page = pageFacts.get(pageKey);
    expect(page, `${feedPath} has a page ${pageKey}`).toBeDefined();
    if (feedPath.startsWith('penghargaan/')) continue; // the scheme page belongs to the awards pages
    const href = `${base}${feedPath}`;
    expect(page!.feeds, `${pageKey} <link rel=alternate> to its feed`).toContainEqual({ title: feed.title, href });
    expect(page!.feedLinks.map((entry) => entry.href), `${pageKey} visible RSS link`).toEqual([href]);
    expect(page!.feedLinks[0]!.text, `${pageKey} explains the RSS link`).toMatch(/^RSS Ikuti .+ lewat aplikasi pembaca RSS/);
  }
}

/** JSON-LD on article pages agrees with the page itself. */
export function checkJsonLd(site: BuiltSite, tree: SourceTree, pageFacts: Map<string, PageFacts>): number {
  let checked = 0;
  for (const article of tree.published) {
    const key = `berita/${article.slug}/`;
    const page = pageFacts.get(key);
    expect(page, `${key} built`).toBeDefined();
    const blocks = page!.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
    const news = blocks.find((block) => block['@type'] === 'NewsArticle')!;
    const crumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList')!;
    expect(news, `${key} NewsArticle`).toBeDefined();
    expect(crumbs, `${key} BreadcrumbList`).toBeDefined();
    const url = new URL(key, site.root).href;
    expect(page!.canonical).toBe(url);
    expect(news.url).toBe(url);
    expect(news.headline, `${key} headline = h1`).toBe(page!.h1[0]);
    expect(news.headline).toBe(article.title);
    expect(news.datePublished, `${key} datePublished = <time datetime>`).toBe(page!.headerTimes[0]);
    expect(news.datePublished).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(news.dateModified).toBe(page!.headerTimes[1] ?? page!.headerTimes[0]);
    expect(new Date(String(news.datePublished)).getTime()).toBe(article.date.getTime());
    expect((news.author as { '@type': string; name: string }[])[0]).toMatchObject({ '@type': 'Person', name: page!.author });
    expect(news.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Warta Prestasi' });
    const logo = (news.publisher as { logo: { url: string } }).logo.url;
    expect(builtFileFor(site, logo), `${key} logo`).toBeDefined();
    expect(news.image).toEqual([page!.meta['og:image']]);
    expect(builtFileFor(site, page!.meta['og:image']!), `${key} image ${page!.meta['og:image']}`).toBeDefined();
    expect(news.inLanguage).toBe('id');
    expect(news.isAccessibleForFree).toBe(true);
    const list = crumbs.itemListElement as { position: number; name: string; item: string }[];
    expect(list[0]).toMatchObject({ position: 1, name: 'Beranda', item: site.root });
    expect(list.at(-1)).toMatchObject({ position: list.length, name: article.title, item: url });
    for (const crumb of list) expect(builtFileFor(site, crumb.item), `${key} crumb ${crumb.item}`).toBeDefined();
    expect(page!.meta['og:type']).toBe('article');
    expect(page!.meta['og:title']).toBe(article.title);
    expect(page!.meta['og:url']).toBe(url);
    expect(page!.meta['twitter:card']).toBe('summary_large_image');
    expect(page!.meta['article:published_time']).toBe(news.datePublished);
    checked++;
  }
  // Every other page gets the default share image.
  for (const [key, page] of pageFacts) {
    expect(page.meta['og:image'], `${key || '/'} og:image`).toBeTruthy();
    expect(builtFileFor(site, page.meta['og:image']!), `${key || '/'} og:image exists`).toBeDefined();
    if (!key.startsWith('berita/')) expect(page.meta['og:type'], `${key || '/'} og:type`).toBe('website');
  }
  return checked;
}

/** The sitemap lists exactly the published pages; robots.txt points to it; the news sitemap is valid. */
export function checkSitemaps(site: BuiltSite, tree: SourceTree, pageFacts: Map<string, PageFacts>): { urls: number; news: string[] } {
  const xmlParser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const read = (file: string) => {
    const xml = readFileSync(path.join(site.outDir, file), 'utf8');
    expect(XMLValidator.validate(xml), `${file} is well-formed`).toBe(true);
    return xmlParser.parse(xml) as Record<string, Record<string, unknown>>;
  };
  const index = read('sitemap-index.xml');
  const sitemaps = (index.sitemapindex!.sitemap as { loc: string }[]).map((entry) => entry.loc);
  const newsUrl = new URL('sitemap-news.xml', site.root).href;
  expect(sitemaps).toContain(newsUrl);
  const listed: string[] = [];
  for (const loc of sitemaps.filter((entry) => entry !== newsUrl)) {
    const file = builtFileFor(site, loc);
    expect(file, `sitemap ${loc} exists`).toBeDefined();
    const urlset = read(path.relative(site.outDir, file!)).urlset!;
    listed.push(...((urlset.url as { loc: string }[] | undefined) ?? []).map((entry) => entry.loc));
  }
  const expected = [...pageFacts]
    .filter(([key, page]) => key !== 'cari/' && !/noindex/i.test(page.robots ?? ''))
    .map(([key]) => new URL(key, site.root).href)
    .sort();
  expect([...listed].sort(), 'sitemap = every indexable built page').toEqual(expected);
  expect(new Set(listed).size).toBe(listed.length);
  for (const article of tree.published) expect(listed).toContain(new URL(`berita/${article.slug}/`, site.root).href);
  for (const article of tree.unpublished) expect(listed.some((loc) => loc.includes(`/berita/${article.slug}/`))).toBe(false);

  const robots = readFileSync(path.join(site.outDir, 'robots.txt'), 'utf8');
  const declared = [...robots.matchAll(/^Sitemap:\s*(\S+)$/gm)].map((match) => match[1]!);
  expect(declared).toContain(new URL('sitemap-index.xml', site.root).href);
  for (const url of declared) expect(builtFileFor(site, url), `robots.txt sitemap ${url}`).toBeDefined();
  expect(robots).toMatch(/^User-agent: \*$/m);

  const news = read('sitemap-news.xml').urlset!;
  const newsLocs = ((news.url as Record<string, unknown>[] | undefined) ?? []).map((entry) => String(entry.loc));
  for (const loc of newsLocs) expect(builtFileFor(site, loc), `news sitemap ${loc}`).toBeDefined();
  const windowStart = site.now.getTime() - 2 * 24 * 3600_000;
  const expectedNews = tree.published
    .filter((article) => article.date.getTime() >= windowStart)
    .map((article) => new URL(`berita/${article.slug}/`, site.root).href)
    .sort();
  expect([...newsLocs].sort(), 'news sitemap = articles of the last two days').toEqual(expectedNews);
  return { urls: listed.length, news: newsLocs };
}

export interface InspectedSite {
  source: SourceTree;
  inspector: HtmlInspector;
  feeds: ParsedFeed[];
  pageFacts: Map<string, PageFacts>;
  fragments: Map<string, FragmentFacts>;
}

/** Everything the feed checks read from a built site and its source tree; close `inspector` after. */
export async function inspectBuiltSite(site: BuiltSite): Promise<InspectedSite> {
  const source = readSourceTree(site.contentDir, site.now);
  const inspector = await openInspector();
  const feeds = await readFeeds(site);
  const pageFacts = await inspectPages(inspector, readPages(site));
  const fragments = await inspectFeedBodies(inspector, feeds);
  return { source, inspector, feeds, pageFacts, fragments };
}
