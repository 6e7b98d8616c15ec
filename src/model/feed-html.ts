/**
 * An article body as the page renders it, made safe and self-contained for a feed's
 * `content:encoded`: a feed reader has no document base, no stylesheet and runs no script.
 * Parsed as a browser parses it (parse5), reshaped, sanitized against an allow-list and
 * serialised; no step treats HTML as text.
 */
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { parseSrcset, stringifySrcset } from 'srcset';
import type { Element, ElementContent, Nodes, Parents, Root, RootContent } from 'hast';
import { ALLOWED_SCHEMES, resolveAllowedUrl } from '../schemas/safe-url.ts';
import { escapeHtml } from '../utils/html.ts';

// ---------------------------------------------------------------- URLs

/** An absolute URL for `value` as it appears on the page at `pageUrl`; null when its scheme is not allowed or it does not parse. */
export function absolutizeUrl(value: string, pageUrl: string): string | null {
  return resolveAllowedUrl(value, pageUrl)?.href ?? null;
}

/** Every candidate of a `srcset` made absolute (descriptors kept); null when none is usable. */
export function absolutizeSrcset(value: string, pageUrl: string): string | null {
  const candidates = parseSrcset(value).flatMap((candidate) => {
    const url = absolutizeUrl(candidate.url, pageUrl);
    return url ? [{ ...candidate, url }] : [];
  });
  return candidates.length ? stringifySrcset(candidates) : null;
}

// ---------------------------------------------------------------- allow-list

/** Elements kept as they are (minus unsafe attributes); any other is unwrapped, its content kept. */
const KEPT_ELEMENTS = [
  'p', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'figure', 'figcaption', 'img', 'picture', 'source', 'em', 'strong', 'b', 'i', 'u', 's', 'sup', 'sub', 'small',
  'mark', 'abbr', 'br', 'hr', 'code', 'pre', 'kbd', 'samp', 'var', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td', 'span', 'div', 'time', 'del', 'ins',
];

/** Elements dropped together with everything inside them. */
const DROPPED_ELEMENTS = [
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed',
  'noframes', 'form', 'input', 'button', 'select', 'option', 'textarea', 'link', 'meta', 'base', 'svg', 'math',
  'canvas', 'audio', 'video', 'track', 'dialog', 'slot', 'title', 'head',
];

/** The only attributes that survive (hast property names); `data-*`, `on*`, `class`, `style`, `id` all go. */
const KEPT_PROPERTIES = [
  'href', 'src', 'srcSet', 'sizes', 'alt', 'title', 'width', 'height', 'rel', 'lang', 'dir', 'cite', 'dateTime',
  'colSpan', 'rowSpan', 'scope', 'headers', 'start', 'reversed', 'type', 'media', 'loading', 'decoding',
];

