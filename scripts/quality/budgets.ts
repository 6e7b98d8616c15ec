/**
 * Gate 4, weight budgets per page: article HTML, CSS (gzipped file by file, as a host serves
 * it), no JavaScript outside search, sized and lazy images (the first may load eagerly: it is
 * the one likely above the fold), subset WOFF2 fonts preloaded where used.
 */
import { gzipSync } from 'node:zlib';
import { attr, isExecutableScript, tokens, type ScannedElement } from './html-scan.ts';
import { describe, openDist, sortProblems, type Dist, type GateOptions, type Problem } from './dist.ts';

export const ARTICLE_HTML_BUDGET = 60_000;
export const CSS_GZIP_BUDGET = 20_000;
export const FONT_FILE_BUDGET = 50_000;
/** Pages allowed to ship JavaScript: search. */
export const DEFAULT_SCRIPT_PAGES = ['/cari/'];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Article pages: `berita/<slug>/index.html`. */
export function isArticlePage(relative: string): boolean {
  return /^berita\/[^/]+\/index\.html$/.test(relative);
}

interface FontFace {
  css: string;
  urls: string[];
  unicodeRange: boolean;
}

/** A stylesheet and everything it `@import`s (internal only), as dist files. */
function stylesheetClosure(dist: Dist, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const text = dist.read(file).replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of text.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi)) {
    const url = new URL(match[1]!, dist.urlOf(file));
    if (!dist.isInternal(url)) continue;
    const target = dist.resolve(url);
    if ('file' in target) stylesheetClosure(dist, target.file, seen);
  }
}

function fontFaces(dist: Dist, cssFile: string): FontFace[] {
  const text = dist.read(cssFile).replace(/\/\*[\s\S]*?\*\//g, '');
  const faces: FontFace[] = [];
  for (const match of text.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const body = match[1]!;
    const src = /(?:^|;)\s*src\s*:([^;]*)/i.exec(body)?.[1] ?? '';
    const urls = [...src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)]
      .map((url) => url[1]!)
      .filter((url) => !url.startsWith('data:'))
      .map((url) => new URL(url, dist.urlOf(cssFile)).href);
    faces.push({ css: cssFile, urls, unicodeRange: /unicode-range\s*:/i.test(body) });
  }
  return faces;
}

export function checkBudgets(dir: string, options: GateOptions = {}): Problem[] {
  const dist = openDist(dir, options);
  const scriptPages = new Set(options.scriptPages ?? DEFAULT_SCRIPT_PAGES);
  const problems: Problem[] = [];
  const gzipCache = new Map<string, number>();
  const gzipped = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(dist.readBytes(file)).length;
      gzipCache.set(file, size);
    }
    return size;
  };
  const fontCache = new Map<string, FontFace[]>();
  const facesOf = (sheet: string) => {
    let faces = fontCache.get(sheet);
    if (!faces) {
      faces = fontFaces(dist, sheet);
      fontCache.set(sheet, faces);
    }
    return faces;
  };

  for (const file of dist.pages()) {
    const page = dist.pageOf(file);
    const elements = dist.elements(file);
    const add = (problem: string) => problems.push({ page, problem });
    if (isArticlePage(file)) {
      const size = dist.readBytes(file).length;
      if (size > ARTICLE_HTML_BUDGET) add(`article HTML is ${kb(size)}, over the ${kb(ARTICLE_HTML_BUDGET)} budget`);
    }
    const sheets = checkCss(dist, file, elements, gzipped, add);
    if (!scriptPages.has(page)) checkNoScript(elements, scriptPages, add);
    checkImages(elements, add);
    checkFonts(dist, file, elements, sheets, facesOf, add);
  }
  return sortProblems(problems);
}

