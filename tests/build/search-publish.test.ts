/**
 * Search stays whole across publishing (issue 12): right after a publish
 * build the new article is found by a word only it has, in /cari/ in a real
 * browser; after an edit its new words are found and its removed words are
 * not; the index holds every published article and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/browser.mjs';
import { buildTree, cacheDirOf, copyFixture, listFiles, ROOT, type Tree } from './harness.ts';
import { rmSync } from 'node:fs';
import type { SearchManifest } from '../../src/components/search/search-parts.ts';
import { openIndex } from './search-client.ts';

let tree: Tree;
let server: ChildProcess;
let origin: string;
let browser: Browser;
let page: Page;

let lastOutput = '';

async function build(): Promise<void> {
  const result = await buildTree(tree);
  expect(result.code, result.output.slice(-2000)).toBe(0);
  lastOutput = result.output;
}

/** The article links /cari/ lists for a query, once the search has settled. */
async function search(term: string): Promise<string[]> {
  await page.goto(`${origin}/cari/?q=${encodeURIComponent(term)}`);
  const status = page.locator('[data-search-status]');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/hasil untuk|Tidak ada hasil/);
  return page.locator('[data-search-results] > li a[href^="/berita/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
}

/** Pages the search page can find: every part's pages less the archived copies it hides. */
function indexedPages(): number {
  const dir = path.join(tree.outDir, 'pagefind');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'bagian.json'), 'utf8')) as SearchManifest;
  return manifest.parts.reduce((sum, part) => {
    const entry = JSON.parse(readFileSync(path.join(dir, part.dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
    return sum + pages - Object.keys(manifest.hidden[part.dir] ?? {}).length;
  }, 0);
}

/** What the search page counts per year, over all parts, hidden copies subtracted. */
async function yearCounts(): Promise<number> {
  const { pagefind, restore } = await openIndex(tree.outDir, []);
  try {
    return Object.values((await pagefind.filters()).tahun ?? {}).reduce((sum, count) => sum + count, 0);
  } finally {
    await pagefind.destroy();
    restore();
  }
}

/** Index files of the archive parts, with their bytes: a publish must not touch them. */
function archiveFiles(): Map<string, string> {
  const dir = path.join(tree.outDir, 'pagefind');
  return new Map(listFiles(dir).filter((file) => file.startsWith('arsip-')).map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]));
}

const articlePages = () => listFiles(tree.outDir).filter((file) => /^berita\/[^/]+\/index\.html$/.test(file));

beforeAll(async () => {
  tree = copyFixture('basic', 'search-publish');
  rmSync(cacheDirOf(tree), { recursive: true, force: true });
  appendFileSync(path.join(tree.dir, 'articles/2024/terbit-muba.mdx'), '\nKalimat lama dengan kata kenarilamaxyz.\n');
  await build();
  server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-dist.mjs'), '--dir', tree.outDir, '--port', '0'], { cwd: ROOT });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const port = /:(\d+)\//.exec(chunk.toString())?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.on('exit', (code) => reject(new Error(`serve-dist exited ${code}`)));
  });
  browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('search after publishing and editing', () => {
  it('finds a newly published article by a word only it contains', async () => {
    expect(await search('elangjawabaruxyz')).toEqual([]);
    const archive = archiveFiles();
    expect(archive.size).toBeGreaterThan(0);
    writeFileSync(
      path.join(tree.dir, 'articles/2024/berita-baru-terbit.mdx'),
      readFileSync(path.join(tree.dir, 'articles/2024/terbit-muba.mdx'), 'utf8')
        .replace(/^title: .*$/m, 'title: Berita baru yang baru saja terbit')
        .replace('kenarilamaxyz', 'elangjawabaruxyz'),
    );
    await build();
    expect(await search('elangjawabaruxyz')).toEqual(['/berita/berita-baru-terbit/']);
    expect(indexedPages()).toBe(articlePages().length);
    expect(await yearCounts()).toBe(articlePages().length);
    // Only the changed pages were read again; the archive part is byte for byte as it was.
    expect(lastOutput).toMatch(/Pagefind: \d+ halaman diindeks dalam \d+ ms \(\d+ halaman berubah diindeks ulang\)/);
    expect(archiveFiles()).toEqual(archive);
  }, 120_000);

  it('finds an edited article by its new words and no longer by the removed ones', async () => {
    expect(await search('kenarilamaxyz')).toEqual(['/berita/terbit-muba/']);
    const file = path.join(tree.dir, 'articles/2024/terbit-muba.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kenarilamaxyz', 'cendrawasihbaruxyz'));
    await build();
    expect(await search('cendrawasihbaruxyz')).toEqual(['/berita/terbit-muba/']);
    expect(await search('kenarilamaxyz')).toEqual([]);
    expect(indexedPages()).toBe(articlePages().length);
    expect(await yearCounts()).toBe(articlePages().length);
  }, 120_000);

  it('drops an unpublished article from the index', async () => {
    const file = path.join(tree.dir, 'articles/2024/berita-baru-terbit.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, (title) => `${title}\ndraft: true`));
    await build();
    expect(await search('elangjawabaruxyz')).toEqual([]);
    expect(indexedPages()).toBe(articlePages().length);
    expect(articlePages()).not.toContain('berita/berita-baru-terbit/index.html');
    expect(await yearCounts()).toBe(articlePages().length);
  }, 120_000);
});
