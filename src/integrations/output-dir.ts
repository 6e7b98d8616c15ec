import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Gives every build an empty output directory without waiting for it to be
 * deleted. Astro empties the output directory synchronously before bundling;
 * a built 10,000-article site holds ~35,000 files, and unlinking them blocked
 * the build for 11 s. Here the old directory is renamed into Astro's cache
 * directory (instant) and deleted in the background while the build runs; the
 * build finishes only after the deletion has. A `.git` directory inside the
 * output is kept, as Astro keeps it.
 */
export function freshOutDir(): AstroIntegration {
  let outDir = '';
  let trashRoot = '';
  let deletion: Promise<unknown> = Promise.resolve();
  return {
    name: 'warta-fresh-out-dir',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        trashRoot = fileURLToPath(new URL('old-output/', config.cacheDir));
      },
      'astro:build:start': () => {
        mkdirSync(trashRoot, { recursive: true });
        // Leftovers of a build that was interrupted while deleting.
        const leftovers = readdirSync(trashRoot).map((name) => path.join(trashRoot, name));
        if (existsSync(outDir)) {
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
      'astro:build:done': async () => {
        await deletion;
      },
    },
  };
}