/** The page's stylesheets (with their imports) and inline CSS stay within the gzipped budget; returns the sheets. */
function checkCss(dist: Dist, file: string, elements: ScannedElement[], gzipped: (file: string) => number, add: (problem: string) => void): Set<string> {
  const sheets = new Set<string>();
  let inlineCss = 0;
  for (const element of elements) {
    if (element.name === 'link' && tokens(element, 'rel').includes('stylesheet') && attr(element, 'href')) {
      const url = new URL(attr(element, 'href')!, dist.urlOf(file));
      if (!dist.isInternal(url)) {
        add(`loads an external stylesheet ${url.href} (its weight cannot be budgeted)`);
        continue;
      }
      const target = dist.resolve(url);
      if ('file' in target) stylesheetClosure(dist, target.file, sheets);
    }
    if (element.name === 'style' && element.text) inlineCss += gzipSync(Buffer.from(element.text)).length;
  }
  const cssTotal = [...sheets].reduce((sum, sheet) => sum + gzipped(sheet), inlineCss);
  if (cssTotal > CSS_GZIP_BUDGET) {
    const parts = [...sheets].map((sheet) => `${dist.pageOf(sheet)} ${kb(gzipped(sheet))}`);
    if (inlineCss) parts.push(`<style> ${kb(inlineCss)}`);
    add(`CSS is ${kb(cssTotal)} gzipped, over the ${kb(CSS_GZIP_BUDGET)} budget (${parts.join(', ')})`);
  }
  return sheets;
}

/** Pages other than the script pages ship no JavaScript, preloaded or run. */
function checkNoScript(elements: ScannedElement[], scriptPages: Set<string>, add: (problem: string) => void): void {
  for (const element of elements) {
    const preloadsScript =
      element.name === 'link' &&
      (tokens(element, 'rel').includes('modulepreload') || (tokens(element, 'rel').includes('preload') && (attr(element, 'as') ?? '').toLowerCase() === 'script'));
    if (isExecutableScript(element) || preloadsScript) {
      add(`ships JavaScript (only ${[...scriptPages].join(', ')} may): ${describe(element)}${element.text?.trim() ? ` with inline code "${element.text.trim().slice(0, 40)}…"` : ''}`);
    }
  }
}

/** Images carry their size and load lazily after the first; embedded frames load lazily. */
function checkImages(elements: ScannedElement[], add: (problem: string) => void): void {
  let imageIndex = 0;
  for (const element of elements) {
    if (element.name === 'img' && !element.foreign) {
      const width = attr(element, 'width');
      const height = attr(element, 'height');
      if (!width || !height || !/^\d+$/.test(width.trim()) || !/^\d+$/.test(height.trim())) {
        add(`image without width and height (the layout shifts when it loads): ${describe(element)}`);
      }
      if (imageIndex > 0 && (attr(element, 'loading') ?? '').toLowerCase() !== 'lazy') {
        add(`image #${imageIndex + 1} is not loading="lazy" (only the page's first image may load eagerly): ${describe(element)}`);
      }
      imageIndex++;
    }
    if (element.name === 'iframe' && (attr(element, 'loading') ?? '').toLowerCase() !== 'lazy') {
      add(`embedded frame is not loading="lazy": ${describe(element)}`);
    }
  }
}

/** Every font the page's sheets declare: subset, self-hosted WOFF2 within budget, its first file preloaded. */
function checkFonts(
  dist: Dist,
  file: string,
  elements: ScannedElement[],
  sheets: Set<string>,
  facesOf: (sheet: string) => FontFace[],
  add: (problem: string) => void,
): void {
  const preloads = new Set(
    elements
      .filter((element) => element.name === 'link' && tokens(element, 'rel').includes('preload') && (attr(element, 'as') ?? '').toLowerCase() === 'font' && attr(element, 'href'))
      .map((element) => new URL(attr(element, 'href')!, dist.urlOf(file)).href),
  );
  for (const sheet of sheets) {
    for (const face of facesOf(sheet)) {
      const where = `@font-face in ${dist.pageOf(face.css)}`;
      if (!face.unicodeRange) add(`${where} has no unicode-range: fonts must be subset`);
      for (const url of face.urls) {
        const parsed = new URL(url);
        if (!dist.isInternal(parsed)) {
          add(`${where} loads ${url} from another host: self-host a subset instead`);
          continue;
        }
        const target = dist.resolve(parsed);
        if (!parsed.pathname.endsWith('.woff2')) add(`${where} uses ${parsed.pathname}: fonts must be WOFF2`);
        if ('file' in target && dist.readBytes(target.file).length > FONT_FILE_BUDGET) {
          add(`${where}: ${parsed.pathname} is ${kb(dist.readBytes(target.file).length)}, over the ${kb(FONT_FILE_BUDGET)} a subset needs`);
        }
      }
      const first = face.urls[0];
      if (first && !preloads.has(first)) add(`${where}: ${new URL(first).pathname} is not preloaded (<link rel="preload" as="font" type="font/woff2" crossorigin>)`);
    }
  }
}
