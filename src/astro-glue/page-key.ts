/**
 * Cache keys for incremental builds. Astro (experimental.incrementalBuild)
 * reuses a page's previous output when the page's code is unchanged and the
 * `cacheKey` its getStaticPaths() returns is unchanged, so a key must change
 * whenever anything the page shows changes. Keys are digests of the very
 * props the page renders from, decided in one function per route
 * (src/astro-glue/article-page.ts, list-routes.ts; page-keys.ts for feeds and
 * badges), never of a hand-picked subset. Pure.
 */
import { createHash } from 'node:crypto';

/**
 * A JSON text that is the same for equal values whatever their key order:
 * object keys sorted, Maps and Sets as arrays, Dates as ISO instants,
 * undefined properties dropped (as JSON drops them).
 */
export function stableStringify(value: unknown): string {
  const seen = new Set<object>();
  const walk = (current: unknown): unknown => {
    if (current instanceof Date) return Number.isNaN(current.getTime()) ? 'Invalid Date' : current.toISOString();
    if (current === null || typeof current !== 'object') {
      if (typeof current === 'bigint') return current.toString();
      if (typeof current === 'function' || typeof current === 'symbol') return undefined;
      return current;
    }
    if (seen.has(current)) throw new TypeError('stableStringify: circular value');
    seen.add(current);
    let result: unknown;
    if (current instanceof Map) result = { '@map': [...current.entries()].map(([key, item]) => [walk(key), walk(item)]) };
    else if (current instanceof Set) result = { '@set': [...current].map(walk) };
    else if (Array.isArray(current)) result = current.map((item) => walk(item) ?? null);
    else {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(current).sort()) {
        const item = walk((current as Record<string, unknown>)[key]);
        if (item !== undefined) out[key] = item;
      }
      result = out;
    }
    seen.delete(current);
    return result;
  };
  return JSON.stringify(walk(value)) ?? 'undefined';
}

/** A short, stable digest of any value (see stableStringify). */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('base64url').slice(0, 22);
}

/** Everything about an article except its body: what cards, lists and links may show. */
const cardDigests = new WeakMap<object, string>();
export function cardDigest<TArticle extends { body: unknown }>(article: TArticle): string {
  let digest = cardDigests.get(article);
  if (digest === undefined) {
    digest = digestOf({ ...article, body: undefined });
    cardDigests.set(article, digest);
  }
  return digest;
}
