/**
 * Reads the elements of an HTML document the way the WHATWG tokenizer does,
 * as far as the quality gates need: every start tag in document order with
 * its attributes (names lower-cased, values with character references
 * decoded, a repeated attribute keeping its first value), whether it sits in
 * `<head>` and in SVG/MathML, and the text of raw-text elements (`<script>`,
 * `<style>`, ...). Comments, doctypes, CDATA and the contents of
 * `<textarea>`/`<title>` are skipped, so a URL written there is not mistaken
 * for a link. The pages it reads have passed the HTML validity gate, so tree
 * construction (implied end tags, misnesting) does not matter here.
 */

export interface ScannedElement {
  /** Lower-case tag name. */
  name: string;
  attributes: ReadonlyMap<string, string>;
  /** Offset of the `<` in the document. */
  offset: number;
  /** Inside `<svg>` or `<math>`. */
  foreign: boolean;
  /** Before `<body>` (or the first element that implies it). */
  inHead: boolean;
  /** For raw-text elements: their text, as written. */
  text?: string;
  /** The start tag as written, shortened, for messages. */
  source: string;
}

/** Elements whose content is text up to their end tag (scripting enabled, so `<noscript>` too). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** Elements whose content is text with character references. */
const RCDATA = new Set(['textarea', 'title']);
/** Elements that may appear in `<head>`; any other start tag begins the body. */
const HEAD_ELEMENTS = new Set(['html', 'head', 'meta', 'link', 'title', 'style', 'script', 'noscript', 'base', 'template']);

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', copy: '\u00a9', reg: '\u00ae',
  hellip: '\u2026', ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  middot: '\u00b7', bull: '\u2022', laquo: '\u00ab', raquo: '\u00bb', times: '\u00d7', deg: '\u00b0',
};

/** Decodes numeric and common named character references (terminated by `;`); others stay as written. */
export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_REFERENCES[ref] ?? whole;
  });
}

const WHITESPACE = /[\t\n\f\r ]/;

function shorten(source: string): string {
  return source.length > 160 ? `${source.slice(0, 157)}…` : source;
}

/** Every start tag of `html`, in document order. */
export function scanHtml(html: string): ScannedElement[] {
  const elements: ScannedElement[] = [];
  const foreignStack: string[] = [];
  let inHead = true;
  let i = 0;
  const length = html.length;
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? length : end + 3;
      continue;
    }
    if (foreignStack.length && html.startsWith('<![CDATA[', i)) {
      const end = html.indexOf(']]>', i + 9);
      i = end === -1 ? length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? length : end + 1;
      continue;
    }
    if (next === '/') {
      const end = html.indexOf('>', i + 2);
      const name = /^[A-Za-z][^\t\n\f\r />]*/.exec(html.slice(i + 2, i + 40))?.[0].toLowerCase();
      const open = name ? foreignStack.lastIndexOf(name) : -1;
      if (open !== -1) foreignStack.length = open;
      if (name === 'head') inHead = false;
      i = end === -1 ? length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(next)) {
      i += 1;
      continue;
    }
    // Tag name.
    let j = i + 1;
    while (j < length && !WHITESPACE.test(html[j]!) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(i + 1, j).toLowerCase();
    // Attributes.
    const attributes = new Map<string, string>();
    let selfClosing = false;
    while (j < length) {
      const c = html[j]!;
      if (WHITESPACE.test(c)) {
        j++;
        continue;
      }
      if (c === '>') {
        j++;
        break;
      }
      if (c === '/') {
        selfClosing = html[j + 1] === '>';
        j++;
        continue;
      }
      let k = j + 1;
      while (k < length && !WHITESPACE.test(html[k]!) && !'/>='.includes(html[k]!)) k++;
      const attributeName = html.slice(j, k).toLowerCase();
      while (k < length && WHITESPACE.test(html[k]!)) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < length && WHITESPACE.test(html[k]!)) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, k + 1);
          value = html.slice(k + 1, end === -1 ? length : end);
          k = end === -1 ? length : end + 1;
        } else {
          let m = k;
          while (m < length && !WHITESPACE.test(html[m]!) && html[m] !== '>') m++;
          value = html.slice(k, m);
          k = m;
        }
      }
      if (!attributes.has(attributeName)) attributes.set(attributeName, decodeReferences(value));
      j = k;
    }
    const foreign = foreignStack.length > 0 || name === 'svg' || name === 'math';
    if (name === 'body' || (inHead && !foreign && !HEAD_ELEMENTS.has(name))) inHead = false;
    if (name === 'svg' || name === 'math' ? !selfClosing : foreignStack.length > 0 && !selfClosing) foreignStack.push(name);
    const element: ScannedElement = { name, attributes, offset: i, foreign, inHead, source: shorten(html.slice(i, j)) };
    elements.push(element);
    i = j;
    const rawText = !foreign && (RAW_TEXT.has(name) || RCDATA.has(name));
    const foreignText = foreign && (name === 'style' || name === 'script') && !selfClosing;
    if (rawText || foreignText) {
      const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
      close.lastIndex = i;
      const match = close.exec(html);
      const end = match ? match.index : length;
      element.text = html.slice(i, end);
      if (foreignText) foreignStack.pop();
      const gt = match ? html.indexOf('>', end) : -1;
      i = gt === -1 ? length : gt + 1;
    }
  }
  return elements;
}

/** The attribute value, or undefined. */
export function attr(element: ScannedElement, name: string): string | undefined {
  return element.attributes.get(name);
}

/** Space-separated tokens of an attribute, lower-cased (`rel`, `class`). */
export function tokens(element: ScannedElement, name: string): string[] {
  return (element.attributes.get(name) ?? '').toLowerCase().split(/[\t\n\f\r ]+/).filter(Boolean);
}

/** The URLs of a `srcset` (descriptors dropped), per the HTML candidate-parsing rules. */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && (WHITESPACE.test(srcset[i]!) || srcset[i] === ',')) i++;
    if (i >= srcset.length) break;
    let j = i;
    while (j < srcset.length && !WHITESPACE.test(srcset[j]!)) j++;
    let url = srcset.slice(i, j);
    let descriptors = true;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      descriptors = false;
    }
    urls.push(url);
    i = j;
    if (descriptors) {
      // Skip descriptors up to the next comma outside parentheses.
      let depth = 0;
      while (i < srcset.length) {
        const c = srcset[i]!;
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        i++;
      }
    }
  }
  return urls.filter(Boolean);
}

/** A JavaScript `<script>`: no type, or a JavaScript MIME type, `module` or `importmap`; anything else is a data block. */
export function isExecutableScript(element: ScannedElement): boolean {
  if (element.name !== 'script') return false;
  const type = (attr(element, 'type') ?? '').trim().toLowerCase();
  if (type === '' || type === 'module' || type === 'importmap' || type === 'speculationrules') return true;
  return /^(text|application)\/(x-)?(javascript|ecmascript|jscript|livescript)(1\.[0-5])?$/.test(type.split(';')[0]!.trim());
}
