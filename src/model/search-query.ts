/**
 * What a `/cari/` URL means, the Pagefind request it becomes and the sentences describing the
 * outcome; DOM-free so it is unit-tested, and the search element only applies it.
 */
import { formatNumberId } from './format-id.ts';
import { SEARCH_FILTER_KEYS, SEARCH_SORT_DATE, ZONE_FILTER_LABELS, type SearchFilterKey } from './search-record.ts';

export { SEARCH_FILTER_KEYS, type SearchFilterKey };

/** `relevansi` (Pagefind's ranking) or `terbaru` (newest first). */
export type SearchSort = 'relevansi' | 'terbaru';

export interface SearchState {
  /** The query as typed, whitespace collapsed; may be empty. */
  q: string;
  /** Chosen values per filter; a result must match one value of every filter used. */
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: SearchSort;
}

/** URL parameter of the order; absent means `relevansi`. */
export const SORT_PARAM = 'urut';
/** A query longer than this is cut (Pagefind gains nothing from more). */
export const MAX_QUERY_LENGTH = 200;

/** Facet headings on `/cari/`, in display order. */
export const FILTER_LABELS: Record<SearchFilterKey, string> = {
  daerah: 'Daerah',
  provinsi: 'Provinsi',
  tahun: 'Tahun',
  skema: 'Skema penghargaan',
  zona: 'Zona',
};

export const SORT_LABELS: Record<SearchSort, string> = { relevansi: 'Relevansi', terbaru: 'Terbaru' };

export function normalizeQuery(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

export function emptySearchState(): SearchState {
  return { q: '', filters: {}, sort: 'relevansi' };
}

/** Reads `?q=…&daerah=…&tahun=…&urut=terbaru`; unknown parameters are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const state = emptySearchState();
  state.q = normalizeQuery(params.get('q'));
  for (const key of SEARCH_FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];
    if (values.length) state.filters[key] = values;
  }
  state.sort = params.get(SORT_PARAM) === 'terbaru' ? 'terbaru' : 'relevansi';
  return state;
}

/** The query string for a state (`q=zona+hijau&daerah=…`), in a stable order; empty for the empty state. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set('q', q);
  for (const key of SEARCH_FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'terbaru') params.set(SORT_PARAM, 'terbaru');
  return params;
}

export function countActiveFilters(state: SearchState): number {
  return SEARCH_FILTER_KEYS.reduce((sum, key) => sum + (state.filters[key]?.length ?? 0), 0);
}

export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || countActiveFilters(state) > 0;
}

export interface PagefindRequest {
  /** `null` searches by filters alone. */
  term: string | null;
  options: {
    filters: Partial<Record<SearchFilterKey, { any: string[] }>>;
    sort?: Record<string, 'asc' | 'desc'>;
  };
}

/** Without a query, results come newest first: there is no relevance to rank by. */
export function decidePagefindRequest(state: SearchState): PagefindRequest {
  const filters: PagefindRequest['options']['filters'] = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const values = state.filters[key];
    if (values?.length) filters[key] = { any: [...values] };
  }
  const request: PagefindRequest = { term: state.q || null, options: { filters } };
  if (state.sort === 'terbaru' || !state.q) request.options.sort = { [SEARCH_SORT_DATE]: 'desc' };
  return request;
}

const quote = (q: string) => `\u201c${q}\u201d`;

/**
 * The sentence announced after every search: `12 hasil untuk “zona hijau”`,
 * `3 berita sesuai saringan`, or the no-results advice.
 */
export function describeResultCount(count: number, state: SearchState): string {
  const filtered = countActiveFilters(state) > 0;
  if (count === 0) {
    if (!state.q) return 'Tidak ada berita yang sesuai saringan. Coba kurangi saringan.';
    return filtered
      ? `Tidak ada hasil untuk ${quote(state.q)} dengan saringan ini. Coba kurangi saringan, kata lain, atau periksa ejaan.`
      : `Tidak ada hasil untuk ${quote(state.q)}. Coba kata lain atau periksa ejaan.`;
  }
  const n = formatNumberId(count);
  if (!state.q) return `${n} berita sesuai saringan`;
  return filtered ? `${n} hasil untuk ${quote(state.q)} sesuai saringan` : `${n} hasil untuk ${quote(state.q)}`;
}

/** `Menampilkan 10 dari 24`, for the list below the count. */
export function describeShown(shown: number, total: number): string {
  return `Menampilkan ${formatNumberId(shown)} dari ${formatNumberId(total)}`;
}

const ZONE_ORDER: string[] = Object.values(ZONE_FILTER_LABELS);
const collator = new Intl.Collator('id');

/** Values the reader chose stay listed even when the index no longer has them, so they can be unticked. */
export function orderFacetValues(key: SearchFilterKey, counts: Record<string, number>, chosen: readonly string[] = []): [string, number][] {
  const entries = new Map(Object.entries(counts));
  for (const value of chosen) if (!entries.has(value)) entries.set(value, 0);
  const list = [...entries];
  if (key === 'tahun') return list.sort((a, b) => Number(b[0]) - Number(a[0]) || collator.compare(a[0], b[0]));
  if (key === 'zona') {
    const rank = (value: string) => {
      const index = ZONE_ORDER.indexOf(value);
      return index === -1 ? ZONE_ORDER.length : index;
    };
    return list.sort((a, b) => rank(a[0]) - rank(b[0]) || collator.compare(a[0], b[0]));
  }
  return list.sort((a, b) => collator.compare(a[0], b[0]));
}
