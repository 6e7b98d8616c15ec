import { describe, expect, it } from 'vitest';
import { decideListPages, listPagePath } from '../../src/model/list-pages.ts';

/** Articles numbered 1 (oldest) to n (newest), newest first. */
const list = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('decideListPages', () => {
  it('puts a short list on its first page only', () => {
    expect(decideListPages(list(3), 5)).toEqual([{ number: 0, items: [3, 2, 1], newer: undefined, older: undefined }]);
    expect(decideListPages([], 5)).toEqual([{ number: 0, items: [], newer: undefined, older: undefined }]);
  });

  it('counts archive pages from the oldest, newest first within each', () => {
    const pages = decideListPages(list(12), 5);
    expect(pages.map((page) => [page.number, page.items, page.newer, page.older])).toEqual([
      [0, [12, 11, 10, 9, 8], undefined, 2],
      [1, [5, 4, 3, 2, 1], 2, undefined],
      [2, [10, 9, 8, 7, 6], 0, 1],
    ]);
  });

  it('reaches every article from the first page by following "older" links', () => {
    for (const n of [1, 5, 6, 10, 11, 29, 30, 31, 100]) {
      const pages = decideListPages(list(n), 5);
      const seen = new Set<number>();
      for (let page: number | undefined = 0; page !== undefined; page = pages.find((p) => p.number === page)!.older) {
        for (const item of pages.find((p) => p.number === page)!.items) seen.add(item);
      }
      expect(seen.size, `n=${n}`).toBe(n);
      expect(Math.max(...pages.map((page) => page.items.length))).toBeLessThanOrEqual(5);
    }
  });

  it('leaves every archive page as it was when one article is published, but for the newest page\'s link', () => {
    for (const n of [9, 10, 14, 25, 103]) {
      const before = decideListPages(list(n), 5);
      const after = decideListPages(list(n + 1), 5);
      const changed = after.filter((page) => JSON.stringify(page) !== JSON.stringify(before.find((old) => old.number === page.number)));
      // The first page, a new archive page when one fills up, and the page it links to as newer.
      expect(changed.length, `n=${n}`).toBeLessThanOrEqual(3);
      expect(changed.map((page) => page.number).every((number) => number === 0 || number >= after.length - 2)).toBe(true);
    }
  });
});

describe('listPagePath', () => {
  it('keeps the contract URL for the first page', () => {
    expect(listPagePath(0)).toBe('');
    expect(listPagePath(7)).toBe('7/');
  });
});
