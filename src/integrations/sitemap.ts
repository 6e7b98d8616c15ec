/**
 * @astrojs/sitemap with our filter: its filter runs after every page is
 * written, so it decides from each page's built `<head>` (robots meta,
 * modified time; src/model/sitemap.ts) rather than repeating the pages' own
 * decisions. What it learns of a page is kept between builds by the file's
 * size and mtime, so a publish reads the heads of the pages it wrote, not
 * every head of the archive (13 s at 50,000 articles).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import writeFileAtomic from 'write-file-atomic';
import { decideSitemapInclusion, readModifiedTime } from '../model/sitemap.ts';
import { sameStats } from '../build/output-staging.ts';

export interface SitemapSettings {
  site: string;
  base: string;
  outDir: string;
  /** Where page facts are kept between builds; none: every head is read. */
  factsFile?: string | undefined;
}

/** What the sitemap needs of one page. */
export interface PageFacts {
  include: boolean;
  lastmod: string | undefined;
}

type KeptFacts = PageFacts & { size: number; mtimeMs: number };

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

function readKept(file: string | undefined): Map<string, KeptFacts> {
  if (!file) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, KeptFacts>));
  } catch {
    return new Map(); // missing or damaged: heads are read again
  }
}

function relativeOf(pageUrl: string, root: URL): string {
  const pathname = new URL(pageUrl).pathname;
  return pathname.startsWith(root.pathname) ? decodeURIComponent(pathname.slice(root.pathname.length)) : pathname;
}

/** Each page's facts, by URL; `save()` keeps this build's for the next. */
export function createSitemapFacts(settings: SitemapSettings) {
  const root = new URL(settings.base.replace(/\/?$/, '/'), settings.site);
  const outDir = path.resolve(settings.outDir);
  const kept = readKept(settings.factsFile);
  // Only the two decisions are kept per page, never the HTML: holding every
  // built page in memory cost ~350 MB on a 10,000-article site.
  const facts = new Map<string, KeptFacts | PageFacts>();

  function factsOf(relative: string): KeptFacts | PageFacts {
    const file = path.join(outDir, relative, 'index.html');
    const stats = relative.endsWith('/') || relative === '' ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (!stats?.isFile()) return { include: decideSitemapInclusion(relative, undefined), lastmod: undefined };
    const known = kept.get(relative);
    // The test the output staging trusts to skip a copy.
    if (known && sameStats(known, stats)) return known;
    const head = readHead(file);
    const lastmod = readModifiedTime(head);
    // A V8 substring keeps its whole parent string alive: copy the date out.
    const copied = lastmod === undefined ? undefined : Buffer.from(lastmod).toString();
    return { include: decideSitemapInclusion(relative, head), lastmod: copied, size: stats.size, mtimeMs: stats.mtimeMs };
  }

  return {
    pageFacts(pageUrl: string): PageFacts {
      const relative = relativeOf(pageUrl, root);
      let known = facts.get(relative);
      if (!known) {
        known = factsOf(relative);
        facts.set(relative, known);
      }
      return known;
    },
    save(): void {
      if (!settings.factsFile) return;
      const pages = Object.fromEntries([...facts].filter((entry): entry is [string, KeptFacts] => 'size' in entry[1]));
      writeFileAtomic.sync(settings.factsFile, JSON.stringify(pages), { fsync: false });
    },
  };
}

function sitemapOptions(facts: ReturnType<typeof createSitemapFacts>, root: URL): SitemapOptions {
  return {
    filter: (page) => facts.pageFacts(page).include,
    serialize: (item) => {
      const { lastmod } = facts.pageFacts(item.url);
      return lastmod ? { ...item, lastmod } : item;
    },
    customSitemaps: [new URL('sitemap-news.xml', root).href],
    namespaces: { news: false, xhtml: false, image: false, video: false },
  };
}

/** @astrojs/sitemap, then a hook that keeps this build's page facts once the build succeeded. */
export function sitemapWithFacts(settings: SitemapSettings): AstroIntegration[] {
  const facts = createSitemapFacts(settings);
  const root = new URL(settings.base.replace(/\/?$/, '/'), settings.site);
  return [
    sitemap(sitemapOptions(facts, root)),
    { name: 'warta-sitemap-facts', hooks: { 'astro:build:done': () => facts.save() } },
  ];
}
