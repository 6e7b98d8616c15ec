/**
 * The one listing of the content tree: which files are articles, regions,
 * authors, schemes and results tables. The content check (read-tree.ts) and
 * every content loader of the build take their files from here, so the two
 * can never see different files. A file that looks like content but does not
 * fit the layout is reported as a content problem, never silently dropped:
 *
 * - articles: `articles/**\/<slug>.mdx` (sub-folders are free); any other file
 *   there is an asset an article may reference (images);
 * - regions, authors, schemes: `<folder>/<id>.yaml` or `.yml`, no sub-folders;
 * - results: `results/<scheme>/<year>.csv`, nothing deeper;
 * - extensions in lower case (`.MDX`, `.CSV`, `.YAML` are reported);
 * - no symbolic links to content files or to folders anywhere in the tree
 *   (a link could point outside `content/`, and a followed one would list
 *   the same file twice). A linked image under `articles/` is left to the
 *   image rule (image-file.ts), which follows it and requires its target to
 *   lie inside `content/`.
 *
 * Hidden files without a content extension (`.gitkeep`, `.DS_Store`) are
 * ignored by everyone alike.
 */
import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../model/problem.ts';

export const DATA_FOLDERS = ['regions', 'authors', 'schemes'] as const;
export type DataFolder = (typeof DATA_FOLDERS)[number];
const CONTENT_FOLDERS = ['articles', ...DATA_FOLDERS, 'results'] as const;

/** A listed file: absolute path and the project-relative name problems use. */
export interface ListedFile {
  absolute: string;
  file: string;
}
export interface ListedArticle extends ListedFile {
  /** File name without `.mdx`. */
  slug: string;
}
export interface ListedDataFile extends ListedFile {
  /** File name without `.yaml`/`.yml`. */
  id: string;
}
export interface ListedTable extends ListedFile {
  scheme: string;
  /** From the file name; NaN when it is not a year (reported). */
  year: number;
}

export interface ContentListing {
  articles: ListedArticle[];
  regions: ListedDataFile[];
  authors: ListedDataFile[];
  schemes: ListedDataFile[];
  tables: ListedTable[];
  problems: ContentProblem[];
}

/** Extensions of files that are content somewhere in the tree, in any case. */
const CONTENT_EXTENSIONS = new Set(['.mdx', '.md', '.markdown', '.yaml', '.yml', '.csv']);
const ARTICLE_LIKE = new Set(['.mdx', '.md', '.markdown']);
const DATA_EXTENSIONS = new Set(['.yaml', '.yml']);

const TABLE_EXPECTED = 'content/results/<skema>/<tahun>.csv, mis. results/ombudsman/2024.csv';
const dataExpected = (folder: DataFolder) => `berkas .yaml langsung di content/${folder}/ (tanpa subfolder), mis. content/${folder}/${EXAMPLE_ID[folder]}.yaml`;
const EXAMPLE_ID: Record<DataFolder, string> = { regions: 'musi-banyuasin', authors: 'rina-wulandari', schemes: 'ombudsman' };

interface Walked {
  absolute: string;
  /** Relative to the folder walked, `/`-separated. */
  inner: string;
  entry: Dirent;
}

/** Every entry under `dir` (symbolic links reported by the caller, never followed). */
async function walk(dir: string): Promise<Walked[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { absolute, inner: path.relative(dir, absolute).split(path.sep).join('/'), entry };
    })
    .sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
}

/** Listings under way, by content and root directory. */
const inFlight = new Map<string, Promise<ContentListing>>();

/**
 * Lists the content tree under `contentDir`; files are named relative to
 * `root`. Astro runs the collections' loaders at the same time: callers that
 * ask while a listing is under way share it, so one build walks the tree once
 * and every collection sees the same files.
 */
export function listContent(contentDir: string, root: string): Promise<ContentListing> {
  const key = `${path.resolve(root)}\0${path.resolve(root, contentDir)}`;
  let listing = inFlight.get(key);
  if (!listing) {
    listing = walkContent(contentDir, root).finally(() => inFlight.delete(key));
    inFlight.set(key, listing);
  }
  return listing;
}

