import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { canReuseOutput, decideStaleFiles, type OutputStamp } from '../model/output-reuse.ts';
import { listFiles } from '../utils/files.ts';

/** Rewritten by the search index step itself (src/integrations/pagefind.ts). */
const SEARCH_DIR = 'pagefind';
/** Bundled CSS/JS and optimised images: emptied and written afresh by every build. */
const ASSETS_DIR = '_astro';

function identify(outDir: string): OutputStamp | undefined {
  if (!existsSync(outDir)) return undefined;
  const stat = statSync(outDir);
  return { outDir, ino: stat.ino, birthtimeMs: stat.birthtimeMs };
}

function readStamp(file: string): OutputStamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OutputStamp;
  } catch {
    return undefined;
  }
}

/** Removes the directories that deleting `files` left empty, deepest first, never `root` itself. */
function removeEmptiedDirs(root: string, files: readonly string[]): void {
  const dirs = new Set<string>();
  for (const file of files) for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) dirs.add(dir);
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    const full = path.join(root, dir);
    if (existsSync(full) && readdirSync(full).length === 0) rmdirSync(full);
  }
}

/**
 * The output directory of each build (src/model/output-reuse.ts decides).
 *
 * When the directory is exactly what this content tree's last successful
 * build left, it is kept: Astro's incremental build then leaves every
 * unchanged page where it is, and at the end every file this build did not
 * write is deleted, so the result equals a clean build
 * (tests/build/incremental.test.ts).
 *
 * Otherwise the build starts from an empty directory without waiting for the
 * old one to be deleted: Astro's own synchronous emptying blocked a
 * 10,000-article build for 11 s. The old directory is renamed into Astro's
 * cache (instant) and deleted in the background; the build finishes only once
 * it is gone. A `.git` directory inside the output is kept, as Astro keeps it.
 */
export function outputDir(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let stampFile = '';
  let trashRoot = '';
  let reusing = false;
  let deletion: Promise<unknown> = Promise.resolve();
  return {
    name: 'warta-output-dir',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        publicDir = fileURLToPath(config.publicDir);
        stampFile = fileURLToPath(new URL('output-stamp.json', config.cacheDir));
        trashRoot = fileURLToPath(new URL('old-output/', config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        const stamp = readStamp(stampFile);
        // Until this build succeeds, the directory is nobody's known state.
        rmSync(stampFile, { force: true });
        reusing = canReuseOutput(stamp, identify(outDir));
        mkdirSync(trashRoot, { recursive: true });
        // Leftovers of a build that was interrupted while deleting.
        const leftovers = readdirSync(trashRoot).map((name) => path.join(trashRoot, name));
        if (reusing) {
          rmSync(path.join(outDir, ASSETS_DIR), { recursive: true, force: true });
          logger.info(`${path.relative(process.cwd(), outDir) || '.'}/ dipakai ulang dari build sebelumnya; halaman yang tidak berubah tidak ditulis ulang`);
        } else if (existsSync(outDir)) {
          const trash = path.join(trashRoot, `${process.pid}-${Date.now()}`);
          try {
            renameSync(outDir, trash);
          } catch {
            // Another file system (EXDEV) or a busy directory: empty it in place, as Astro would.
            for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(path.join(outDir, name), { recursive: true, force: true });
          }
          if (existsSync(trash)) {
            mkdirSync(outDir, { recursive: true });
            if (existsSync(path.join(trash, '.git'))) renameSync(path.join(trash, '.git'), path.join(outDir, '.git'));
            leftovers.push(trash);
          }
        }
        deletion = Promise.all(leftovers.map((dir) => rm(dir, { recursive: true, force: true })));
      },
      'astro:build:done': async ({ assets, logger }) => {
        await deletion;
        if (reusing) {
          const written = new Set<string>();
          for (const urls of assets.values()) {
            for (const url of urls) written.add(path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/'));
          }
          if (existsSync(publicDir)) for (const file of listFiles(publicDir)) written.add(file);
          const stale = decideStaleFiles(listFiles(outDir), written, [SEARCH_DIR, ASSETS_DIR, '.git']);
          for (const file of stale) rmSync(path.join(outDir, file), { force: true });
          removeEmptiedDirs(outDir, stale);
          if (stale.length > 0) logger.info(`${stale.length} berkas dari build sebelumnya dihapus`);
        }
        mkdirSync(path.dirname(stampFile), { recursive: true });
        writeFileSync(stampFile, JSON.stringify(identify(outDir)));
      },
    },
  };
}
