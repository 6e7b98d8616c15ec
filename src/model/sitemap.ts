/**
 * Which built pages the sitemap lists. `/cari/` is left out because Google asks sites
 * not to have search results pages indexed. Pure: src/integrations/sitemap.ts passes the HTML.
 */

/** Never listed, whatever their HTML says. */
export const SITEMAP_EXCLUDED = new Set(['404/', 'cari/']);

export function hasNoindex(html: string): boolean {
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/\bname\s*=\s*["']?robots["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (content && /(^|[\s,])(noindex|none)([\s,]|$)/i.test(content[1] ?? content[2] ?? content[3] ?? '')) return true;
  }
  return false;
}

/** `relativePath` is under the base (`` for the front page); `html` is undefined when no index.html was built. */
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
