/**
 * Share links and badge cards in a fixture build (awards fixture, base
 * /portal/, plus an article without awards and one whose headline is full of
 * `&`, `#` and quotes): every article page carries the share block outside
 * the indexed body, feeds and the Pagefind index never do; each article that
 * reports an award points og:image/twitter:image at its own 1200x630 PNG card
 * of at most 100 KB, the others at their lead image or the default card; every
 * page's og:image is a file in the output; cards are cached by digest.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildTree, cacheDirOf, copyFixture, listFiles, type BuildResult, type Tree } from './harness.ts';
import { readPngSize } from '../../src/model/awards/badge-card.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SITE = 'https://contoh.warta.test';
const BASE = '/portal/';
const ROOT_URL = `${SITE}${BASE}`;
const HOSTILE_TITLE = 'Skor "A" & nilai #1 \u2014 Musi Banyuasin \u2018juara\u2019 lagi';

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node && node.content) elements(node.content as Node, out);
  return out;
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
function ancestors(element: Element): Element[] {
  const out: Element[] = [];
  let node = element.parentNode as Node | null;
  while (node && 'tagName' in node) {
    out.push(node);
    node = node.parentNode as Node | null;
  }
  return out;
}
function meta(doc: Element[], key: string): string | undefined {
  const found = doc.find((element) => element.tagName === 'meta' && (attr(element, 'property') === key || attr(element, 'name') === key));
  return found ? attr(found, 'content') : undefined;
}
/** dist path of an absolute URL under the site root. */
function distPath(tree: Tree, absolute: string): string {
  expect(absolute.startsWith(ROOT_URL), absolute).toBe(true);
  const rest = decodeURIComponent(absolute.slice(ROOT_URL.length));
  return path.join(tree.outDir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
}

describe('share links and badge cards (awards fixture, base /portal/)', () => {
  let tree: Tree;
  let build: BuildResult;
  let pages: Map<string, Element[]>;
  let buildMs: number;

  beforeAll(async () => {
    tree = copyFixture('awards', 'share-cards');
    mkdirSync(path.join(tree.dir, 'articles/2025'), { recursive: true });
    writeFileSync(
      path.join(tree.dir, 'articles/2025/tanpa-penghargaan.mdx'),
      `---\ntitle: ${JSON.stringify(HOSTILE_TITLE)}\ndescription: Berita tanpa penghargaan.\ndate: 2025-03-02T08:00\nauthor: penulis-uji\nregion: musi-banyuasin\n---\n\nSEKAYU - Isi berita tanpa penghargaan.\n`,
    );
    const started = performance.now();
    build = await buildTree(tree, { WARTA_BASE: BASE, WARTA_SITE: SITE });
    buildMs = performance.now() - started;
    pages = new Map();
    for (const file of listFiles(tree.outDir).filter((f) => f.endsWith('.html'))) {
      pages.set(file, elements(parse(readFileSync(path.join(tree.outDir, file), 'utf8'))));
    }
  });

  const articlePages = () => [...pages.keys()].filter((file) => /^berita\/[^/]+\/index\.html$/.test(file));

  it('builds', () => {
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.code).toBe(0);
    expect(articlePages().length).toBe(5);
  });

  it('puts the share block on every article page, outside the indexed body and inside data-pagefind-ignore', () => {
    for (const file of articlePages()) {
      const doc = pages.get(file)!;
      const blocks = doc.filter((element) => attr(element, 'data-share') !== undefined);
      expect(blocks.length, file).toBe(1);
      const block = blocks[0]!;
      expect(attr(block, 'data-pagefind-ignore'), file).toBeDefined();
      expect(ancestors(block).some((element) => attr(element, 'data-pagefind-body') !== undefined), file).toBe(false);
      const canonical = doc.find((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical');
      const title = meta(doc, 'og:title')!;
      const links = elements(block).filter((element) => element.tagName === 'a');
      expect(links.map((link) => attr(link, 'aria-label'))).toEqual([
        'Bagikan ke WhatsApp',
        'Bagikan ke Facebook',
        'Bagikan ke X (Twitter)',
        'Bagikan ke Telegram',
        'Bagikan lewat surel',
      ]);
      for (const link of links) {
        const href = attr(link, 'href')!;
        if (href.startsWith('http')) expect(attr(link, 'rel')?.split(/\s+/), href).toContain('noopener');
        const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
        const values = [...query.values()];
        // The headline and the canonical URL, exactly, and nothing else.
        const canonicalHref = attr(canonical!, 'href')!;
        expect(values.some((value) => value.includes(canonicalHref)), href).toBe(true);
        for (const value of values) expect([canonicalHref, title, `${title}\n${canonicalHref}`]).toContain(value);
      }
      // No script and no image from elsewhere in the block.
      expect(elements(block).filter((element) => ['script', 'img', 'iframe', 'link'].includes(element.tagName))).toEqual([]);
      const input = elements(block).find((element) => element.tagName === 'input')!;
      expect(attr(input, 'readonly')).toBeDefined();
      expect(attr(input, 'value')).toBe(attr(canonical!, 'href'));
      const label = elements(block).find((element) => element.tagName === 'label')!;
      expect(attr(label, 'for')).toBe(attr(input, 'id'));
    }
  });

  it('encodes a headline with &, # and quotes so each parameter round-trips', () => {
    const doc = pages.get('berita/tanpa-penghargaan/index.html')!;
    const x = doc.find((element) => attr(element, 'data-share-network') === 'x')!;
    expect(new URL(attr(x, 'href')!).searchParams.get('text')).toBe(HOSTILE_TITLE);
  });

  it('keeps share links out of every feed and the search index', () => {
    const feeds = listFiles(tree.outDir).filter((file) => file.endsWith('.xml'));
    expect(feeds).toContain('rss.xml');
    for (const file of feeds) {
      const text = readFileSync(path.join(tree.outDir, file), 'utf8');
      for (const needle of ['wa.me', 'sharer.php', 'intent/post', 't.me/share', 'Bagikan', 'Salin tautan']) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
    }
    const index = listFiles(path.join(tree.outDir, 'pagefind')).filter((file) => /\.pf_fragment$/.test(file));
    expect(index.length).toBeGreaterThan(0);
    for (const file of index) {
      const text = gunzipSync(readFileSync(path.join(tree.outDir, 'pagefind', file))).toString('utf8');
      for (const needle of ['Bagikan', 'Salin tautan', 'WhatsApp', 'Telegram']) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
    }
  });

  it('gives each article that reports an award its own 1200x630 PNG card of at most 100 KB', () => {
    const cards = listFiles(path.join(tree.outDir, 'kartu'));
    expect(cards.sort()).toEqual(['muba-2023.png', 'muba-2024.png', 'rekap-sumsel.png', 'tajuk-muba.png']);
    for (const card of cards) {
      const bytes = readFileSync(path.join(tree.outDir, 'kartu', card));
      expect(readPngSize(bytes), card).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, card).toBeLessThanOrEqual(100 * 1024);
      const page = pages.get(`berita/${card.replace(/\.png$/, '')}/index.html`)!;
      expect(meta(page, 'og:image')).toBe(`${ROOT_URL}kartu/${card}`);
      expect(meta(page, 'twitter:image')).toBe(`${ROOT_URL}kartu/${card}`);
      expect(meta(page, 'og:image:width')).toBe('1200');
      expect(meta(page, 'og:image:height')).toBe('630');
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(meta(page, 'og:image:alt')).toMatch(/Ombudsman RI 20\d\d: /);
    }
    // The draft's card does not exist: nothing unpublished in dist.
    expect(existsSync(path.join(tree.outDir, 'kartu', 'draf-musi-rawas.png'))).toBe(false);
  });

  it('leaves an article without awards on its lead image or the default card', () => {
    const page = pages.get('berita/tanpa-penghargaan/index.html')!;
    expect(meta(page, 'og:image')).toBe(`${ROOT_URL}og-default.png`);
  });

  it('points every page\'s og:image at a file in the output', () => {
    for (const [file, doc] of pages) {
      const image = meta(doc, 'og:image');
      if (!image) continue;
      expect(existsSync(distPath(tree, image)), `${file}: ${image}`).toBe(true);
      expect(meta(doc, 'twitter:image'), file).toBe(image);
    }
  });

  it('caches each card in Astro\'s cache under the digest of its inputs', () => {
    const dir = path.join(cacheDirOf(tree), 'warta-cards');
    // Earlier runs of this test may have left cards of other digests: every card in dist must be there.
    const cached = new Map(readdirSync(dir).filter((file) => file.endsWith('.png')).map((file) => [readFileSync(path.join(dir, file)).toString('base64'), file]));
    const cards = listFiles(path.join(tree.outDir, 'kartu'));
    for (const card of cards) {
      const file = cached.get(readFileSync(path.join(tree.outDir, 'kartu', card)).toString('base64'));
      expect(file, card).toMatch(/^[A-Za-z0-9_-]{22}\.png$/);
      console.log(`share-cards fixture: ${card} = warta-cards/${file}, ${statSync(path.join(dir, file!)).size} bytes`);
    }
    console.log(`share-cards fixture: build ${(buildMs / 1000).toFixed(1)} s with ${cards.length} cards`);
  });
});
