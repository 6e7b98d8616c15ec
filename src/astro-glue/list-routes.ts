/**
 * Astro glue for paginated lists (portal index, region, topic, author): one
 * function decides every page's props, and each page's cacheKey is the digest
 * of exactly those props (articles by their card), so nothing a page shows
 * can be left out of its key. Pages are split by src/model/list-pages.ts.
 */
import { decideListPages, listPagePath, type ListPage } from '../model/list-pages.ts';
import { cardDigest, digestOf } from './page-key.ts';
import { url, type Article } from './site.ts';

export interface ListPageProps<TList> {
  /** What the list says of itself; `first` on its first page, `archive` on the others. */
  list: TList;
  page: ListPage<Article>;
  /** Links to the newer and older pages. */
  newerUrl: string | undefined;
  olderUrl: string | undefined;
}

/** The `[...page]` parameter of a list page: undefined for the first. */
function pageParam(number: number): string | undefined {
  return number === 0 ? undefined : String(number);
}

/** The digest of a list page's props, articles counted by their cards. */
function listPropsKey(props: ListPageProps<unknown>): string {
  return digestOf({ ...props, page: { ...props.page, items: props.page.items.map(cardDigest) } });
}

/**
 * The static paths of one list: its first page (with `first` props) and its
 * archive pages (with `archive` props), under `baseUrl` (e.g. `daerah/muba/`).
 */
export function listPagePaths<TParams extends Record<string, string | undefined>, TFirst, TArchive>(
  baseUrl: string,
  articles: readonly Article[],
  params: (page: string | undefined) => TParams,
  first: TFirst,
  archive: TArchive,
) {
  const link = (number: number | undefined) => (number === undefined ? undefined : url(`${baseUrl}${listPagePath(number)}`));
  return decideListPages(articles).map((page) => {
    const props = { list: page.number === 0 ? first : archive, page, newerUrl: link(page.newer), olderUrl: link(page.older) } as ListPageProps<TFirst | TArchive>;
    return { params: params(pageParam(page.number)), props, cacheKey: listPropsKey(props) };
  });
}
