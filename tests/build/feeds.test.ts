/**
 * Feeds, sitemaps and structured data of a fixture build under a base path
 * (`/portal/`) and a site URL of its own: the hostile fixture (titles, bodies,
 * bylines and tags full of `&`, `<`, quotes, `</script>` and emoji; a draft; a
 * future article; a region without news; articles around the Google News
 * window) plus 52 generated articles so the 50-item limit bites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildTree, copyFixture, readTextFiles, FIXTURE_NOW, type BuildResult, type Tree } from './harness.ts';
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

const HOSTILE_TITLE = 'Skor "A" & <Zona> Hijau </script><script>alert(1)</script> 🎉 Naik';
const HOSTILE_LEAD = 'Ringkasan "jahil" & <b>tebal</b> </script><script>alert(2)</script> 🎉 tetap teks biasa.';
const HOSTILE_AUTHOR = 'Penulis "Jahil" & <Kawan> 🎉';
const HOSTILE_TAG = 'Skor & <Zona>';
const MASS = 52;

describe('feeds, sitemaps and structured data (hostile fixture, base /portal/)', () => {
  let tree: Tree;
  let build: BuildResult;
  let site: BuiltSite;
  let source: SourceTree;
  let inspector: HtmlInspector;
  let feeds: ParsedFeed[];
  let pageFacts: Map<string, PageFacts>;
  let fragments: Map<string, FragmentFacts>;

  beforeAll(async () => {
    tree = copyFixture('hostile', 'feeds');
    // Enough articles for the 50-item limit to bite in the main, region, province and topic feeds.
    mkdirSync(path.join(tree.dir, 'articles/massal'), { recursive: true });
    for (let i = 1; i <= MASS; i++) {
      const n = String(i).padStart(2, '0');
      const day = new Date(Date.UTC(2025, 5, 1 + i)).toISOString().slice(0, 10);
      writeFileSync(
        path.join(tree.dir, `articles/massal/massal-${n}.mdx`),
        `---\ntitle: Berita massal nomor ${n} untuk uji batas umpan\ndescription: Ringkasan berita massal ${n}.\ndate: ${day}T08:00\nauthor: penulis-uji\nregion: musi-banyuasin\ntags: [Massal]\n---\n\nSEKAYU - Isi berita massal ${n}.\n`,
      );
    }
    build = await buildTree(tree, { WARTA_BASE: '/portal/', WARTA_SITE: 'https://contoh.warta.test' });
    site = { outDir: tree.outDir, root: 'https://contoh.warta.test/portal/', contentDir: tree.dir, now: new Date(FIXTURE_NOW) };
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

  it('has the expected content: 58 published, a draft and a future article', () => {
    expect(source.published).toHaveLength(6 + MASS);
    expect(source.unpublished.map((article) => article.slug).sort()).toEqual(['draf-rahasia', 'terjadwal-masa-depan']);
  });

  it('writes one valid feed per page, with the right items, each matching its page', () => {
    const itemCount = checkFeeds(site, source, feeds, pageFacts, fragments);
    checkDescriptions(site, feeds, pageFacts);
    expect(feeds.map((feed) => feed.path)).toEqual(
      expect.arrayContaining(['rss.xml', 'daerah/kota-sepi/rss.xml', 'topik/skor-dan-zona/rss.xml', 'penghargaan/ombudsman/rss.xml']),
    );
    expect(itemCount).toBeGreaterThan(200);
  });

  it('caps the main, region, province and topic feeds at 50, newest first', () => {
    const count = (feedPath: string) => feeds.find((feed) => feed.path === feedPath)!.feed.items.length;
    expect(count('rss.xml')).toBe(50);
    expect(count('daerah/musi-banyuasin/rss.xml')).toBe(50);
    expect(count('daerah/sumatera-selatan/rss.xml')).toBe(50);
    expect(count('topik/massal/rss.xml')).toBe(50);
    const main = feeds.find((feed) => feed.path === 'rss.xml')!.feed.items.map((item) => item.link);
    expect(main.slice(0, 3)).toEqual([
      'https://contoh.warta.test/portal/berita/berita-kemarin/',
      'https://contoh.warta.test/portal/berita/skor-hostile/',
      'https://contoh.warta.test/portal/berita/berita-batas/',
    ]);
    // The two 2024 articles and the six oldest generated ones fall off the main feed.
    expect(main).not.toContain('https://contoh.warta.test/portal/berita/terbit-muba/');
    expect(main).not.toContain('https://contoh.warta.test/portal/berita/massal-06/');
    expect(main).toContain('https://contoh.warta.test/portal/berita/massal-07/');
  });

  it('gives a region without news a valid empty feed, linked from its page', () => {
    const empty = feeds.find((feed) => feed.path === 'daerah/kota-sepi/rss.xml')!;
    expect(empty.feed.items).toEqual([]);
    expect(empty.feed.title).toBe('Warta Prestasi: Kota Sepi');
    expect(pageFacts.get('daerah/kota-sepi/')!.feedLinks[0]!.href).toBe('/portal/daerah/kota-sepi/rss.xml');
  });

  it('dates each channel by its newest item, counting updates', () => {
    const muba = feeds.find((feed) => feed.path === 'daerah/musi-banyuasin/rss.xml')!;
    // skor-hostile: published 08.00 WIB, updated 12.15 WIB on 29 November 2026.
    expect(muba.raw.rss.channel.lastBuildDate).toBe('Sun, 29 Nov 2026 05:15:00 GMT');
  });

  it('carries the full article: lead image, body images, Baca Juga as plain links, awards as a list', () => {
    const body = fragments.get('https://contoh.warta.test/portal/berita/skor-hostile/')!;
    expect(body.imageAlts).toEqual(['Sampul "uji" & <gambar>', 'Grafik "skor" & <zona>']);
    expect(body.urls.filter((url) => url.includes('/_astro/'))).toHaveLength(2);
    expect(body.bacaJuga).toEqual([
      { text: 'Artikel terbit tentang Kota Ambon', href: 'https://contoh.warta.test/portal/berita/terbit-ambon/' },
      { text: 'Artikel terbit tentang Musi Banyuasin', href: 'https://contoh.warta.test/portal/berita/terbit-muba/' },
    ]);
    expect(body.urls).toContain('https://contoh.warta.test/portal/berita/skor-hostile/#konten');
    expect(body.urls).toContain('https://ombudsman.go.id/');
    expect(body.awardItems).toEqual(['Kabupaten Musi Banyuasin, Ombudsman RI 2024: Kategori A · Kualitas Tertinggi, skor 93,31, Zona Hijau']);
    expect(body.text).toContain('unikhostilexyz');
  });

  it('writes in-body badges as plain words and links, and a video as a link to its page', () => {
    const body = fragments.get('https://contoh.warta.test/portal/berita/skor-hostile/')!;
    const page = pageFacts.get('berita/skor-hostile/')!;
    expect(page.scripts.filter((script) => script.type !== 'application/ld+json')).toEqual([]);
    // Two <Lencana> in the body, each linking to the 2024 leaderboard, which exists (checked for every URL).
    expect(body.urls.filter((url) => url === 'https://contoh.warta.test/portal/penghargaan/ombudsman/2024/')).toHaveLength(2);
    expect(body.text).toMatch(/lencana Ombudsman RI 2024: Kategori A · Kualitas Tertinggi, skor 93,31, Zona Hijau di tengah kalimat/);
    expect(body.text).toContain('Video: Video "uji" & <judul>');
    expect(body.urls).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(body.urls.some((url) => url.includes('youtube-nocookie'))).toBe(false);
    expect(body.text).not.toContain('Putar video');
  });

  it('escapes a hostile title, lead, byline and tag in the page, its JSON-LD and meta', () => {
    const page = pageFacts.get('berita/skor-hostile/')!;
    expect(page.h1).toEqual([HOSTILE_TITLE]);
    expect(page.title).toBe(`${HOSTILE_TITLE} \u2014 Warta Prestasi`);
    expect(page.lead).toBe(HOSTILE_LEAD);
    expect(page.author).toBe(HOSTILE_AUTHOR);
    expect(page.meta['og:title']).toBe(HOSTILE_TITLE);
    expect(page.meta['twitter:title']).toBe(HOSTILE_TITLE);
    expect(page.meta.description).toBe(HOSTILE_LEAD);
    // The article reports an award, so its share card is the badge card (the feeds keep its lead image).
    expect(page.meta['og:image']).toBe('https://contoh.warta.test/portal/kartu/skor-hostile.png');
    expect(page.meta['og:image:alt']).toBe('Kabupaten Musi Banyuasin, Ombudsman RI 2024: Kategori A \u00b7 Kualitas Tertinggi, skor 93,31, Zona Hijau');
    const news = page.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>).find((block) => block['@type'] === 'NewsArticle')!;
    expect(news.headline).toBe(HOSTILE_TITLE);
    expect(news.description).toBe(HOSTILE_LEAD);
    expect(news.keywords).toEqual([HOSTILE_TAG, 'Pelayanan Publik']);
    expect((news.author as { name: string }[])[0]!.name).toBe(HOSTILE_AUTHOR);
    // No script was opened by the content: the only text mentioning alert() is inside JSON strings.
    for (const script of page.scripts) if (script.type !== 'application/ld+json') expect(script.text).not.toMatch(/alert\(/);
    expect(page.scripts.filter((script) => script.type === 'application/ld+json')).toHaveLength(2);
    // "<" inside a quoted attribute value is plain text to the HTML parser (Astro escapes & and "),
    // so the only proof that matters is the parsed DOM above: the values round-trip and no script was opened.
  });

  it('escapes the same strings in every feed and the news sitemap', () => {
    const carrying = feeds.filter((feed) => feed.feed.items.some((item) => item.link?.endsWith('/skor-hostile/')));
    expect(carrying.map((feed) => feed.path).sort()).toEqual(
      ['daerah/musi-banyuasin/rss.xml', 'daerah/sumatera-selatan/rss.xml', 'penghargaan/ombudsman/rss.xml', 'rss.xml', 'topik/pelayanan-publik/rss.xml', 'topik/skor-dan-zona/rss.xml'].sort(),
    );
    for (const feed of carrying) {
      const item = feed.feed.items.find((entry) => entry.link?.endsWith('/skor-hostile/'))!;
      expect(item.title, feed.path).toBe(HOSTILE_TITLE);
      expect(item.creator, feed.path).toBe(HOSTILE_AUTHOR);
      expect(item.categories, feed.path).toEqual([HOSTILE_TAG, 'Pelayanan Publik', 'Kabupaten Musi Banyuasin']);
    }
    expect(feeds.find((feed) => feed.path === 'topik/skor-dan-zona/rss.xml')!.feed.title).toBe(`Warta Prestasi: Topik ${HOSTILE_TAG}`);
    const body = fragments.get('https://contoh.warta.test/portal/berita/skor-hostile/')!;
    expect(body.scriptCount).toBe(0);
    expect(body.text).toContain(`SEKAYU - ${HOSTILE_TITLE}: paragraf pertama`);

    const news = new XMLParser({ isArray: (name) => name === 'url' }).parse(readFileSync(path.join(site.outDir, 'sitemap-news.xml'), 'utf8'));
    const entry = (news.urlset.url as Record<string, Record<string, unknown>>[]).find((url) => String(url.loc).endsWith('/skor-hostile/'))!;
    expect(decode(String(entry['news:news']!['news:title']))).toBe(HOSTILE_TITLE);
    expect(entry['news:news']!['news:publication_date']).toBe('2026-11-29T08:00:00+07:00');
  });

  it('links feeds from every page, and each region and topic page visibly to its own', () => {
    checkDiscovery(site, feeds, pageFacts);
    expect(pageFacts.get('topik/skor-dan-zona/')!.feedLinks[0]!.text).toBe(
      `RSS Ikuti berita bertopik ${HOSTILE_TAG} lewat aplikasi pembaca RSS: salin tautan ini ke aplikasi Anda.`,
    );
  });

  it('describes every article page in JSON-LD that agrees with the page', () => {
    expect(checkJsonLd(site, source, pageFacts)).toBe(6 + MASS);
  });

  it('lists exactly the published pages in the sitemap, and the last two days in the news sitemap', () => {
    const { urls, news } = checkSitemaps(site, source, pageFacts);
    expect(urls).toBeGreaterThan(6 + MASS);
    expect(news.sort()).toEqual(
      ['berita-batas', 'berita-kemarin', 'skor-hostile'].map((slug) => `https://contoh.warta.test/portal/berita/${slug}/`),
    );
    const robots = readFileSync(path.join(site.outDir, 'robots.txt'), 'utf8');
    expect(robots).not.toContain('Disallow');
    expect(robots).toContain('Sitemap: https://contoh.warta.test/portal/sitemap-index.xml');
  });

  it('mentions drafts and future articles in no feed or sitemap', () => {
    for (const [file, text] of readTextFiles(tree.outDir)) {
      if (!file.endsWith('.xml') && !file.endsWith('.txt')) continue;
      for (const needle of ['draf-rahasia', 'unikdrafxyz', 'terjadwal-masa-depan', 'unikmasadepanxyz', 'Rahasia Draf', 'Masa Depan']) {
        expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
      }
    }
  });
});

function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}
