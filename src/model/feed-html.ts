/**
 * Turns an article body as the page renders it into HTML that is safe and
 * self-contained inside a feed's `content:encoded`: a feed reader has no
 * document base, no stylesheet and runs no script.
 *
 * - every `href`, `src`, `srcset` and `cite` becomes absolute (resolved
 *   against the article's own URL, which already carries the site's base);
 * - an inline Baca Juga block (`<aside data-baca-juga>`) becomes a plain
 *   `<p>BACA JUGA: <a href="…">…</a></p>`;
 * - an award badge (`data-award`) stays as the plain text, links and
 *   paragraphs it already holds: its decorative parts (`aria-hidden`, the
 *   SVG shield) go, so it reads as words, never as colour;
 * - a video (`data-video`) becomes `<p>Video: …</p>` with its caption's link
 *   to the video page (readers get no player, and no request leaves before a
 *   click);
 * - comments (the compiler's `<!--bj…-->` markers included), scripts, styles,
 *   embeds, iframes, forms, inline SVG and anything `aria-hidden` go; so do
 *   `data-*`, `on*`, `class` and `style` attributes (only a short list of
 *   harmless attributes is kept);
 * - elements outside a short list of text elements are unwrapped, so their
 *   text stays and their tags go (an MDX component name left over, a custom
 *   element);
 * - `<figure>`, `<figcaption>` and `<img alt>` stay.
 *
 * An image the content runtime did not resolve (`__ASTRO_IMAGE_`) is an error:
 * better a failed build than a feed with a broken picture.
 *
 * The input is HTML our own pipeline produced (well formed); the tokenizer
 * below still copes with stray `<`, unquoted attributes and unclosed tags.
 */
import { escapeHtml } from '../utils/html.ts';

// ---------------------------------------------------------------- tokenizer

export interface StartToken {
  type: 'start';
  /** Lower-case tag name. */
  name: string;
  /** As written, in order; names lower-cased, values entity-decoded. */
  attributes: [string, string][];
  selfClosing: boolean;
}
export interface EndToken {
  type: 'end';
  name: string;
}
export interface TextToken {
  type: 'text';
  /** Raw HTML text (entities left as they are). */
  raw: string;
}
export interface CommentToken {
  type: 'comment';
  value: string;
}
export type HtmlToken = StartToken | EndToken | TextToken | CommentToken;

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes numeric and the common named character references (others stay as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

const TAG_START = /[A-Za-z]/;

/** Splits HTML into tags, text and comments. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  let text = '';
  const flushText = () => {
    if (text) tokens.push({ type: 'text', raw: text });
    text = '';
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      flushText();
      const end = html.indexOf('-->', i + 4);
      tokens.push({ type: 'comment', value: html.slice(i + 4, end === -1 ? html.length : end) });
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      // Doctype, CDATA or processing instruction: a bogus comment in HTML.
      flushText();
      const end = html.indexOf('>', i);
      tokens.push({ type: 'comment', value: html.slice(i + 2, end === -1 ? html.length : end) });
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (html[i + 1] === '/' && TAG_START.test(html[i + 2] ?? '')) {
      flushText();
      const end = html.indexOf('>', i);
      const name = /^[^\s/>]+/.exec(html.slice(i + 2))![0].toLowerCase();
      tokens.push({ type: 'end', name });
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!TAG_START.test(html[i + 1] ?? '')) {
      // A lone "<" is text.
      text += '&lt;';
      i += 1;
      continue;
    }
    flushText();
    const start = readStartTag(html, i);
    tokens.push(start.token);
    i = start.next;
    if (RAW_TEXT.has(start.token.name) && !start.token.selfClosing) {
      const close = new RegExp(`</${start.token.name}[\\s/>]`, 'i');
      const match = close.exec(html.slice(i));
      const contentEnd = match ? i + match.index : html.length;
      if (contentEnd > i) tokens.push({ type: 'text', raw: html.slice(i, contentEnd) });
      tokens.push({ type: 'end', name: start.token.name });
      const gt = match ? html.indexOf('>', contentEnd) : -1;
      i = gt === -1 ? html.length : gt + 1;
    }
  }
  flushText();
  return tokens;
}

function readStartTag(html: string, from: number): { token: StartToken; next: number } {
  let i = from + 1;
  const nameMatch = /^[^\s/>]+/.exec(html.slice(i))!;
  const name = nameMatch[0].toLowerCase();
  i += nameMatch[0].length;
  const attributes: [string, string][] = [];
  let selfClosing = false;
  while (i < html.length) {
    while (i < html.length && /\s/.test(html[i]!)) i++;
    if (html[i] === '>') {
      i++;
      break;
    }
    if (html[i] === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    const attrName = /^[^\s/>=]+/.exec(html.slice(i));
    if (!attrName) {
      i++;
      continue;
    }
    i += attrName[0].length;
    let j = i;
    while (j < html.length && /\s/.test(html[j]!)) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && /\s/.test(html[j]!)) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, j + 1);
        value = html.slice(j + 1, end === -1 ? html.length : end);
        j = end === -1 ? html.length : end + 1;
      } else {
        const unquoted = /^[^\s>]*/.exec(html.slice(j))![0];
        value = unquoted;
        j += unquoted.length;
      }
      i = j;
    }
    attributes.push([attrName[0].toLowerCase(), decodeEntities(value)]);
  }
  return { token: { type: 'start', name, attributes, selfClosing: selfClosing || VOID_ELEMENTS.has(name) }, next: i };
}