const FEED_SCHEMA: Schema = {
  tagNames: KEPT_ELEMENTS,
  attributes: { '*': KEPT_PROPERTIES },
  protocols: Object.fromEntries(['href', 'src', 'srcSet', 'cite'].map((property) => [property, [...ALLOWED_SCHEMES]])),
  strip: DROPPED_ELEMENTS,
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

// ---------------------------------------------------------------- tree helpers

export interface FeedHtmlOptions {
  /** Absolute URL of the article page: relative links resolve against it. */
  pageUrl: string;
}

const isElement = (node: Nodes | undefined, tagName?: string): node is Element =>
  node?.type === 'element' && (tagName === undefined || node.tagName === tagName);

const hasProperty = (node: Element, name: string) => node.properties[name] !== undefined && node.properties[name] !== null;

/** The first element under `node` (itself included) that passes `test`, depth first. */
function findElement(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Replaces each child of every parent, depth first, by what `replace` returns (the child itself to keep it). */
function rewriteChildren(parent: Parents, replace: (node: RootContent) => RootContent[] | RootContent): void {
  parent.children = parent.children.flatMap((child) => {
    if (child.type === 'doctype') return [];
    const replaced = replace(child);
    const nodes = Array.isArray(replaced) ? replaced : [replaced];
    for (const node of nodes) if ('children' in node) rewriteChildren(node, replace);
    return nodes;
  }) as Element['children'];
}

/** Visible text, whitespace collapsed (block breaks read as spaces). */
function textOf(node: Nodes): string {
  const parts: string[] = [];
  const collect = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value);
    else if (isElement(current) && ['br', 'p', 'li'].includes(current.tagName)) parts.push(' ');
    if ('children' in current && !(isElement(current) && ['script', 'style'].includes(current.tagName))) current.children.forEach(collect);
  };
  collect(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

// ---------------------------------------------------------------- reshaping

function assertImagesResolved(tree: Root): void {
  const unresolved = findElement(tree, (node) => Object.keys(node.properties).some((key) => key.toLowerCase() === '__astro_image_'));
  if (unresolved) {
    const placeholder = Object.entries(unresolved.properties).find(([key]) => key.toLowerCase() === '__astro_image_')![1];
    throw new Error(`feed HTML: an image was not resolved by the content runtime: ${String(placeholder)}`);
  }
}

/** `<p>BACA JUGA: <a href="…">headline</a></p>` from an `<aside data-baca-juga>`; nothing when it holds no usable link. */
function bacaJugaParagraph(aside: Element, options: FeedHtmlOptions): ElementContent[] {
  const link = findElement(aside, (node) => node.tagName === 'a' && typeof node.properties.href === 'string');
  const href = link ? absolutizeUrl(link.properties.href as string, options.pageUrl) : null;
  const label = link ? textOf(link) : '';
  if (!href || !label) return [];
  return [element('p', {}, [text('BACA JUGA: '), element('a', { href }, [text(label)])])];
}

/** Readers get a link to the video page, not a player: no request leaves before a click. */
function videoParagraph(figure: Element): ElementContent {
  const caption = findElement(figure, (node) => node.tagName === 'figcaption');
  if (!caption || !textOf(caption)) return figure;
  return element('p', {}, [text('Video: '), ...caption.children]);
}

/** Badges read as words, never as colour: decoration goes; an SVG that names itself (role="img" + aria-label) keeps its name. */
function reshape(node: RootContent, options: FeedHtmlOptions): RootContent[] | RootContent {
  if (!isElement(node)) return node;
  if (hasProperty(node, 'dataBacaJuga')) return bacaJugaParagraph(node, options);
  if (hasProperty(node, 'dataVideo')) return videoParagraph(node);
  if (String(node.properties.ariaHidden) === 'true') return [];
  if (node.tagName === 'svg' && String(node.properties.role) === 'img') {
    const label = typeof node.properties.ariaLabel === 'string' ? node.properties.ariaLabel.trim() : '';
    return label ? text(label) : [];
  }
  return node;
}

/** Absolute `href`, `src`, `cite` and `srcset`; a value that is not allowed is removed. */
function absolutize(node: RootContent, options: FeedHtmlOptions): RootContent {
  if (!isElement(node)) return node;
  for (const property of ['href', 'src', 'cite', 'srcSet']) {
    const value = node.properties[property];
    if (value === undefined || value === null) continue;
    const raw = Array.isArray(value) ? value.join(' ') : String(value);
    const absolute = property === 'srcSet' ? absolutizeSrcset(raw, options.pageUrl) : absolutizeUrl(raw, options.pageUrl);
    if (absolute === null) delete node.properties[property];
    else node.properties[property] = absolute;
  }
  return node;
}

/** After sanitizing: images and sources need something to show, images an `alt`; badge spans keep their words apart. */
function finish(node: RootContent): RootContent[] | RootContent {
  if (isElement(node, 'img')) {
    if (!hasProperty(node, 'src')) return [];
    if (!hasProperty(node, 'alt')) node.properties.alt = '';
  }
  if (isElement(node, 'source') && !hasProperty(node, 'src') && !hasProperty(node, 'srcSet')) return [];
  return node;
}

/** Spans laid side by side with CSS (a badge's "Skor 93,31" and "Zona Hijau") would run together without a space. */
function spaceAdjacentSpans(parent: Parents): void {
  parent.children = parent.children.flatMap((child, index) => {
    if ('children' in child) spaceAdjacentSpans(child);
    const previous = parent.children[index - 1];
    return isElement(child, 'span') && isElement(previous, 'span') ? [text(' '), child] : [child];
  }) as Element['children'];
}

/** Runs of blank lines left by removed blocks become one; the fragment starts and ends with content. */
function tidyWhitespace(tree: Root): void {
  const tidy = (parent: Parents) => {
    const merged: RootContent[] = [];
    for (const child of parent.children) {
      const last = merged.at(-1);
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else merged.push(child.type === 'text' ? { ...child } : child);
    }
    for (const child of merged) {
      if (child.type === 'text') child.value = child.value.replace(/\n{3,}/g, '\n\n');
      else if (isElement(child) && child.tagName !== 'pre') tidy(child);
    }
    parent.children = merged as Element['children'];
  };
  tidy(tree);
  const first = tree.children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = tree.children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  tree.children = tree.children.filter((child) => child.type !== 'text' || child.value !== '');
}

// ---------------------------------------------------------------- feed HTML

/** Throws on an image the content runtime left unresolved: better a failed build than a broken picture in feeds. */
export function toFeedHtml(html: string, options: FeedHtmlOptions): string {
  const tree = fromHtml(html, { fragment: true });
  assertImagesResolved(tree);
  rewriteChildren(tree, (node) => reshape(node, options));
  rewriteChildren(tree, (node) => absolutize(node, options));
  const clean = sanitize(tree, FEED_SCHEMA) as Root;
  rewriteChildren(clean, finish);
  spaceAdjacentSpans(clean);
  tidyWhitespace(clean);
  return toHtml(clean, { characterReferences: { useNamedReferences: true } });
}

// ---------------------------------------------------------------- extra blocks

export interface FeedFigure {
  /** Absolute image URL. */
  src: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
  /** Plain text, e.g. the photo credit. */
  caption?: string | undefined;
}

/** The lead image as a plain `<figure>` for the top of `content:encoded`. */
export function renderFeedFigure(figure: FeedFigure): string {
  const size = figure.width && figure.height ? ` width="${figure.width}" height="${figure.height}"` : '';
  const caption = figure.caption?.trim() ? `<figcaption>${escapeHtml(figure.caption.trim())}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(figure.src)}" alt="${escapeHtml(figure.alt)}"${size}>${caption}</figure>`;
}

/**
 * The article's awards as a plain list (one line each, e.g. `Ombudsman RI 2024:
 * Kategori A (Kualitas Tertinggi), skor 93,31, Zona Hijau, 3 tahun
 * berturut-turut`), under a heading; empty when there are none.
 */
export function renderAwardList(lines: readonly string[]): string {
  if (lines.length === 0) return '';
  return `<p><strong>Penghargaan dalam berita ini:</strong></p><ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
}
