/**
 * Writes the Pagefind index of a built site as parts (src/build/search-plan.ts):
 * `pagefind/arsip-N/` bundles from a full build, a small `pagefind/baru/`
 * bundle of the article pages changed since, and `pagefind/bagian.json`, the
 * manifest the search page reads (parts, and archived copies to hide). Only
 * article pages are indexed, only their `data-pagefind-body`; the language
 * (and its stemmer) comes from `<html lang="id">`. Any Pagefind error, or an
 * index that does not hold exactly one visible page per article page, throws:
 * a stale or partial index is never served.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import writeFileAtomic from 'write-file-atomic';
import { listFiles } from '../utils/files.ts';
import {
  DELTA_PART,
  PART_SIZE,
  decideSearchPlan,
  type ArchivePart,
  type HiddenPage,
  type SearchIndexState,
} from './search-plan.ts';

/** Article pages, relative to the output dir: the only pages search may find. */
export const ARTICLE_PAGE = /^berita\/[^/]+\/index\.html$/;

/**
 * Never indexed even inside `data-pagefind-body` (defence in depth: the
 * markup marks them `data-pagefind-ignore` or keeps them outside the body).
 */
export const EXCLUDED_SELECTORS = ['[data-baca-juga]', '[data-berita-terkait]', 'nav', 'header.masthead', 'footer.site-footer'];

/** The manifest `/cari/` reads: `pagefind/bagian.json`. */
export const MANIFEST_FILE = 'bagian.json';

/** What the search page needs to know of the parts (src/components/search/search-parts.ts reads it). */
export interface SearchManifest {
  parts: { dir: string; pages: number }[];
  /** Part dir → page id → that page's filters: archived copies the browser drops, and subtracts from counts. */
  hidden: Record<string, Record<string, Record<string, string[]>>>;
}

const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;
/** `WARTA_SEARCH_PART_SIZE` overrides PART_SIZE: the browser tests split the small sample into several parts. */
function partSize(): number {
  const value = Number(process.env.WARTA_SEARCH_PART_SIZE ?? PART_SIZE);
  if (!Number.isInteger(value) || value < 1) throw new Error(`WARTA_SEARCH_PART_SIZE: "${process.env.WARTA_SEARCH_PART_SIZE}" bukan bilangan bulat positif`);
  return value;
}

const stateVersion = (size: number) => JSON.stringify({ layout: 1, pagefind: PAGEFIND_VERSION, excluded: EXCLUDED_SELECTORS, partSize: size });

interface PagefindEntry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** What the cache holds: the archive state, and each page's stat → digest to skip re-reading unchanged pages. */
interface CachedIndex extends SearchIndexState {
  stats: Record<string, { size: number; mtimeMs: number; digest: string }>;
}

interface BundleFile {
  path: string;
  content: Uint8Array;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind gagal saat ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
}

const urlOf = (file: string) => `/${file.slice(0, -'index.html'.length)}`;
const fileOf = (url: string) => `${url.slice(1)}index.html`;

/** URL → digest of every article page, re-reading only pages whose size or mtime changed. */
function digestArticlePages(outDir: string, cached: CachedIndex['stats']): { digests: Map<string, string>; stats: CachedIndex['stats'] } {
  const digests = new Map<string, string>();
  const stats: CachedIndex['stats'] = {};
  const berita = path.join(outDir, 'berita');
  const slugs = existsSync(berita) ? readdirSync(berita) : [];
  for (const slug of slugs) {
    const file = `berita/${slug}/index.html`;
    if (!ARTICLE_PAGE.test(file) || !existsSync(path.join(outDir, file))) continue;
    const { size, mtimeMs } = statSync(path.join(outDir, file));
    const known = cached[file];
    const digest = known && known.size === size && known.mtimeMs === mtimeMs
      ? known.digest
      : createHash('sha256').update(readFileSync(path.join(outDir, file))).digest('hex');
    stats[file] = { size, mtimeMs, digest };
    digests.set(urlOf(file), digest);
  }
  return { digests, stats };
}

/** Writes `content` unless the file already holds exactly it (its mtime then stays, for the deploy report). */
function writeIfChanged(target: string, content: Uint8Array): void {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (existsSync(target) && readFileSync(target).equals(bytes)) return;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}

