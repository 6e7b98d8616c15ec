import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { decideStaleFiles } from '../build/output-reuse.ts';
import { OUTPUT_MARKER, KEPT_ENTRIES } from '../build/output-guard.ts';
import { guardOutputDir, prepareStaging, publishStaged, recoverInterruptedSwap, removeEmptiedDirs, resolveOutputPaths, describeOutputChanges, type OutputPaths } from '../build/output-staging.ts';
import { lockBuild, takeLock } from '../build/build-lock.ts';
import { SEARCH_INDEX_AFTER_BUILD } from './pagefind.ts';
import { listFiles } from '../utils/files.ts';
import { CONTENT_DIR } from '../site-config.ts';

/** Rewritten by the search index step itself (src/integrations/pagefind.ts). */
const SEARCH_DIR = 'pagefind';
/** Bundled CSS/JS and optimised images: written afresh into the staging directory by every build. */
const ASSETS_DIR = '_astro';

/**
 * Astro builds into a staging directory that already holds the previous output
 * (src/build/output-staging.ts), so the incremental build rewrites only changed pages.
 */
export function outputDir(): { prepare: AstroIntegration; swap: AstroIntegration } {
  let paths: OutputPaths | undefined;
  let publicDir = '';
  let cacheDir = '';
  const prepare: AstroIntegration = {
    name: 'warta-output-dir',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        if (command === 'dev') {
          // The dev server keeps its own cache, so a build can run beside it.
          const devCache = cacheDir.replace(/[\\/]?$/, '-dev/');
          takeLock(path.join(devCache, 'dev.lock'), `Cache ${devCache}`);
          updateConfig({ cacheDir: pathToFileURL(devCache) });
          return;
        }
        if (command !== 'build') return;
        paths = resolveOutputPaths(fileURLToPath(config.outDir));
        const root = fileURLToPath(config.root);
        guardOutputDir(paths, {
          root,
          contentDir: path.resolve(root, CONTENT_DIR),
          cacheDir: path.resolve(cacheDir),
          publicDir: fileURLToPath(config.publicDir),
          srcDir: fileURLToPath(config.srcDir),
        });
        // Checked before the lock, which writes beside the output.
        lockBuild(cacheDir, paths.live);
        recoverInterruptedSwap(paths);
        const staged = prepareStaging(paths, cacheDir);
        logger.info(
          staged.reused
            ? `keluaran terakhir dipakai ulang: ${staged.copied} berkas disalin ke direktori kerja, ${staged.deleted} dihapus`
            : 'build dimulai dari direktori kerja kosong (keluaran yang ada bukan hasil build terakhir konten ini)',
        );
        updateConfig({ outDir: pathToFileURL(paths.staging + '/'), vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        if (paths) rmSync(path.join(paths.staging, ASSETS_DIR), { recursive: true, force: true });
      },
      'astro:build:done': ({ assets, dir }) => {
        const outDir = fileURLToPath(dir);
        const written = new Set<string>([OUTPUT_MARKER]);
        for (const urls of assets.values()) {
          for (const url of urls) written.add(path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/'));
        }
        if (existsSync(publicDir)) for (const file of listFiles(publicDir)) written.add(file);
        const stale = decideStaleFiles(listFiles(outDir), written, [SEARCH_DIR, ASSETS_DIR, ...KEPT_ENTRIES]);
        for (const file of stale) rmSync(path.join(outDir, file), { force: true });
        removeEmptiedDirs(outDir, stale);
      },
    },
  };
  /** Last of the integrations, so the sitemaps and search index are in before the swap; `npm run build` swaps in scripts/build.ts instead. */
  const swap: AstroIntegration = {
    name: 'warta-output-swap',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!paths || process.env[SEARCH_INDEX_AFTER_BUILD] === 'after-build') return;
        logger.info(describeOutputChanges(paths.live, publishStaged(paths, cacheDir), cacheDir));
      },
    },
  };
  return { prepare, swap };
}