async function walkContent(contentDir: string, root: string): Promise<ContentListing> {
  const listing: ContentListing = { articles: [], regions: [], authors: [], schemes: [], tables: [], problems: [] };
  const absoluteContent = path.resolve(root, contentDir);
  const rel = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const problem = (absolute: string, expected: string) =>
    listing.problems.push({ file: rel(absolute), field: 'nama berkas', value: JSON.stringify(path.basename(absolute)), expected });

  let top: Dirent[];
  try {
    top = await readdir(absoluteContent, { withFileTypes: true });
  } catch {
    return listing; // no content directory: nothing to list
  }
  for (const entry of top) {
    const absolute = path.join(absoluteContent, entry.name);
    const folder = CONTENT_FOLDERS.find((name) => name === entry.name);
    if (entry.isSymbolicLink()) {
      problem(absolute, symlinkExpected());
      continue;
    }
    if (!entry.isDirectory()) {
      if (isStray(entry.name)) problem(absolute, STRAY_EXPECTED);
      continue;
    }
    for (const found of await walk(absolute)) {
      if (found.entry.isSymbolicLink()) {
        if (folder === 'articles' && !isContentLike(found.entry.name) && !(await isDirectory(found.absolute))) continue;
        problem(found.absolute, symlinkExpected());
        continue;
      }
      if (!found.entry.isFile()) {
        problem(found.absolute, 'berkas biasa');
        continue;
      }
      if (folder === 'articles') classifyArticle(found, listing, rel, problem);
      else if (folder === 'results') classifyTable(found, listing, rel, problem);
      else if (folder) classifyData(folder, found, listing, rel, problem);
      else if (isStray(found.entry.name)) problem(found.absolute, STRAY_EXPECTED);
    }
  }
  for (const folder of DATA_FOLDERS) reportDuplicateIds(listing[folder], listing.problems);
  return listing;
}

/** Whether a link leads to a folder (a broken link does not). */
async function isDirectory(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}

function symlinkExpected(): string {
  return 'berkas atau folder biasa, bukan tautan simbolik (symlink); salin berkasnya ke dalam content/';
}

const STRAY_EXPECTED = 'berkas di salah satu folder content/articles/, regions/, authors/, schemes/ atau results/';

/** Outside the five folders, `.md` is documentation (content/README.md); these are misplaced content. */
function isStray(name: string): boolean {
  return ['.mdx', '.yaml', '.yml', '.csv'].includes(path.extname(name).toLowerCase());
}

/** A name whose extension, in any case, is one content files use. */
function isContentLike(name: string): boolean {
  return CONTENT_EXTENSIONS.has(path.extname(name).toLowerCase());
}

type Rel = (absolute: string) => string;
type Report = (absolute: string, expected: string) => void;

function classifyArticle(found: Walked, listing: ContentListing, rel: Rel, problem: Report): void {
  const name = found.entry.name;
  const extension = path.extname(name);
  if (extension === '.mdx') {
    listing.articles.push({ absolute: found.absolute, file: rel(found.absolute), slug: path.basename(name, '.mdx') });
  } else if (ARTICLE_LIKE.has(extension.toLowerCase())) {
    problem(found.absolute, 'artikel berakhiran .mdx (huruf kecil)');
  } else if (DATA_EXTENSIONS.has(extension.toLowerCase()) || extension.toLowerCase() === '.csv') {
    problem(found.absolute, 'hanya artikel .mdx dan gambar di content/articles/; data daerah, penulis, skema dan hasil di foldernya sendiri');
  }
  // Anything else is an asset an article may reference (images); the check resolves those.
}

function classifyData(folder: DataFolder, found: Walked, listing: ContentListing, rel: Rel, problem: Report): void {
  const name = found.entry.name;
  const extension = path.extname(name);
  const direct = !found.inner.includes('/');
  if (direct && DATA_EXTENSIONS.has(extension)) {
    listing[folder].push({ absolute: found.absolute, file: rel(found.absolute), id: path.basename(name, extension) });
  } else if (direct && name.startsWith('.') && !isContentLike(name)) {
    // hidden system file (.gitkeep, .DS_Store)
  } else {
    problem(found.absolute, dataExpected(folder));
  }
}

function classifyTable(found: Walked, listing: ContentListing, rel: Rel, problem: Report): void {
  const name = found.entry.name;
  const parts = found.inner.split('/');
  if (name.startsWith('.') && !isContentLike(name)) return; // hidden system file
  if (parts.length !== 2 || path.extname(name) !== '.csv') {
    problem(found.absolute, TABLE_EXPECTED);
    return;
  }
  const yearText = path.basename(name, '.csv');
  if (!/^\d{4}$/.test(yearText)) {
    problem(found.absolute, TABLE_EXPECTED);
    return;
  }
  listing.tables.push({ absolute: found.absolute, file: rel(found.absolute), scheme: parts[0]!, year: Number(yearText) });
}

/** `a.yaml` beside `a.yml`: one id, two files. */
function reportDuplicateIds(files: ListedDataFile[], problems: ContentProblem[]): void {
  const byId = new Map<string, ListedDataFile[]>();
  for (const file of files) byId.set(file.id, [...(byId.get(file.id) ?? []), file]);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const file of group) {
      problems.push({
        file: file.file,
        field: 'nama berkas',
        value: JSON.stringify(path.basename(file.file)),
        expected: `satu berkas untuk id "${id}"; id yang sama dipakai di: ${group.map((other) => other.file).join(', ')}`,
        related: group.filter((other) => other !== file).map((other) => other.file),
      });
    }
  }
}
