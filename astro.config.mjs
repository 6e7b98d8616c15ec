// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { previewMode } from './src/integrations/preview-mode.ts';
import { outputDir } from './src/integrations/output-dir.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sitemapWithFacts } from './src/integrations/sitemap.ts';
import { resolveOutputPaths } from './src/build/output-staging.ts';
import { CONTENT_DIR, OUT_DIR, cacheDirFor } from './src/site-config.ts';
import { newsroomEditor } from './src/editor/integration.ts';

const site = process.env.WARTA_SITE || 'https://warta-prestasi.example';
const base = process.env.WARTA_BASE || '/';
// Builds write a staging directory beside OUT_DIR and swap it in when complete.
const output = outputDir();

export default defineConfig({
  site,
  base,
  outDir: OUT_DIR,
  cacheDir: `./${cacheDirFor(CONTENT_DIR)}`,
  trailingSlash: 'always',
  // Pages wait on file writes; rendering a few at once keeps the CPU busy.
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    output.prepare,
    previewMode(),
    // The newsroom editor at /redaksi/: added under `astro dev` only, absent from builds.
    newsroomEditor(),
    mdx(),
    ...sitemapWithFacts({ site, base, outDir: resolveOutputPaths(OUT_DIR).staging, factsFile: fileURLToPath(new URL(`./${cacheDirFor(CONTENT_DIR)}/sitemap-facts.json`, import.meta.url)) }),
    pagefindIndex(),
    output.swap,
  ],
  // Reuse unchanged pages from the previous build (their cacheKeys digest the
  // props each route decides: src/astro-glue/article-page.ts, list-routes.ts,
  // page-keys.ts).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
