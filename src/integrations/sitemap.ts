/**
 * Options for @astrojs/sitemap. Its filter runs after every page is written, so it
 * decides from each page's built `<head>` (robots meta, modified time; src/model/sitemap.ts)
 * rather than repeating the pages' own decisions.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { decideSitemapInclusion, readModifiedTime } from '../model/sitemap.ts';

export interface SitemapSettings {
  site: string;
  base: string;
  outDir: string;
}

const HEAD_END = /<\/head\s*>/i;

/** Read in 16 KB steps up to `</head>`: the bodies (most of 600 MB at 10,000 articles) are never read. */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(16 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      chunks.push(chunk.subarray(0, read));
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.search(HEAD_END);
      if (end !== -1) return text.slice(0, end);
      if (read === 0) return text;
    }
  } finally {
    closeSync(fd);
  }
}

export function sitemapOptions(settings: SitemapSettings): SitemapOptions {
  const root = new URL(settings.base.replace(/\/?$/, '/'), settings.site);
  const outDir = path.resolve(settings.outDir);
  // Only the two decisions are kept per page, never the HTML: holding every
  // built page in memory cost ~350 MB on a 10,000-article site.
  const facts = new Map<string, { include: boolean; lastmod: string | undefined }>();

  function pageFacts(pageUrl: string): { include: boolean; lastmod: string | undefined } {
    const pathname = new URL(pageUrl).pathname;
    const relative = pathname.startsWith(root.pathname) ? decodeURIComponent(pathname.slice(root.pathname.length)) : pathname;
    let known = facts.get(relative);
    if (!known) {
      const file = path.join(outDir, relative, 'index.html');
      const isPage = (relative.endsWith('/') || relative === '') && existsSync(file);
      const head = isPage ? readHead(file) : undefined;
      const lastmod = head ? readModifiedTime(head) : undefined;
      // A V8 substring keeps its whole parent string alive: copy the date out.
      known = { include: decideSitemapInclusion(relative, head), lastmod: lastmod === undefined ? undefined : Buffer.from(lastmod).toString() };
      facts.set(relative, known);
    }
    return known;
  }

  return {
    filter: (page) => pageFacts(page).include,
    serialize: (item) => {
      const { lastmod } = pageFacts(item.url);
      return lastmod ? { ...item, lastmod } : item;
    },
    customSitemaps: [new URL('sitemap-news.xml', root).href],
    namespaces: { news: false, xhtml: false, image: false, video: false },
  };
}
