/**
 * `<warta-search>`: the search page's behaviour. It upgrades the server-rendered
 * GET form of `/cari/` (which alone only reloads the page) into live search
 * over the Pagefind index: results with highlighted excerpts, filter facets
 * with counts, relevance or newest-first order, and the whole state in the
 * URL (shareable, reloadable, back/forward). Pagefind is imported only here,
 * so no other page loads it. What the state means and how outcomes read is
 * decided in `src/model/search-query.ts`.
 */
import {
  FILTER_LABELS,
  SEARCH_FILTER_KEYS,
  countActiveFilters,
  decidePagefindRequest,
  describeResultCount,
  describeShown,
  hasSearch,
  normalizeQuery,
  orderFacetValues,
  parseSearchState,
  searchStateToParams,
  type SearchFilterKey,
  type SearchState,
} from '../../model/search-query.ts';
import { SearchParts, type FacetCounts, type PagefindResultData, type ResultList } from './search-parts.ts';

/** Results rendered per step ("Tampilkan lebih banyak" adds as many again). */
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const EMPTY_RESULTS: ResultList = { total: 0, take: async () => [] };

let searchPromise: Promise<SearchParts> | undefined;

/** Opens the index's parts under `<base>pagefind/` once. */
function loadSearch(): Promise<SearchParts> {
  searchPromise ??= SearchParts.open(`${BASE}pagefind/`, { baseUrl: BASE, excerptLength: 28 }, (url) => import(/* @vite-ignore */ url));
  return searchPromise;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Pagefind's excerpt is HTML with `<mark>` around matches. Only text and
 * `<mark>` are carried over; anything else becomes its text.
 */
function appendExcerpt(target: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of template.content.childNodes) {
    const text = node.textContent ?? '';
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'mark') target.append(element('mark', undefined, text));
    else target.append(text);
  }
}

/** Only same-site paths are followed from the index's metadata. */
function isLocalPath(value: string | undefined): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');
}

