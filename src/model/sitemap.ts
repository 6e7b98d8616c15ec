/**
 * Which built pages the sitemap lists: every published page a search engine
 * should index. Not the 404 page, not a page marked `noindex`, not the search
 * page (`/cari/`: a tool whose results pages Google asks sites not to have
 * indexed), and nothing that is not an HTML page (feeds, badges, robots.txt).
 * Pure: the build hook (src/integrations/sitemap.ts) passes the built HTML.
 */

/** Paths under the base never listed, whatever their HTML says. */
export const SITEMAP_EXCLUDED = new Set(['404/', 'cari/']);

/** True when the HTML asks robots not to index the page. */
export function hasNoindex(html: string): boolean {
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/\bname\s*=\s*["']?robots["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (content && /(^|[\s,])(noindex|none)([\s,]|$)/i.test(content[1] ?? content[2] ?? content[3] ?? '')) return true;
  }
  return false;
}

/**
 * `relativePath`: the page's path under the base (`berita/slug/`, `` for the
 * front page); `html`: its built `index.html`, undefined when there is none.
 */
export function decideSitemapInclusion(relativePath: string, html: string | undefined): boolean {
  if (html === undefined) return false;
  if (SITEMAP_EXCLUDED.has(relativePath)) return false;
  return !hasNoindex(html);
}

/** `article:modified_time` of an article page, for the sitemap's `<lastmod>`. */
export function readModifiedTime(html: string): string | undefined {
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/\bproperty\s*=\s*["']?article:modified_time["']?/i.test(tag)) continue;
    return /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
  }
  return undefined;
}