// ---------------------------------------------------------------- URLs

/** Attributes holding one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data|file):/i;

/** An absolute URL for `value` as it appears on the page at `pageUrl`; null when unsafe or unparsable. */
export function absolutizeUrl(value: string, pageUrl: string): string | null {
  const trimmed = value.trim();
  if (UNSAFE_SCHEME.test(trimmed)) return null;
  try {
    return new URL(trimmed, pageUrl).href;
  } catch {
    return null;
  }
}

/** Every candidate of a `srcset` made absolute (descriptors kept); null when none is usable. */
export function absolutizeSrcset(value: string, pageUrl: string): string | null {
  const candidates: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    let url = /^\S+/.exec(value.slice(i))![0];
    i += url.length;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = value.indexOf(',', i);
      descriptor = value.slice(i, end === -1 ? value.length : end).trim();
      i = end === -1 ? value.length : end + 1;
    }
    const absolute = absolutizeUrl(url, pageUrl);
    if (absolute) candidates.push(descriptor ? `${absolute} ${descriptor}` : absolute);
  }
  return candidates.length ? candidates.join(', ') : null;
}

// ---------------------------------------------------------------- feed HTML

/** Elements kept as they are (minus unsafe attributes). */
const KEPT_ELEMENTS = new Set([
  'p', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite',
  'figure', 'figcaption', 'img', 'picture', 'source', 'em', 'strong', 'b', 'i', 'u', 's', 'sup', 'sub', 'small',
  'mark', 'abbr', 'br', 'hr', 'code', 'pre', 'kbd', 'samp', 'var', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td', 'span', 'div', 'time', 'del', 'ins',
]);

/** Elements dropped together with everything inside them. */
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed',
  'noframes', 'form', 'input', 'button', 'select', 'option', 'textarea', 'link', 'meta', 'base', 'svg', 'math',
  'canvas', 'audio', 'video', 'track', 'dialog', 'slot', 'title', 'head',
]);

/** The only attributes that survive; `data-*`, `on*`, `class`, `style`, `id` all go. */
const KEPT_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'rel', 'lang', 'dir', 'cite', 'datetime',
  'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'type', 'media', 'loading', 'decoding',
]);

const IMAGE_PLACEHOLDER = '__astro_image_';

export interface FeedHtmlOptions {
  /** Absolute URL of the article page: relative links resolve against it. */
  pageUrl: string;
}

function attribute(token: StartToken, name: string): string | undefined {
  return token.attributes.find(([key]) => key === name)?.[1];
}

function hasAttribute(token: StartToken, name: string): boolean {
  return token.attributes.some(([key]) => key === name);
}

/** Index just past the end tag matching the start tag at `index` (or the end of the list). */
function subtreeEnd(tokens: readonly HtmlToken[], index: number): number {
  const start = tokens[index] as StartToken;
  if (start.selfClosing) return index + 1;
  let depth = 0;
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'start' && token.name === start.name && !token.selfClosing) depth++;
    else if (token.type === 'end' && token.name === start.name) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return tokens.length;
}

/** Visible text of a token run, whitespace collapsed, re-escaped for HTML. */
function textOf(tokens: readonly HtmlToken[]): string {
  let text = '';
  let skipUntil = -1;
  tokens.forEach((token, i) => {
    if (i < skipUntil) return;
    if (token.type === 'start' && (token.name === 'script' || token.name === 'style')) skipUntil = subtreeEnd(tokens, i);
    else if (token.type === 'text') text += decodeEntities(token.raw);
    else if (token.type === 'start' && (token.name === 'br' || token.name === 'p' || token.name === 'li')) text += ' ';
  });
  return escapeHtml(text.replace(/\s+/g, ' ').trim());
}

/** `<p>BACA JUGA: <a href="…">headline</a></p>` from an `<aside data-baca-juga>` subtree. */
function renderBacaJuga(tokens: readonly HtmlToken[], options: FeedHtmlOptions): string {
  const linkIndex = tokens.findIndex((token) => token.type === 'start' && token.name === 'a' && hasAttribute(token, 'href'));
  if (linkIndex === -1) return '';
  const link = tokens[linkIndex] as StartToken;
  const href = absolutizeUrl(attribute(link, 'href')!, options.pageUrl);
  const label = textOf(tokens.slice(linkIndex + 1, subtreeEnd(tokens, linkIndex) - 1));
  if (!href || !label) return '';
  return `<p>BACA JUGA: <a href="${escapeHtml(href)}">${label}</a></p>`;
}

