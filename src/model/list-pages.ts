/**
 * List pages split so that publishing rewrites only the first page: archive pages are
 * counted from the oldest, so archive page k keeps the same articles whatever is published
 * later, and a publish adds one archive page every `size` articles.
 */

/** At most this many articles on any list page. */
export const LIST_PAGE_SIZE = 30;

export interface ListPage<T> {
  /** 0 for the first page; k ≥ 1 for archive page k, counted from the oldest. */
  number: number;
  /** Newest first. */
  items: T[];
  /** The page with the next newer articles (0 = the first page); undefined on the first page. */
  newer: number | undefined;
  /** The page with the next older articles; undefined when there are none. */
  older: number | undefined;
}

export function decideListPages<T>(newestFirst: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const total = newestFirst.length;
  const archivePages = Math.floor(total / size);
  const oldestFirst = [...newestFirst].reverse();
  // The newest archive page holding an article the first page does not show.
  const olderThanFirst = total > size ? Math.floor((total - size - 1) / size) + 1 : undefined;
  const pages: ListPage<T>[] = [{ number: 0, items: newestFirst.slice(0, size), newer: undefined, older: olderThanFirst }];
  for (let number = 1; number <= archivePages; number += 1) {
    pages.push({
      number,
      items: oldestFirst.slice((number - 1) * size, number * size).reverse(),
      newer: number < archivePages ? number + 1 : 0,
      older: number > 1 ? number - 1 : undefined,
    });
  }
  return pages;
}

/** A page's path below its list's URL: '' for the first page, `k/` for archive page k. */
export function listPagePath(number: number): string {
  return number === 0 ? '' : `${number}/`;
}
