import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildTree, copyFixture, listFiles, type BuildResult, type Tree } from './harness.ts';
import { pagefindIndex } from '../../src/integrations/pagefind.ts';
import type { PagefindSearchOptions, SearchParts } from '../../src/components/search/search-parts.ts';
import { ORIGIN, openIndex, resultsFor, type ResultData } from './search-client.ts';

async function urlsFor(pagefind: SearchParts, term: string | null, options: PagefindSearchOptions = {}): Promise<string[]> {
  return (await resultsFor(pagefind, term, options)).map((item) => new URL(item.url, ORIGIN).pathname).sort();
}

describe('the search index of a fixture site (published, draft and future articles)', () => {
  let tree: Tree;
  let build: BuildResult;
  let pagefind: SearchParts;
  let restore = () => {};
  const fetched: string[] = [];
  const PUBLISHED = ['/berita/terbit-ambon/', '/berita/terbit-muba/'];

  beforeAll(async () => {
    tree = copyFixture('basic', 'search-index');
    build = await buildTree(tree);
    if (build.code !== 0) return;
    ({ pagefind, restore } = await openIndex(tree.outDir, fetched));
  });
  afterAll(async () => {
    await pagefind?.destroy();
    restore();
  });

  it('builds and logs the index size in the benchmark\'s format', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(/Pagefind: 2 halaman diindeks dalam \d+ ms/);
  });

  it('holds exactly one page per published article, in Indonesian', () => {
    const entry = JSON.parse(readFileSync(path.join(tree.outDir, 'pagefind', 'arsip-1', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['id']);
    expect(entry.languages.id.wasm).toBe('id');
    const articlePages = listFiles(path.join(tree.outDir, 'berita')).filter((file) => /^[a-z0-9-]+\/index\.html$/.test(file));
    expect(articlePages.length).toBe(PUBLISHED.length);
    expect(entry.languages.id.page_count).toBe(articlePages.length);
  });

  it('marks only article pages, each with exactly one data-pagefind-body', () => {
    const pages = listFiles(tree.outDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(PUBLISHED.length);
    for (const file of pages) {
      const bodies = readFileSync(path.join(tree.outDir, file), 'utf8').match(/data-pagefind-body/g)?.length ?? 0;
      expect(bodies, file).toBe(/^berita\/[a-z0-9-]+\/index\.html$/.test(file) ? 1 : 0);
    }
  });

  it('finds every published article and nothing else', async () => {
    expect(await urlsFor(pagefind, null, { sort: { date: 'desc' } })).toEqual(PUBLISHED);
    expect(await urlsFor(pagefind, 'artikel')).toEqual(PUBLISHED);
    expect(fetched).toContain('/pagefind/arsip-1/wasm.id.pagefind');
  });

  it('finds no draft or future article, by its words or its title', async () => {
    for (const term of ['unikdrafxyz', 'unikmasadepanxyz', 'draf', 'terjadwal', 'rahasia']) {
      expect(await urlsFor(pagefind, term), term).toEqual([]);
    }
  });

  it('has no trace of a draft or future article in any index file', () => {
    const files = listFiles(path.join(tree.outDir, 'pagefind')).filter((file) => /\.pf_[a-z]+$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = gunzipSync(readFileSync(path.join(tree.outDir, 'pagefind', file))).toString('utf8');
      for (const needle of ['unikdrafxyz', 'unikmasadepanxyz', 'draf-rahasia', 'terjadwal-masa-depan']) {
        expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
      }
    }
  });

  it('understands Indonesian word forms: "penghargaan" finds a page that only says "penghargaannya"', async () => {
    const [{ content }] = await resultsFor(pagefind, 'sekayu') as [ResultData];
    expect(content).toContain('penghargaannya');
    expect(content).not.toMatch(/penghargaan(?!nya)/i);
    expect(await urlsFor(pagefind, 'penghargaan')).toEqual(['/berita/terbit-muba/']);
    expect(await urlsFor(pagefind, 'penghargaannya')).toEqual(['/berita/terbit-muba/']);
    // Pagefind also matches prefixes; these forms are no prefix of any word on the page,
    // so only the Indonesian stemmer (all reduce to "harga") can match them.
    for (const form of ['menghargai', 'dihargai', 'penghargaanmu']) {
      expect(content.toLowerCase()).not.toContain(form);
      expect(await urlsFor(pagefind, form), form).toEqual(['/berita/terbit-muba/']);
    }
    const [hit] = await resultsFor(pagefind, 'penghargaan');
    expect(hit!.excerpt).toContain('<mark>penghargaannya</mark>');
  });

  it('indexes the article only: no byline, tags, navigation, footer or related links', async () => {
    // "Musi" is in terbit-muba's title, and in terbit-ambon only inside its Berita Terkait list.
    const ambon = readFileSync(path.join(tree.outDir, 'berita/terbit-ambon/index.html'), 'utf8');
    expect(ambon).toContain('Artikel terbit tentang Musi Banyuasin');
    expect(await urlsFor(pagefind, 'musi')).toEqual(['/berita/terbit-muba/']);
    for (const term of ['Penulis', 'Redaktur', 'Beranda', 'Indeks', 'menyajikan', 'lisensi', 'Topik', 'Terkait']) {
      expect(await urlsFor(pagefind, term), term).toEqual([]);
    }
    const [{ content }] = await resultsFor(pagefind, 'sekayu') as [ResultData];
    expect(content).toContain('Artikel terbit tentang Musi Banyuasin');
    expect(content).toContain('Bupati menerima penghargaannya di Jakarta.');
    expect(content).not.toContain('Penulis Uji');
  });

  it('carries filters, a date sort and result-card meta', async () => {
    const filters = await pagefind.filters();
    expect(filters.daerah).toEqual({ 'Kabupaten Musi Banyuasin': 1, 'Kota Ambon': 1 });
    expect(filters.provinsi).toEqual({ 'Provinsi Maluku': 1, 'Provinsi Sumatera Selatan': 1 });
    expect(filters.tahun).toEqual({ '2024': 2 });
    expect(await urlsFor(pagefind, 'artikel', { filters: { daerah: 'Kota Ambon' } })).toEqual(['/berita/terbit-ambon/']);

    // Pagefind drops pages without the sort key from sorted results: every article must carry it.
    expect(await urlsFor(pagefind, 'artikel', { sort: { date: 'asc' } })).toEqual(PUBLISHED);

    const [muba] = await resultsFor(pagefind, 'sekayu');
    expect(muba!.meta).toMatchObject({
      title: 'Artikel terbit tentang Musi Banyuasin',
      date: '14 November 2024',
      datetime: '2024-11-14T10:30:00+07:00',
      region: 'Kabupaten Musi Banyuasin',
    });
  });
});

describe('the Pagefind build step fails rather than serve a wrong index', () => {
  const work = path.join(ROOT, '.tmp', 'build-tests', 'search-integration');
  const logs: string[] = [];
  const logger = { info: (line: string) => logs.push(line) };
  const page = (lang: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Beranda</nav>${body}</body></html>`;
  const run = async (files: Record<string, string>) => {
    rmSync(work, { recursive: true, force: true });
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
      writeFileSync(path.join(work, file), html);
    }
    const hook = pagefindIndex().hooks['astro:build:done']!;
    // Only `dir` and `logger` are used; the rest of Astro's hook options are left out.
    await hook({ dir: pathToFileURL(`${work}/`), logger, pages: [], assets: new Map() } as unknown as Parameters<typeof hook>[0]);
  };

  it('indexes article pages only and logs their number', async () => {
    await run({
      'berita/satu/index.html': page('id', '<article data-pagefind-body><h1>Satu</h1><p>Isi pertama.</p></article>'),
      'berita/dua/index.html': page('id', '<article data-pagefind-body><h1>Dua</h1><p>Isi kedua.</p></article>'),
      'index.html': page('id', '<main><p>Beranda tanpa badan indeks.</p></main>'),
    });
    expect(logs.at(-1)).toMatch(/^Pagefind: 2 halaman diindeks dalam \d+ ms \(semua bagian dibangun ulang: belum ada indeks\)$/);
  });

  it('fails when an article page lost its data-pagefind-body', async () => {
    await expect(
      run({
        'berita/satu/index.html': page('id', '<article data-pagefind-body><h1>Satu</h1></article>'),
        'berita/dua/index.html': page('id', '<article><h1>Dua</h1></article>'),
      }),
    ).rejects.toThrow(/mengindeks 1 halaman, padahal ada 2 halaman artikel/);
  });

  it('fails when a page is not in Indonesian', async () => {
    await expect(run({ 'berita/satu/index.html': page('en', '<article data-pagefind-body><h1>One</h1></article>') })).rejects.toThrow(
      /bahasa en/,
    );
  });
});
