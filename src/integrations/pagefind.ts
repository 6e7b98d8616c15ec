import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describeIndexed, writeSearchIndex } from '../build/search-index.ts';

/** Set by `npm run build` (scripts/build.ts), which indexes after Astro's process has exited. */
export const SEARCH_INDEX_AFTER_BUILD = 'WARTA_SEARCH_INDEX';

/** Where a build's cache records the search index's parts (src/build/search-plan.ts). */
export function searchIndexStateFile(cacheDir: string): string {
  return path.join(cacheDir, 'search-index.json');
}

/**
 * Indexes a plain `astro build`. `npm run build` indexes in scripts/build.ts after
 * Astro has exited, so Pagefind's memory (1.6 GB per 10,000 articles) never adds to Astro's.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'warta-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_AFTER_BUILD] === 'after-build') {
          logger.info('Pagefind: indeks ditulis setelah proses Astro selesai (scripts/build.ts)');
          return;
        }
        const started = performance.now();
        const result = await writeSearchIndex(fileURLToPath(dir), cacheDir ? searchIndexStateFile(cacheDir) : undefined);
        logger.info(describeIndexed(result, performance.now() - started));
      },
    },
  };
}
