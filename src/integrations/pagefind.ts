import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

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
 * Builds the Pagefind index over the built site (`<outDir>/pagefind/`) after
 * every build. Only article pages are indexed, only their
 * `data-pagefind-body`; the language (and its stemmer) comes from
 * `<html lang="id">`. Any Pagefind error, or an index that does not hold
 * exactly one page per article page, fails the build: a stale or partial
 * index is never served.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'warta-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const bundleDir = path.join(outDir, 'pagefind');
        await rm(bundleDir, { recursive: true, force: true });
        try {
          const created = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
          failOn('membuat indeks', created.errors);
          if (!created.index) throw new Error('Pagefind gagal saat membuat indeks: tidak ada indeks');
          const added = await created.index.addDirectory({ path: outDir, glob: ARTICLE_PAGES_GLOB });
          failOn('membaca halaman', added.errors);
          const written = await created.index.writeFiles({ outputPath: bundleDir });
          failOn('menulis berkas indeks', written.errors);
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
        logger.info(`Pagefind: ${indexed} halaman diindeks dalam ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