/**
 * Makes `dir` hold exactly `files`, writing only those whose bytes changed.
 * Most of a bundle is one fragment file per page, named by its content, so a
 * rebuild rewrites few of its files.
 */
function writeChangedFiles(dir: string, files: readonly BundleFile[]): void {
  const wanted = new Set<string>();
  for (const file of files) {
    const target = path.join(dir, file.path);
    wanted.add(path.relative(dir, target).split(path.sep).join('/'));
    writeIfChanged(target, file.content);
  }
  if (!existsSync(dir)) return;
  for (const file of listFiles(dir)) if (!wanted.has(file)) rmSync(path.join(dir, file), { force: true });
}

/** A fragment file's JSON (gzip, after Pagefind's `pagefind_dcd` signature). */
function readFragment(content: Uint8Array): { url: string; filters: Record<string, string[]> } {
  const text = gunzipSync(content).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
}

/** Indexes `urls` into one bundle at `pagefind/<dir>/`; returns URL → page id and the bundle's hash. */
async function writeBundle(outDir: string, dir: string, urls: readonly string[]): Promise<{ fragments: Map<string, string>; files: BundleFile[] }> {
  const created = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
  failOn('membuat indeks', created.errors);
  const index = created.index;
  if (!index) throw new Error('Pagefind gagal saat membuat indeks: tidak ada indeks');
  try {
    for (let start = 0; start < urls.length; start += 200) {
      const batch = urls.slice(start, start + 200).map(async (url) => {
        const added = await index.addHTMLFile({ sourcePath: fileOf(url), content: readFileSync(path.join(outDir, fileOf(url)), 'utf8') });
        failOn(`membaca ${fileOf(url)}`, added.errors);
      });
      await Promise.all(batch);
    }
    const bundle = await index.getFiles();
    failOn('menulis berkas indeks', bundle.errors);
    writeChangedFiles(path.join(outDir, 'pagefind', dir), bundle.files);
    const fragments = new Map<string, string>();
    for (const file of bundle.files) {
      const match = /^fragment\/(.+)\.pf_fragment$/.exec(file.path);
      if (match) fragments.set(readFragment(file.content).url, match[1]!);
    }
    return { fragments, files: bundle.files };
  } finally {
    await index.deleteIndex();
  }
}

