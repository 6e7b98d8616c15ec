/**
 * The search page's own client (src/components/search/search-parts.ts) over
 * a built site, in Node: what a reader's browser would find.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SearchParts, type PagefindSearchOptions } from '../../src/components/search/search-parts.ts';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export const ORIGIN = 'http://pagefind.test';

/** `fetch` is answered from the output directory, so the test searches exactly what a reader's browser would. */
export async function openIndex(outDir: string, fetched: string[]): Promise<{ pagefind: SearchParts; restore(): void }> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.origin !== ORIGIN) return realFetch(input);
    fetched.push(url.pathname);
    try {
      return new Response(await readFile(path.join(outDir, decodeURIComponent(url.pathname))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  const load = (url: string) => import(pathToFileURL(path.join(outDir, new URL(url).pathname)).href);
  const pagefind = await SearchParts.open(`${ORIGIN}/pagefind/`, { baseUrl: '/' }, load);
  return { pagefind, restore: () => (globalThis.fetch = realFetch) };
}

/** Every result's data, in the merged order. */
export async function resultsFor(pagefind: SearchParts, term: string | null, options: PagefindSearchOptions = {}): Promise<ResultData[]> {
  const { results } = await pagefind.search(term, options);
  return (await results.take(0, results.total)) as ResultData[];
}

