/**
 * `npm run build`: `astro build`, then the Pagefind index, in that order and
 * in separate processes. Pagefind's indexer holds ~160 KB per page while it
 * writes (1.6 GB at 10,000 articles); run inside Astro's build hook it would
 * add to everything Astro still holds, so here it starts only after Astro's
 * process has exited. A plain `astro build` still indexes in its own hook
 * (src/integrations/pagefind.ts); the result is the same.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { SEARCH_INDEX_AFTER_BUILD, describeIndexed, writeSearchIndex } from '../src/integrations/pagefind.ts';
import { OUT_DIR } from '../src/site-config.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, OUT_DIR);

const code = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, [SEARCH_INDEX_AFTER_BUILD]: 'after-build' },
  });
  child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});
if (code !== 0) process.exit(code);

const started = performance.now();
try {
  const indexed = await writeSearchIndex(outDir);
  console.log(`[warta-pagefind] ${describeIndexed(indexed, performance.now() - started)}`);
} catch (error) {
  console.error(`[warta-pagefind] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