function readEntry(bundleDir: string): PagefindEntry | undefined {
  const file = path.join(bundleDir, 'pagefind-entry.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PagefindEntry) : undefined;
}

function entryHash(entry: PagefindEntry | undefined): string {
  return Object.values(entry?.languages ?? {}).map((language) => language.hash).join(',');
}

function pageCount(entry: PagefindEntry | undefined): number {
  return Object.values(entry?.languages ?? {}).reduce((sum, language) => sum + language.page_count, 0);
}

/** The recorded state, if every recorded part is in the output as it was written. */
function readState(cacheFile: string | undefined, outDir: string): CachedIndex | undefined {
  if (!cacheFile || !existsSync(cacheFile)) return undefined;
  const state = JSON.parse(readFileSync(cacheFile, 'utf8')) as CachedIndex;
  const intact = state.parts.every((part) => entryHash(readEntry(path.join(outDir, 'pagefind', part.dir))) === part.hash);
  return intact ? state : undefined;
}

function hiddenFilters(outDir: string, hidden: readonly HiddenPage[]): SearchManifest['hidden'] {
  const result: SearchManifest['hidden'] = {};
  for (const page of hidden) {
    const file = path.join(outDir, 'pagefind', page.part, 'fragment', `${page.fragment}.pf_fragment`);
    (result[page.part] ??= {})[page.fragment] = readFragment(readFileSync(file)).filters;
  }
  return result;
}

/** Removes from `pagefind/` what is not a current part, the manifest or the shared script. */
function pruneParts(outDir: string, keep: readonly string[]): void {
  const root = path.join(outDir, 'pagefind');
  for (const entry of readdirSync(root)) {
    if (!keep.includes(entry)) rmSync(path.join(root, entry), { recursive: true, force: true });
  }
}

function checkCounts(outDir: string, manifest: SearchManifest, expected: number): number {
  let visible = 0;
  for (const part of manifest.parts) {
    const entry = readEntry(path.join(outDir, 'pagefind', part.dir));
    const languages = Object.keys(entry?.languages ?? {});
    if (languages.some((language) => language !== 'id')) {
      throw new Error(`Pagefind menemukan bahasa ${languages.join(', ')}; semua halaman harus <html lang="id">`);
    }
    visible += pageCount(entry) - Object.keys(manifest.hidden[part.dir] ?? {}).length;
  }
  if (visible !== expected) {
    throw new Error(
      `Pagefind mengindeks ${visible} halaman, padahal ada ${expected} halaman artikel (berita/*/index.html). ` +
        'Setiap halaman artikel harus punya tepat satu <article data-pagefind-body>, dan hanya halaman artikel.',
    );
  }
  return visible;
}

export interface SearchIndexResult {
  /** Visible pages: one per article page. */
  pages: number;
  /** Pages Pagefind read in this build. */
  indexed: number;
  /** Why every part was rebuilt, or undefined when only `baru` was. */
  rebuilt?: string | undefined;
}

/**
 * Builds or updates `<outDir>/pagefind/`. With `cacheFile` (the build's
 * cache), only changed article pages are re-indexed; without it, every part
 * is rebuilt.
 */
export async function writeSearchIndex(outDir: string, cacheFile?: string): Promise<SearchIndexResult> {
  const previous = readState(cacheFile, outDir);
  const { digests, stats } = digestArticlePages(outDir, previous?.stats ?? {});
  const size = partSize();
  const plan = decideSearchPlan(previous, digests, { version: stateVersion(size), partSize: size });
  mkdirSync(path.join(outDir, 'pagefind'), { recursive: true });
  let parts: ArchivePart[] = previous?.parts ?? [];
  let hidden: HiddenPage[] = [];
  let deltaUrls: string[] = [];
  let indexed = 0;
  let script: BundleFile | undefined;
  try {
    if (plan.kind === 'rebuild') {
      parts = [];
      for (const part of plan.parts) {
        const written = await writeBundle(outDir, part.dir, part.urls);
        script ??= written.files.find((file) => file.path === 'pagefind.js');
        const pages = Object.fromEntries(part.urls.map((url) => [url, { digest: digests.get(url)!, fragment: written.fragments.get(url) ?? '' }]));
        parts.push({ dir: part.dir, hash: entryHash(readEntry(path.join(outDir, 'pagefind', part.dir))), pages });
        indexed += part.urls.length;
      }
    } else {
      ({ hidden, deltaUrls } = plan);
      if (deltaUrls.length) {
        script = (await writeBundle(outDir, DELTA_PART, deltaUrls)).files.find((file) => file.path === 'pagefind.js');
        indexed = deltaUrls.length;
      }
    }
  } finally {
    await pagefind.close();
  }

  const manifest: SearchManifest = {
    parts: [...parts.map((part) => ({ dir: part.dir, pages: Object.keys(part.pages).length })), ...(deltaUrls.length ? [{ dir: DELTA_PART, pages: deltaUrls.length }] : [])],
    hidden: hiddenFilters(outDir, hidden),
  };
  if (script) writeIfChanged(path.join(outDir, 'pagefind', 'pagefind.js'), script.content);
  writeIfChanged(path.join(outDir, 'pagefind', MANIFEST_FILE), Buffer.from(JSON.stringify(manifest)));
  pruneParts(outDir, ['pagefind.js', MANIFEST_FILE, ...manifest.parts.map((part) => part.dir)]);
  const pages = checkCounts(outDir, manifest, digests.size);
  if (cacheFile) writeFileAtomic.sync(cacheFile, JSON.stringify({ version: stateVersion(size), parts, stats } satisfies CachedIndex));
  return { pages, indexed, rebuilt: plan.kind === 'rebuild' ? plan.reason : undefined };
}

/** The log line the benchmark reads, from the build hook and from scripts/build.ts alike. */
export function describeIndexed(result: SearchIndexResult, milliseconds: number): string {
  const how = result.rebuilt ? `semua bagian dibangun ulang: ${result.rebuilt}` : `${result.indexed} halaman berubah diindeks ulang`;
  return `Pagefind: ${result.pages} halaman diindeks dalam ${Math.round(milliseconds)} ms (${how})`;
}
