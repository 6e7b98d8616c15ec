/**
 * Which search-index parts a build rewrites (docs/decisions: archive and
 * search index). Pagefind cannot add to a finished index, and re-indexing a
 * whole archive costs ~2.5 ms per page on every publish, so the index is kept
 * like a log-structured store: "arsip" parts of at most PART_SIZE pages,
 * written by a full build, plus one small "baru" part holding every article
 * whose page changed since. An archived copy of a changed or removed page is
 * listed as hidden, and the browser drops it from results and counts. When
 * "baru" outgrows DELTA_LIMIT pages the whole index is rebuilt. Pure.
 */

/** Pages per archive part: Pagefind holds ~160 KB per page while writing, so 10,000 stay near 1.6 GB. */
export const PART_SIZE = 10_000;

/** Changed pages kept in the "baru" part before the archive is rebuilt (~3 s of indexing). */
export const DELTA_LIMIT = 1_000;

/** The delta part's directory under `pagefind/`. */
export const DELTA_PART = 'baru';

/** One indexed page in an archive part. */
export interface IndexedPage {
  /** Digest of the page's HTML when it was indexed. */
  digest: string;
  /** Pagefind's page id (the fragment file's name), which the browser sees as a result's `id`. */
  fragment: string;
}

/** One archive part as the last full build wrote it. */
export interface ArchivePart {
  /** Directory under `pagefind/`, e.g. `arsip-1`. */
  dir: string;
  /** Pagefind's hash of the part (`pagefind-entry.json`), to notice a part that is not the one recorded. */
  hash: string;
  /** URL → the page as indexed. */
  pages: Record<string, IndexedPage>;
}

/** What the cache remembers of the index in the output. */
export interface SearchIndexState {
  /** Changes when Pagefind, its settings or this layout change: the index is then rebuilt. */
  version: string;
  parts: ArchivePart[];
}

/** A page of the archive that the browser must not show: its part and its id. */
export interface HiddenPage {
  part: string;
  fragment: string;
}

export type SearchPlan =
  | { kind: 'rebuild'; reason: string; parts: { dir: string; urls: string[] }[] }
  | { kind: 'delta'; deltaUrls: string[]; hidden: HiddenPage[] };

/**
 * `arsip-1`, `arsip-2`, … over the URLs in order: as few parts as PART_SIZE
 * allows, of equal size, so 10,001 pages make two parts of ~5,000 rather
 * than one of 10,000 and one of a single page (each part costs the reader
 * its own WebAssembly and index chunks).
 */
export function decideArchiveParts(urls: Iterable<string>, partSize = PART_SIZE): { dir: string; urls: string[] }[] {
  const sorted = [...urls].sort();
  const count = Math.ceil(sorted.length / partSize);
  return Array.from({ length: count }, (_, i) => ({
    dir: `arsip-${i + 1}`,
    urls: sorted.slice(Math.round((i * sorted.length) / count), Math.round(((i + 1) * sorted.length) / count)),
  }));
}

function rebuild(reason: string, current: ReadonlyMap<string, string>, partSize: number): SearchPlan {
  return { kind: 'rebuild', reason, parts: decideArchiveParts(current.keys(), partSize) };
}

/**
 * Given the recorded archive (undefined when there is none, or it does not
 * match the output) and every article page's current digest: the pages for
 * the "baru" part and the archived copies to hide, or a full rebuild.
 */
export function decideSearchPlan(
  state: SearchIndexState | undefined,
  current: ReadonlyMap<string, string>,
  options: { version: string; partSize?: number; deltaLimit?: number },
): SearchPlan {
  const partSize = options.partSize ?? PART_SIZE;
  if (!state) return rebuild('belum ada indeks', current, partSize);
  if (state.version !== options.version) return rebuild('versi indeks berubah', current, partSize);

  const deltaUrls: string[] = [];
  const hidden: HiddenPage[] = [];
  const archived = new Set<string>();
  for (const part of state.parts) {
    for (const [url, page] of Object.entries(part.pages)) {
      archived.add(url);
      if (current.get(url) !== page.digest) hidden.push({ part: part.dir, fragment: page.fragment });
    }
  }
  for (const [url, digest] of current) {
    const page = state.parts.find((part) => url in part.pages)?.pages[url];
    if (!archived.has(url) || page?.digest !== digest) deltaUrls.push(url);
  }
  if (deltaUrls.length > (options.deltaLimit ?? DELTA_LIMIT)) {
    return rebuild(`${deltaUrls.length} halaman berubah sejak indeks dibangun penuh`, current, partSize);
  }
  return { kind: 'delta', deltaUrls: deltaUrls.sort(), hidden };
}
