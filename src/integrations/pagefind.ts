import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from '../utils/files.ts';

/** Article pages, relative to the output dir: the only pages search may find. */
export const ARTICLE_PAGES_GLOB = 'berita/*/index.html';

/**
 * Never indexed even inside `data-pagefind-body` (defence in depth: the
 * markup marks them `data-pagefind-ignore` or keeps them outside the body).
 */
export const EXCLUDED_SELECTORS = ['[data-baca-juga]', '[data-berita-terkait]', 'nav', 'header.masthead', 'footer.site-footer'];

/** What `pagefind-entry.json` says about the index. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind gagal saat ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
}

function countArticlePages(outDir: string): number {
  const berita = path.join(outDir, 'berita');
  if (!existsSync(berita)) return 0;
  return readdirSync(berita, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(path.join(berita, entry.name, 'index.html')),
  ).length;
}

/**
 * Makes `dir` hold exactly `files`, writing only those whose bytes changed.
 * Most of an index is one fragment file per page, named by its content, so a
 * rebuild after one edit rewrites a handful of its 10,000 files instead of
 * deleting and writing them all.
 */
function writeChangedFiles(dir: string, files: readonly { path: string; content: Uint8Array }[]): void {
  const wanted = new Set<string>();
  for (const file of files) {
    const target = path.join(dir, file.path);
    wanted.add(path.relative(dir, target).split(path.sep).join('/'));
    const content = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
    if (existsSync(target)) {
      const current = readFileSync(target);
      if (current.equals(content)) continue;
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
    }
    writeFileSync(target, content);
  }
  if (!existsSync(dir)) return;
  for (const file of listFiles(dir)) if (!wanted.has(file)) rmSync(path.join(dir, file), { force: true });
}

/** Set by `npm run build` (scripts/build.ts), which indexes after Astro's process has exited. */
export const SEARCH_INDEX_AFTER_BUILD = 'WARTA_SEARCH_INDEX';

/**
 * Builds the Pagefind index over a built site (`<outDir>/pagefind/`). Only
 * article pages are indexed, only their `data-pagefind-body`; the language
 * (and its stemmer) comes from `<html lang="id">`. Any Pagefind error, or an
 * index that does not hold exactly one page per article page, throws: a stale
 * or partial index is never served. Returns the number of pages indexed.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const bundleDir = path.join(outDir, 'pagefind');
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
    failOn('membuat indeks', created.errors);
    if (!created.index) throw new Error('Pagefind gagal saat membuat indeks: tidak ada indeks');
    const added = await created.index.addDirectory({ path: outDir, glob: ARTICLE_PAGES_GLOB });
    failOn('membaca halaman', added.errors);
    const bundle = await created.index.getFiles();
    failOn('menulis berkas indeks', bundle.errors);
    writeChangedFiles(bundleDir, bundle.files);
  } finally {
    await pagefind.close();
  }

  const entryFile = path.join(bundleDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`Pagefind tidak menulis ${path.relative(process.cwd(), entryFile)}`);
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as PagefindEntry;
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const expected = countArticlePages(outDir);
  if (indexed !== expected) {
    throw new Error(
      `Pagefind mengindeks ${indexed} halaman, padahal ada ${expected} halaman artikel (berita/*/index.html). ` +
        'Setiap halaman artikel harus punya tepat satu <article data-pagefind-body>, dan hanya halaman artikel.',
    );
  }
  const languages = Object.keys(entry.languages);
  if (indexed > 0 && (languages.length !== 1 || languages[0] !== 'id')) {
    throw new Error(`Pagefind menemukan bahasa ${languages.join(', ')}; semua halaman harus <html lang="id">`);
  }
  return indexed;
}

/** The log line the benchmark reads, from the build hook and from scripts/build.ts alike. */
export function describeIndexed(indexed: number, milliseconds: number): string {
  return `Pagefind: ${indexed} halaman diindeks dalam ${Math.round(milliseconds)} ms`;
}

/**
 * Indexes every `astro build` when it is done. Under `npm run build` the
 * index is written by scripts/build.ts instead, once Astro's process has
 * exited, so that Pagefind's memory (1.6 GB at 10,000 articles) never adds
 * to Astro's.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'warta-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_AFTER_BUILD] === 'after-build') {
          logger.info('Pagefind: indeks ditulis setelah proses Astro selesai (scripts/build.ts)');
          return;
        }
        const started = performance.now();
        const indexed = await writeSearchIndex(fileURLToPath(dir));
        logger.info(describeIndexed(indexed, performance.now() - started));
      },
    },
  };
}
