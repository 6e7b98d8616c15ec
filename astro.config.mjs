// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { previewMode } from './src/integrations/preview-mode.ts';
import { outputDir } from './src/integrations/output-dir.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sitemapOptions } from './src/integrations/sitemap.ts';

const contentDir = process.env.WARTA_CONTENT_DIR || 'content';
// Each content tree gets its own cache, so fixture builds never reuse the
// sample site's data store (and can run side by side).
const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 8);
const site = process.env.WARTA_SITE || 'https://warta-prestasi.example';
const base = process.env.WARTA_BASE || '/';
const outDir = process.env.WARTA_OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  // Pages wait on file writes; rendering a few at once keeps the CPU busy.
  build: { format: 'directory', concurrency: 4 },
  integrations: [outputDir(), previewMode(), mdx(), sitemap(sitemapOptions({ site, base, outDir })), pagefindIndex()],
  // Reuse unchanged article pages and feeds from the previous build (their
  // cacheKeys: src/data/page-keys.ts).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
