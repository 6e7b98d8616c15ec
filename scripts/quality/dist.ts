/**
 * A built site on disk as the quality gates see it, URLs mapped to files as a static host
 * serves them. Every gate takes a directory, so tests can run gates on fixture directories.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/utils/files.ts';
import { scanHtml, type ScannedElement } from './html-scan.ts';

/** One thing wrong: the page (its URL path, or a file path for non-pages) and what is wrong, in one line. */
export interface Problem {
  page: string;
  problem: string;
}

export interface GateOptions {
  /** The site's origin (`WARTA_SITE`); absolute URLs on it are internal. */
  site?: string;
  /** Astro's base path (`WARTA_BASE`), e.g. `/` or `/warta/`. */
  base?: string;
  /** Pages (URL paths, without base) allowed to ship JavaScript. */
  scriptPages?: readonly string[];
}

export const DEFAULT_SITE = 'https://warta-prestasi.example';

/** Directories that are generated bundles, not pages: not walked for pages, still there for links. */
const BUNDLE_DIRS = ['pagefind/'];

export interface Dist {
  dir: string;
  site: URL;
  /** Always starts and ends with `/`. */
  base: string;
  /** Every file, relative to `dir`, with `/` separators, sorted. */
  files: readonly string[];
  has(relative: string): boolean;
  read(relative: string): string;
  readBytes(relative: string): Buffer;
  /** The HTML pages (bundles excluded), sorted. */
  pages(): string[];
  /** Files with one of these extensions (bundles excluded). */
  withExtension(...extensions: string[]): string[];
  /** The public URL of a file: `berita/x/index.html` -> `https://site/base/berita/x/`. */
  urlOf(relative: string): URL;
  /** How problems name a file: its URL path without the site's base (`/berita/x/`, `/rss.xml`). */
  pageOf(relative: string): string;
  /** Elements of an HTML or SVG file as the gates' one parser reads them (cached). */
  elements(relative: string): ScannedElement[];
  /** Is this URL on our site (same origin as `site`, or the same host over http)? */
  isInternal(url: URL): boolean;
  /** The file a host serves for an internal URL, or why none. */
  resolve(url: URL): { file: string } | { missing: string };
}

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function openDist(dir: string, options: GateOptions = {}): Dist {
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`No built site at ${dir}: run the build first (npx astro build).`);
  const site = new URL(options.site ?? process.env.WARTA_SITE ?? DEFAULT_SITE);
  const base = normalizeBase(options.base ?? process.env.WARTA_BASE ?? '/');
  const files = listFiles(root).sort();
  const fileSet = new Set(files);
  const textCache = new Map<string, string>();
  const elementCache = new Map<string, ScannedElement[]>();
  const isBundle = (relative: string) => BUNDLE_DIRS.some((bundle) => relative.startsWith(bundle));

  const dist: Dist = {
    dir: root,
    site,
    base,
    files,
    has: (relative) => fileSet.has(relative),
    read(relative) {
      let text = textCache.get(relative);
      if (text === undefined) {
        text = readFileSync(path.join(root, relative), 'utf8');
        textCache.set(relative, text);
      }
      return text;
    },
    readBytes: (relative) => readFileSync(path.join(root, relative)),
    pages: () => files.filter((file) => file.endsWith('.html') && !isBundle(file)),
    withExtension: (...extensions) => files.filter((file) => !isBundle(file) && extensions.some((extension) => file.endsWith(extension))),
    urlOf(relative) {
      const pathname = relative === 'index.html' ? '' : relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
      return new URL(`${base}${pathname}`, site);
    },
    pageOf(relative) {
      if (relative === 'index.html') return '/';
      if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
      return `/${relative}`;
    },
    elements(relative) {
      let elements = elementCache.get(relative);
      if (!elements) {
        elements = scanHtml(dist.read(relative));
        elementCache.set(relative, elements);
      }
      return elements;
    },
    isInternal: (url) => url.origin === site.origin || ((url.protocol === 'http:' || url.protocol === 'https:') && url.host === site.host),
    resolve(url) {
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return { missing: `undecodable path ${url.pathname}` };
      }
      if (!pathname.startsWith(base)) return { missing: `${pathname} is outside the site's base path ${base}` };
      const inner = pathname.slice(base.length);
      if (inner === '' || inner.endsWith('/')) {
        const file = `${inner}index.html`;
        return fileSet.has(file) ? { file } : { missing: `no file ${file}` };
      }
      if (fileSet.has(inner)) return { file: inner };
      if (fileSet.has(`${inner}/index.html`)) return { missing: `${pathname} lacks its trailing slash (the host redirects to ${pathname}/)` };
      return { missing: `no file ${inner}` };
    },
  };
  return dist;
}

/** Problems sorted by page, then text; duplicates dropped. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .filter((problem) => {
      const key = `${problem.page}\u0000${problem.problem}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.page.localeCompare(b.page) || a.problem.localeCompare(b.problem));
}

/** `page: problem` lines. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.page}: ${problem.problem}`).join('\n');
}

/** A short description of an element for messages: its tag with the attributes that identify it. */
export function describe(element: ScannedElement): string {
  const keys = ['id', 'href', 'src', 'action', 'type', 'rel', 'name', 'class'];
  const shown = keys
    .filter((key) => element.attributes.has(key))
    .slice(0, 2)
    .map((key) => {
      const value = element.attributes.get(key)!;
      const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
      // Control characters (a tab hidden in `java\tscript:`) shown as escapes: one line, and visible.
      return `${key}="${shown.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))}"`;
    });
  return `<${[element.name, ...shown].join(' ')}>`;
}