class WartaSearch extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private sortSelect!: HTMLSelectElement;
  private status!: HTMLElement;
  private shown!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private facets!: HTMLElement;
  private facetList!: HTMLElement;
  private clear!: HTMLButtonElement;
  private activeCount!: HTMLElement;
  private state: SearchState = parseSearchState(new URLSearchParams());
  private results: ResultList = EMPTY_RESULTS;
  private rendered = 0;
  private sequence = 0;
  private typingTimer: number | undefined;
  /** Whether the current history entry belongs to the query being typed (later keystrokes replace it). */
  private typing = false;

  connectedCallback(): void {
    const find = <T extends Element>(selector: string): T => {
      const found = this.querySelector<T>(selector);
      if (!found) throw new Error(`<warta-search>: ${selector} missing`);
      return found;
    };
    this.form = find('form');
    this.input = find('input[name="q"]');
    this.sortSelect = find('select[name="urut"]');
    this.status = find('[data-search-status]');
    this.shown = find('[data-search-shown]');
    this.list = find('[data-search-results]');
    this.more = find('[data-search-more]');
    this.facets = find('[data-search-facets]');
    this.facetList = find('[data-search-facet-list]');
    this.clear = find('[data-search-clear]');
    this.activeCount = find('[data-search-active]');
    // Filters start open where there is room beside the results; on a phone they fold away above them.
    if (window.matchMedia('(min-width: 56rem)').matches) find<HTMLDetailsElement>('[data-search-facets-details]').open = true;

    this.classList.add('is-ready');
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit(this.current(), this.typing ? 'replace' : 'push');
      this.typing = false;
    });
    // Live results while typing: the first pause makes a new history entry, later ones update it,
    // so Back returns to the previous search rather than to every prefix typed.
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => {
        const changed = this.commit({ ...this.state, q: normalizeQuery(this.input.value) }, this.typing ? 'replace' : 'push');
        if (changed) this.typing = true;
      }, TYPING_DELAY_MS);
    });
    this.sortSelect.addEventListener('change', () => {
      this.commit({ ...this.current(), sort: this.sortSelect.value === 'terbaru' ? 'terbaru' : 'relevansi' }, 'push');
      this.typing = false;
    });
    this.facetList.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
      const key = box.name as SearchFilterKey;
      const values = new Set(this.state.filters[key] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      const filters = { ...this.state.filters, [key]: [...values] };
      if (!values.size) delete filters[key];
      this.commit({ ...this.current(), filters }, 'push');
      this.typing = false;
    });
    this.clear.addEventListener('click', () => {
      this.commit({ ...this.current(), filters: {} }, 'push');
      this.typing = false;
      this.input.focus();
    });
    this.more.addEventListener('click', () => void this.renderMore(true));
    window.addEventListener('popstate', () => this.restore());
    this.restore();
  }

  /** The state with the query as typed so far (a pending live update is taken over). */
  private current(): SearchState {
    window.clearTimeout(this.typingTimer);
    return { ...this.state, q: normalizeQuery(this.input.value) };
  }

  /** Reads the state from the address bar (first load, back, forward). */
  private restore(): void {
    window.clearTimeout(this.typingTimer);
    this.typing = false;
    const state = parseSearchState(new URLSearchParams(window.location.search));
    this.apply(state);
    // Canonical form of whatever arrived (e.g. `urut=relevansi` from the plain form).
    this.writeUrl('replace');
    void this.run();
  }

  /** A change by the reader: new state, new URL entry (or the same one while typing), new results. */
  private commit(state: SearchState, history: 'push' | 'replace'): boolean {
    const before = searchStateToParams(this.state).toString();
    this.apply(state);
    if (searchStateToParams(this.state).toString() === before) return false;
    this.writeUrl(history);
    void this.run();
    return true;
  }

  private apply(state: SearchState): void {
    this.state = state;
    if (normalizeQuery(this.input.value) !== state.q) this.input.value = state.q;
    this.sortSelect.value = state.sort;
  }

  private writeUrl(history: 'push' | 'replace'): void {
    const query = searchStateToParams(this.state).toString();
    const next = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (next === `${window.location.pathname}${window.location.search}`) return;
    if (history === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
  }

  private async run(): Promise<void> {
    const sequence = ++this.sequence;
    const state = this.state;
    this.list.setAttribute('aria-busy', 'true');
    let pagefind: SearchParts;
    try {
      pagefind = await loadSearch();
    } catch {
      if (sequence !== this.sequence) return;
      this.list.removeAttribute('aria-busy');
      this.status.textContent = 'Pencarian tidak dapat dimuat. Muat ulang halaman, atau telusuri Indeks Berita.';
      return;
    }

    if (!hasSearch(state)) {
      const totals = await pagefind.filters();
      if (sequence !== this.sequence) return;
      this.results = EMPTY_RESULTS;
      this.rendered = 0;
      this.list.replaceChildren();
      this.list.removeAttribute('aria-busy');
      this.status.textContent = '';
      this.shown.textContent = '';
      this.more.hidden = true;
      this.renderFacets(totals, state);
      return;
    }

    const request = decidePagefindRequest(state);
    await pagefind.filters(); // loads the filter index, so searches return counts
    // Counts for a facet the reader uses come from the search without that
    // facet, so its other values show what choosing them would add.
    const facetSearches = SEARCH_FILTER_KEYS.filter((key) => state.filters[key]?.length).map(async (key) => {
      const filters = { ...request.options.filters };
      delete filters[key];
      const response = await pagefind.search(request.term, { filters });
      return [key, response?.filters[key] ?? {}] as const;
    });
    const [response, ...facetCounts] = await Promise.all([pagefind.search(request.term, request.options), ...facetSearches]);
    if (sequence !== this.sequence || !response) return;

    const counts: FacetCounts = { ...response.filters };
    for (const [key, values] of facetCounts) counts[key] = values;
    this.results = response.results;
    this.rendered = 0;
    this.list.replaceChildren();
    await this.renderMore(false);
    if (sequence !== this.sequence) return;
    this.list.removeAttribute('aria-busy');
    this.status.textContent = describeResultCount(this.results.total, state);
    this.renderFacets(counts, state);
  }

  /** Renders the next PAGE_SIZE results; after a click, focus moves to the first new one. */
  private async renderMore(moveFocus: boolean): Promise<void> {
    const sequence = this.sequence;
    const data = await this.results.take(this.rendered, PAGE_SIZE);
    if (sequence !== this.sequence) return;
    const items = data.map((item) => this.renderResult(item));
    this.list.append(...items);
    this.rendered += data.length;
    const total = this.results.total;
    this.shown.textContent = total > PAGE_SIZE ? describeShown(this.rendered, total) : '';
    this.more.hidden = this.rendered >= total;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private renderResult(item: PagefindResultData): HTMLLIElement {
    const li = element('li', 'search-result');
    const text = element('div', 'search-result-text');
    const heading = element('h3');
    const link = element('a', undefined, item.meta.title ?? item.url);
    link.href = item.url;
    heading.append(link);
    text.append(heading);

    const meta = element('p', 'meta');
    if (item.meta.date) {
      const time = element('time', undefined, item.meta.date);
      if (item.meta.datetime) time.dateTime = item.meta.datetime;
      meta.append(time);
    }
    if (item.meta.region) meta.append(item.meta.date ? ' \u00b7 ' : '', item.meta.region);
    if (meta.childNodes.length) text.append(meta);

    const excerpt = element('p', 'search-result-excerpt');
    appendExcerpt(excerpt, item.excerpt);
    text.append(excerpt);
    li.append(text);

    if (isLocalPath(item.meta.image)) {
      const image = element('img', 'search-result-image');
      image.src = item.meta.image;
      image.alt = '';
      image.loading = 'lazy';
      image.decoding = 'async';
      li.append(image);
    }
    return li;
  }

  private renderFacets(counts: FacetCounts, state: SearchState): void {
    const fieldsets: HTMLFieldSetElement[] = [];
    for (const key of SEARCH_FILTER_KEYS) {
      const chosen = state.filters[key] ?? [];
      const values = orderFacetValues(key, counts[key] ?? {}, chosen).filter(([value, count]) => count > 0 || chosen.includes(value));
      if (!values.length) continue;
      const fieldset = element('fieldset', 'search-facet');
      fieldset.append(element('legend', undefined, FILTER_LABELS[key]));
      const list = element('ul', values.length > 8 ? 'search-facet-values is-long' : 'search-facet-values');
      values.forEach(([value, count], index) => {
        const id = `saring-${key}-${index}`;
        const box = element('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = key;
        box.value = value;
        box.checked = chosen.includes(value);
        const label = element('label', undefined, value);
        label.htmlFor = id;
        label.append(' ', element('span', 'search-facet-count', `(${count})`));
        const item = element('li');
        item.append(box, label);
        list.append(item);
      });
      fieldset.append(list);
      fieldsets.push(fieldset);
    }
    // Keep keyboard focus on the same checkbox across the re-render.
    const focused = document.activeElement instanceof HTMLInputElement && this.facetList.contains(document.activeElement) ? document.activeElement : undefined;
    this.facetList.replaceChildren(...fieldsets);
    if (focused) {
      const again = [...this.facetList.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
        (box) => box.name === focused.name && box.value === focused.value,
      );
      again?.focus();
    }
    this.facets.hidden = fieldsets.length === 0;
    const active = countActiveFilters(state);
    this.clear.hidden = active === 0;
    this.activeCount.textContent = active ? `(${active} aktif)` : '';
  }
}

if (!customElements.get('warta-search')) customElements.define('warta-search', WartaSearch);
