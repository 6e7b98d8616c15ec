// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { previewMode } from './src/integrations/preview-mode.ts';

const contentDir = process.env.WARTA_CONTENT_DIR || 'content';
// Each content tree gets its own cache, so fixture builds never reuse the
// sample site's data store (and can run side by side).
const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 8);

export default defineConfig({
  site: process.env.WARTA_SITE || 'https://warta-prestasi.example',
  base: process.env.WARTA_BASE || '/',
  outDir: process.env.WARTA_OUT_DIR || './dist',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [previewMode(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
