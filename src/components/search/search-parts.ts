/**
 * One search over the index's parts (src/build/search-index.ts writes them):
 * `pagefind/bagian.json` names the parts and the archived copies of changed
 * pages to hide. Each part is its own Pagefind instance of the one
 * `pagefind.js`; their results are merged here rather than with Pagefind's
 * `mergeIndex`, which re-sorts every merged result by score and so loses the
 * newest-first order, and cannot hide a page. Runs in the browser and, in
 * the build tests, in Node against a built site.
 */

export type FacetCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FacetCounts;
}

/** The part of Pagefind's browser API an instance offers. */
export interface PagefindInstance {
  destroy?(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FacetCounts>;
}

/** `pagefind.js`'s module: one instance per part. */
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** `pagefind/bagian.json`. */
export interface SearchManifest {
  parts: { dir: string; pages: number }[];
  hidden: Record<string, Record<string, Record<string, string[]>>>;
}

/** Results in their final order; a result's data (its fragment) loads only when it is shown. */
export interface ResultList {
  readonly total: number;
  take(start: number, count: number): Promise<PagefindResultData[]>;
}

export interface MergedResponse {
  results: ResultList;
  filters: FacetCounts;
}

/** Adds `from` into `into`, value by value. */
export function addCounts(into: FacetCounts, from: FacetCounts, sign = 1): FacetCounts {
  for (const [key, values] of Object.entries(from)) {
    const target = (into[key] ??= {});
    for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + sign * count;
  }
  return into;
}

/** A page's filters (`{daerah: ['Musi Banyuasin']}`) as counts of one. */
export function countsOf(filters: Record<string, string[]>): FacetCounts {
  return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, Object.fromEntries(values.map((value) => [value, 1]))]));
}

/** One part's response without its hidden pages, their filters taken out of the counts. */
export function withoutHidden(response: PagefindResponse, hidden: Record<string, Record<string, string[]>> = {}): PagefindResponse {
  const filters = addCounts({}, response.filters);
  const results = response.results.filter((result) => {
    const pageFilters = hidden[result.id];
    if (pageFilters) addCounts(filters, countsOf(pageFilters), -1);
    return !pageFilters;
  });
  return { results, filters };
}

/** Relevance across parts: by score, as Pagefind's own merge does. */
export function orderByScore(lists: readonly PagefindResult[][]): ResultList {
  const results = lists.flat().sort((a, b) => b.score - a.score);
  return {
    total: results.length,
    take: (start, count) => Promise.all(results.slice(start, start + count).map((result) => result.data())),
  };
}

const timeOf = (data: PagefindResultData) => Date.parse(data.meta.datetime ?? '') || 0;

/**
 * Newest first across parts, each already newest first: a k-way merge that
 * loads only the head of each part besides the results it returns.
 */
export function mergeByDate(lists: readonly PagefindResult[][], direction: 'asc' | 'desc' = 'desc'): ResultList {
  const positions = lists.map(() => 0);
  const merged: PagefindResultData[] = [];
  const sign = direction === 'desc' ? 1 : -1;
  async function next(): Promise<PagefindResultData | undefined> {
    const heads = await Promise.all(lists.map((list, part) => list[positions[part]!]?.data()));
    let best = -1;
    heads.forEach((head, part) => {
      if (head && (best < 0 || sign * (timeOf(head) - timeOf(heads[best]!)) > 0)) best = part;
    });
    if (best < 0) return undefined;
    positions[best]! += 1;
    return heads[best];
  }
  return {
    total: lists.reduce((sum, list) => sum + list.length, 0),
    async take(start, count) {
      while (merged.length < start + count) {
        const item = await next();
        if (!item) break;
        merged.push(item);
      }
      return merged.slice(start, start + count);
    },
  };
}

/** Every part of a site's index, searched as one. */
export class SearchParts {
  private constructor(
    private readonly parts: { dir: string; instance: PagefindInstance }[],
    private readonly manifest: SearchManifest,
  ) {}

  /** Reads the manifest under `indexUrl` (`/pagefind/`) and opens one instance per part. */
  static async open(indexUrl: string, options: Record<string, unknown>, load: (url: string) => Promise<unknown>): Promise<SearchParts> {
    const response = await fetch(`${indexUrl}bagian.json`);
    if (!response.ok) throw new Error(`${indexUrl}bagian.json: ${response.status}`);
    const manifest = (await response.json()) as SearchManifest;
    if (!manifest.parts.length) return new SearchParts([], manifest);
    const module = (await load(`${indexUrl}pagefind.js`)) as PagefindModule;
    const open = (dir: string) => ({ dir, instance: module.createInstance({ ...options, basePath: `${indexUrl}${dir}/` }) });
    // The instances share one WebAssembly module, set up by whichever loads it first; two
    // loading it at once would each set it up and the first one's index would point into freed
    // memory. So the first part loads completely (its filters too) before the others start.
    const [first, ...rest] = manifest.parts.map((part) => part.dir);
    const parts = [open(first!)];
    await parts[0]!.instance.filters();
    parts.push(...rest.map(open));
    return new SearchParts(parts, manifest);
  }

  /** Ends every part's instance (its worker and loaded index). */
  async destroy(): Promise<void> {
    await Promise.all(this.parts.map((part) => part.instance.destroy?.()));
  }

  /** Counts of every filter value over all visible pages. */
  async filters(): Promise<FacetCounts> {
    const totals = await Promise.all(this.parts.map((part) => part.instance.filters()));
    const counts = totals.reduce((sum, total) => addCounts(sum, total), {});
    for (const hidden of Object.values(this.manifest.hidden)) {
      for (const filters of Object.values(hidden)) addCounts(counts, countsOf(filters), -1);
    }
    return counts;
  }

  async search(term: string | null, options: PagefindSearchOptions = {}): Promise<MergedResponse> {
    const responses = await Promise.all(
      this.parts.map(async (part) => {
        const response = await part.instance.search(term, options);
        return withoutHidden(response ?? { results: [], filters: {} }, this.manifest.hidden[part.dir]);
      }),
    );
    const lists = responses.map((response) => response.results);
    const sort = Object.values(options.sort ?? {})[0];
    return {
      results: sort ? mergeByDate(lists, sort) : orderByScore(lists),
      filters: responses.reduce((sum, response) => addCounts(sum, response.filters), {}),
    };
  }
}
