/**
 * Options for @astrojs/sitemap. Its filter runs in `astro:build:done`, after
 * every page is written, so it reads each page's built HTML and keeps exactly
 * the published, indexable pages (src/model/sitemap.ts decides). Article pages
 * get their `<lastmod>` from the same HTML. The Google News sitemap
 * (src/pages/sitemap-news.xml.ts) joins the sitemap index.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { decideSitemapInclusion, readModifiedTime } from '../model/sitemap.ts';

export interface SitemapSettings {
  site: string;
  base: string;
  outDir: string;
}

export function sitemapOptions(settings: SitemapSettings): SitemapOptions {
  const root = new URL(settings.base.replace(/\/?$/, '/'), settings.site);
  const outDir = path.resolve(settings.outDir);
  const htmlCache = new Map<string, string | undefined>();

  /** The built index.html of a page URL, undefined for anything else. */
  function builtHtml(pageUrl: string): { relative: string; html: string | undefined } {
    const pathname = new URL(pageUrl).pathname;
    const relative = pathname.startsWith(root.pathname) ? decodeURIComponent(pathname.slice(root.pathname.length)) : pathname;
    if (!htmlCache.has(relative)) {
      const file = path.join(outDir, relative, 'index.html');
      htmlCache.set(relative, relative.endsWith('/') || relative === '' ? (existsSync(file) ? readFileSync(file, 'utf8') : undefined) : undefined);
    }
    return { relative, html: htmlCache.get(relative) };
  }

  return {
    filter: (page) => {
      const { relative, html } = builtHtml(page);
      return decideSitemapInclusion(relative, html);
    },
    serialize: (item) => {
      const { html } = builtHtml(item.url);
      const modified = html ? readModifiedTime(html) : undefined;
      return modified ? { ...item, lastmod: modified } : item;
    },
    customSitemaps: [new URL('sitemap-news.xml', root).href],
    namespaces: { news: false, xhtml: false, image: false, video: false },
  };
}
