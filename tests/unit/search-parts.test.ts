import { describe, expect, it } from 'vitest';
import { addCounts, countsOf, mergeByDate, orderByScore, withoutHidden, type PagefindResult } from '../../src/components/search/search-parts.ts';

/** A result whose data load is counted, dated `datetime`. */
function result(id: string, score: number, datetime: string, loads: string[] = []): PagefindResult {
  return {
    id,
    score,
    data: async () => {
      loads.push(id);
      return { url: `/berita/${id}/`, excerpt: '', meta: { datetime } };
    },
  };
}

describe('counts across parts', () => {
  it('adds and subtracts filter counts value by value', () => {
    const sum = addCounts({ tahun: { '2024': 2 } }, { tahun: { '2024': 1, '2023': 4 }, daerah: { Ambon: 1 } });
    expect(sum).toEqual({ tahun: { '2024': 3, '2023': 4 }, daerah: { Ambon: 1 } });
    expect(addCounts(sum, countsOf({ tahun: ['2023'], daerah: ['Ambon'] }), -1)).toEqual({ tahun: { '2024': 3, '2023': 3 }, daerah: { Ambon: 0 } });
  });

  it('drops a hidden result and takes its filters out of the counts', () => {
    const response = {
      results: [result('old', 1, '2024-01-01T00:00:00Z'), result('kept', 1, '2024-01-02T00:00:00Z')],
      filters: { tahun: { '2024': 2 }, daerah: { Muba: 1, Ambon: 1 } },
    };
    const visible = withoutHidden(response, { old: { tahun: ['2024'], daerah: ['Muba'] } });
    expect(visible.results.map((item) => item.id)).toEqual(['kept']);
    expect(visible.filters).toEqual({ tahun: { '2024': 1 }, daerah: { Muba: 0, Ambon: 1 } });
    // A hidden page that the query did not match changes nothing.
    expect(withoutHidden(response, { elsewhere: { tahun: ['2024'] } }).filters).toEqual(response.filters);
  });
});

describe('merged order', () => {
  it('orders by score across parts for relevance', async () => {
    const list = orderByScore([[result('a', 3, ''), result('b', 1, '')], [result('c', 2, '')]]);
    expect(list.total).toBe(3);
    expect((await list.take(0, 3)).map((item) => item.url)).toEqual(['/berita/a/', '/berita/c/', '/berita/b/']);
  });

  it('merges newest first across parts, loading only each part\'s head beyond what it returns', async () => {
    const loads: string[] = [];
    const archive = ['2024-05-01', '2024-03-01', '2023-01-01', '2022-01-01'].map((date, i) => result(`arsip${i}`, 0, `${date}T10:00:00+07:00`, loads));
    const delta = [result('baru', 0, '2024-04-01T10:00:00+08:00', loads)];
    const list = mergeByDate([archive, delta]);
    expect(list.total).toBe(5);
    expect((await list.take(0, 2)).map((item) => item.url)).toEqual(['/berita/arsip0/', '/berita/baru/']);
    expect(new Set(loads)).toEqual(new Set(['arsip0', 'arsip1', 'baru']));
    expect((await list.take(2, 10)).map((item) => item.url)).toEqual(['/berita/arsip1/', '/berita/arsip2/', '/berita/arsip3/']);
    const ascending = mergeByDate([archive.slice().reverse(), delta], 'asc');
    expect((await ascending.take(0, 5)).map((item) => item.url).at(-1)).toBe('/berita/arsip0/');
  });
});
