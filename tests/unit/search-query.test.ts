import { describe, expect, it } from 'vitest';
import {
  decidePagefindRequest,
  describeResultCount,
  describeShown,
  hasSearch,
  normalizeQuery,
  orderFacetValues,
  parseSearchState,
  searchStateToParams,
  MAX_QUERY_LENGTH,
  type SearchState,
} from '../../src/model/search-query.ts';

const state = (partial: Partial<SearchState>): SearchState => ({ q: '', filters: {}, sort: 'relevansi', ...partial });

describe('the search URL', () => {
  it('reads query, filters and order from /cari/?…', () => {
    const parsed = parseSearchState(new URLSearchParams('q=+zona++hijau+&daerah=Kabupaten+Musi+Banyuasin&daerah=Kota+Ambon&tahun=2024&urut=terbaru&x=1'));
    expect(parsed).toEqual({
      q: 'zona hijau',
      filters: { daerah: ['Kabupaten Musi Banyuasin', 'Kota Ambon'], tahun: ['2024'] },
      sort: 'terbaru',
    });
  });

  it('treats an unknown order as relevance, and drops empty and repeated values', () => {
    expect(parseSearchState(new URLSearchParams('urut=acak&zona=&zona=Zona+Hijau&zona=Zona+Hijau'))).toEqual({
      q: '',
      filters: { zona: ['Zona Hijau'] },
      sort: 'relevansi',
    });
  });

  it('writes a state back in a stable order that reads the same again', () => {
    const original = state({ q: 'zona hijau', filters: { tahun: ['2024'], daerah: ['Kota Ambon'] }, sort: 'terbaru' });
    const params = searchStateToParams(original);
    expect(params.toString()).toBe('q=zona+hijau&daerah=Kota+Ambon&tahun=2024&urut=terbaru');
    expect(parseSearchState(params)).toEqual({ ...original, filters: { daerah: ['Kota Ambon'], tahun: ['2024'] } });
    expect(searchStateToParams(state({ q: 'zona hijau' })).toString()).toBe('q=zona+hijau');
    expect(searchStateToParams(state({})).toString()).toBe('');
  });

  it('caps a very long query', () => {
    expect(normalizeQuery('a'.repeat(500)).length).toBe(MAX_QUERY_LENGTH);
    expect(normalizeQuery(null)).toBe('');
  });

  it('knows when there is anything to search for', () => {
    expect(hasSearch(state({}))).toBe(false);
    expect(hasSearch(state({ q: 'muba' }))).toBe(true);
    expect(hasSearch(state({ filters: { tahun: ['2024'] } }))).toBe(true);
  });
});

describe('decidePagefindRequest', () => {
  it('ORs values within a filter, ranks by relevance unless "terbaru" is chosen', () => {
    expect(decidePagefindRequest(state({ q: 'zona hijau', filters: { daerah: ['A', 'B'], tahun: ['2024'] } }))).toEqual({
      term: 'zona hijau',
      options: { filters: { daerah: { any: ['A', 'B'] }, tahun: { any: ['2024'] } } },
    });
    expect(decidePagefindRequest(state({ q: 'zona hijau', sort: 'terbaru' })).options.sort).toEqual({ date: 'desc' });
  });

  it('searches by filters alone, newest first, when there is no query', () => {
    expect(decidePagefindRequest(state({ filters: { zona: ['Zona Hijau'] } }))).toEqual({
      term: null,
      options: { filters: { zona: { any: ['Zona Hijau'] } }, sort: { date: 'desc' } },
    });
  });
});

describe('describeResultCount', () => {
  it('counts in Indonesian, with typographic quotes and a thousands dot', () => {
    expect(describeResultCount(12, state({ q: 'zona hijau' }))).toBe('12 hasil untuk \u201czona hijau\u201d');
    expect(describeResultCount(1234, state({ q: 'muba' }))).toBe('1.234 hasil untuk \u201cmuba\u201d');
    expect(describeResultCount(3, state({ q: 'muba', filters: { tahun: ['2024'] } }))).toBe('3 hasil untuk \u201cmuba\u201d sesuai saringan');
    expect(describeResultCount(5, state({ filters: { tahun: ['2024'] } }))).toBe('5 berita sesuai saringan');
  });

  it('says what to try when nothing is found', () => {
    expect(describeResultCount(0, state({ q: 'qwzx' }))).toBe('Tidak ada hasil untuk \u201cqwzx\u201d. Coba kata lain atau periksa ejaan.');
    expect(describeResultCount(0, state({ q: 'qwzx', filters: { tahun: ['2019'] } }))).toMatch(/^Tidak ada hasil untuk \u201cqwzx\u201d dengan saringan ini\. Coba kurangi saringan/);
    expect(describeResultCount(0, state({ filters: { tahun: ['2019'] } }))).toBe('Tidak ada berita yang sesuai saringan. Coba kurangi saringan.');
  });

  it('describes a partial list', () => {
    expect(describeShown(10, 1200)).toBe('Menampilkan 10 dari 1.200');
  });
});

describe('orderFacetValues', () => {
  it('lists years newest first, zones green to red, other values alphabetically', () => {
    expect(orderFacetValues('tahun', { '2019': 1, '2024': 3, '2022': 2 })).toEqual([['2024', 3], ['2022', 2], ['2019', 1]]);
    expect(orderFacetValues('zona', { 'Zona Merah': 1, 'Zona Hijau': 4, 'Zona Kuning': 2 }).map(([value]) => value)).toEqual(['Zona Hijau', 'Zona Kuning', 'Zona Merah']);
    expect(orderFacetValues('daerah', { 'Kota Ambon': 1, 'Kabupaten Lahat': 2 }).map(([value]) => value)).toEqual(['Kabupaten Lahat', 'Kota Ambon']);
  });

  it('keeps a chosen value listed even when the index no longer has it', () => {
    expect(orderFacetValues('daerah', { 'Kota Ambon': 1 }, ['Kota Lama'])).toEqual([['Kota Ambon', 1], ['Kota Lama', 0]]);
  });
});
