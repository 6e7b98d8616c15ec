/**
 * `npm run build`: `astro build`, then the Pagefind index, then the swap (src/build/output-staging.ts).
 * Pagefind holds ~160 KB per page while it writes (1.6 GB at 10,000 articles), so it starts only
 * after Astro's process has exited instead of adding to it in a build hook; the output is the same.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { SEARCH_INDEX_AFTER_BUILD, searchIndexStateFile } from '../src/integrations/pagefind.ts';
import { describeIndexed, writeSearchIndex } from '../src/build/search-index.ts';
import { describeOutputChanges, guardOutputDir, publishStaged, resolveOutputPaths } from '../src/build/output-staging.ts';
import { lockBuild } from '../src/build/build-lock.ts';
import { CONTENT_DIR, OUT_DIR, cacheDirFor } from '../src/site-config.ts';

const root = path.resolve(import.meta.dirname, '..');
const paths = resolveOutputPaths(path.resolve(root, OUT_DIR));
const cacheDir = path.resolve(root, cacheDirFor(CONTENT_DIR));

function fail(step: string, error: unknown): never {
  console.error(`[${step}] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  // The same checks as the astro build below, before the lock writes beside the output.
  guardOutputDir(paths, { root, contentDir: path.resolve(root, CONTENT_DIR), cacheDir, publicDir: path.join(root, 'public'), srcDir: path.join(root, 'src') });
  lockBuild(cacheDir, paths.live);
} catch (error) {
  fail('warta-output', error);
}

const code = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // The child inherits the locks this process holds (lockBuild marks them in the environment).
    env: { ...process.env, [SEARCH_INDEX_AFTER_BUILD]: 'after-build' },
  });
  child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});
if (code !== 0) process.exit(code);

try {
  const started = performance.now();
  const indexed = await writeSearchIndex(paths.staging, searchIndexStateFile(cacheDir));
  console.log(`[warta-pagefind] ${describeIndexed(indexed, performance.now() - started)}`);
} catch (error) {
  fail('warta-pagefind', error);
}

try {
  console.log(`[warta-output] ${describeOutputChanges(paths.live, publishStaged(paths, cacheDir), cacheDir)}`);
} catch (error) {
  fail('warta-output', error);
}
