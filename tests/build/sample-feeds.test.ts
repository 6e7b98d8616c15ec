/**
 * The same feed, sitemap and structured-data checks over the sample site
 * (`content/`), built from a copy of it into `.tmp/feeds-sample-dist` (its own
 * content cache, so it never races a build of `content/` itself).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildTree, ROOT, FIXTURE_NOW, type BuildResult, type Tree } from './harness.ts';
import { type HtmlInspector, type PageFacts, type FragmentFacts } from './html-inspect.ts';
import {
  inspectBuiltSite,
  checkDescriptions,
  checkDiscovery,
  checkFeeds,
  checkJsonLd,
  checkSitemaps,
  type BuiltSite,
  type ParsedFeed,
  type SourceTree,
} from './feed-checks.ts';

describe('feeds, sitemaps and structured data of the sample site', () => {
  let tree: Tree;
  let build: BuildResult;
  let site: BuiltSite;
  let source: SourceTree;
  let inspector: HtmlInspector;
  let feeds: ParsedFeed[];
  let pageFacts: Map<string, PageFacts>;
  let fragments: Map<string, FragmentFacts>;

  beforeAll(async () => {
    const base = path.join(ROOT, '.tmp', 'build-tests', 'feeds-sample');
    rmSync(base, { recursive: true, force: true });
    mkdirSync(base, { recursive: true });
    cpSync(path.join(ROOT, 'content'), path.join(base, 'content'), { recursive: true });
    tree = { contentDir: path.relative(ROOT, path.join(base, 'content')), dir: path.join(base, 'content'), outDir: path.join(ROOT, '.tmp', 'feeds-sample-dist') };
    rmSync(tree.outDir, { recursive: true, force: true });
    build = await buildTree(tree);
    site = { outDir: tree.outDir, root: 'https://warta-prestasi.example/', contentDir: tree.dir, now: new Date(FIXTURE_NOW) };
    if (build.code !== 0) return;
    ({ source, inspector, feeds, pageFacts, fragments } = await inspectBuiltSite(site));
  });

  afterAll(async () => {
    await inspector?.close();
  });

  it('builds', () => {
    expect(build.output).toContain('Complete!');
    expect(build.code).toBe(0);
  });

  it('writes a valid, complete feed for the portal and every region, topic and scheme', () => {
    const items = checkFeeds(site, source, feeds, pageFacts, fragments);
    checkDescriptions(site, feeds, pageFacts);
    const main = feeds.find((feed) => feed.path === 'rss.xml')!;
    expect(main.feed.items).toHaveLength(Math.min(50, source.published.length));
    expect(feeds.find((feed) => feed.path === 'daerah/musi-banyuasin/rss.xml')!.feed.items.length).toBeGreaterThan(3);
    expect(feeds.find((feed) => feed.path === 'penghargaan/ombudsman/rss.xml')!.feed.items.length).toBeGreaterThan(10);
    console.info(`sample feeds: ${feeds.length} feeds, ${items} items, main ${main.feed.items.length}`);
  });

  it('shows the badges of an article as plain text in its feed body', () => {
    const body = fragments.get('https://warta-prestasi.example/berita/muba-raih-zona-hijau-ombudsman-2024/')!;
    expect(body.awardItems).toEqual(['Kabupaten Musi Banyuasin, Ombudsman RI 2024: Kategori A \u00b7 Kualitas Tertinggi, skor 93,31, Zona Hijau, 3 tahun berturut-turut Zona Hijau']);
    expect(body.bacaJuga.length).toBeGreaterThan(0);
    expect(body.imageAlts[0]).toBe('Grafik skor kepatuhan Musi Banyuasin 2019-2024');
  });

  it('links feeds from every page and region and topic pages to their own', () => {
    checkDiscovery(site, feeds, pageFacts);
  });

  it('describes every article in JSON-LD that agrees with its page', () => {
    expect(checkJsonLd(site, source, pageFacts)).toBe(source.published.length);
  });

  it('lists exactly the published pages in the sitemap', () => {
    const { urls } = checkSitemaps(site, source, pageFacts);
    expect(urls).toBeGreaterThan(source.published.length);
  });
});