/**
 * A video as one paragraph: `Video: ` and its caption (title and a link to the
 * video page); undefined when it has no caption, so it is treated as any
 * other element.
 */
function renderVideo(tokens: readonly HtmlToken[], options: FeedHtmlOptions): string | undefined {
  const at = tokens.findIndex((token) => token.type === 'start' && token.name === 'figcaption');
  if (at === -1) return undefined;
  const caption = renderTokens(tokens.slice(at + 1, subtreeEnd(tokens, at) - 1), options);
  return caption ? `<p>Video: ${caption}</p>` : undefined;
}

function renderStartTag(token: StartToken, options: FeedHtmlOptions): string | null {
  if (hasAttribute(token, IMAGE_PLACEHOLDER)) {
    throw new Error(`feed HTML: an image was not resolved by the content runtime: ${attribute(token, IMAGE_PLACEHOLDER)}`);
  }
  const parts: string[] = [token.name];
  for (const [name, value] of token.attributes) {
    if (!KEPT_ATTRIBUTES.has(name)) continue;
    let kept: string | null = value;
    if (URL_ATTRIBUTES.has(name)) kept = absolutizeUrl(value, options.pageUrl);
    else if (name === 'srcset') kept = absolutizeSrcset(value, options.pageUrl);
    if (kept === null) continue;
    parts.push(`${name}="${escapeHtml(kept)}"`);
  }
  if (token.name === 'img') {
    if (!parts.some((part) => part.startsWith('src='))) return null;
    if (!hasAttribute(token, 'alt')) parts.push('alt=""');
  }
  if (token.name === 'source' && !parts.some((part) => part.startsWith('srcset=') || part.startsWith('src='))) return null;
  return `<${parts.join(' ')}>`;
}

/**
 * Feed-safe HTML for an article body (see the module comment). Pure: the same
 * input and page URL always give the same output.
 */
export function toFeedHtml(html: string, options: FeedHtmlOptions): string {
  return renderTokens(tokenizeHtml(html), options).replace(/\n{3,}/g, '\n\n').trim();
}

function renderTokens(tokens: readonly HtmlToken[], options: FeedHtmlOptions): string {
  let out = '';
  /** Open elements: whether each one's end tag is written. */
  const open: { name: string; kept: boolean }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.type === 'comment') {
      i++;
      continue;
    }
    if (token.type === 'text') {
      out += token.raw.replace(/</g, '&lt;');
      i++;
      continue;
    }
    if (token.type === 'end') {
      const at = open.map((entry) => entry.name).lastIndexOf(token.name);
      if (at !== -1) {
        // Close anything left open inside it, then it.
        for (const entry of open.splice(at).reverse()) if (entry.kept) out += `</${entry.name}>`;
      }
      i++;
      continue;
    }
    if (hasAttribute(token, 'data-baca-juga')) {
      const end = subtreeEnd(tokens, i);
      out += renderBacaJuga(tokens.slice(i, end), options);
      i = end;
      continue;
    }
    if (hasAttribute(token, 'data-video')) {
      const end = subtreeEnd(tokens, i);
      const video = renderVideo(tokens.slice(i, end), options);
      if (video !== undefined) {
        out += video;
        i = end;
        continue;
      }
    }
    if (attribute(token, 'aria-hidden') === 'true') {
      // Decoration (icons, the badge's shield): nothing a reader of words needs.
      i = subtreeEnd(tokens, i);
      continue;
    }
    if (DROPPED_ELEMENTS.has(token.name)) {
      const end = subtreeEnd(tokens, i);
      // An SVG that names itself (role="img" + aria-label) keeps its name as text.
      const label = token.name === 'svg' && attribute(token, 'role') === 'img' ? attribute(token, 'aria-label')?.trim() : undefined;
      if (label) out += escapeHtml(label);
      i = end;
      continue;
    }
    const kept = KEPT_ELEMENTS.has(token.name);
    if (kept) {
      const rendered = renderStartTag(token, options);
      if (rendered === null) {
        i = subtreeEnd(tokens, i);
        continue;
      }
      // Spans laid side by side with CSS (a badge's "Skor 93,31" and "Zona Hijau")
      // would run together without it: keep the words apart.
      if (token.name === 'span' && out.endsWith('</span>')) out += ' ';
      out += rendered;
    }
    if (!token.selfClosing) open.push({ name: token.name, kept });
    i++;
  }
  for (const entry of open.reverse()) if (entry.kept) out += `</${entry.name}>`;
  return out;
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
