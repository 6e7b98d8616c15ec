/**
 * The quality gates' one way of reading HTML: parse5, the WHATWG parser the site's own HTML
 * goes through, so a gate sees a document exactly as a browser builds it (scripting enabled,
 * so `<noscript>` is text). Elements the parser implies (an `<html>` nobody wrote) are left out.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { parseSrcset } from 'srcset';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

export interface ScannedElement {
  /** Lower-case tag name. */
  name: string;
  attributes: ReadonlyMap<string, string>;
  /** Offset of the `<` in the document. */
  offset: number;
  /** Inside `<svg>` or `<math>` (or one itself). */
  foreign: boolean;
  /** Inside `<head>` as the parser builds the tree. */
  inHead: boolean;
  /** For raw-text and RCDATA elements (`<script>`, `<style>`, `<title>`, ...): their text. */
  text?: string;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements whose content is text (scripting enabled, so `<noscript>` too), and `<script>`/`<style>` in SVG. */
const TEXT_ELEMENTS = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title']);

function isElement(node: DefaultTreeAdapterTypes.ChildNode): node is Element {
  return 'tagName' in node;
}

function attributesOf(element: Element): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of element.attrs) {
    const name = (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, attribute.value);
  }
  return attributes;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/** Every element written in `html`, in source order. */
export function scanHtml(html: string): ScannedElement[] {
  const elements: ScannedElement[] = [];
  const walk = (parent: ParentNode, inHead: boolean, foreign: boolean) => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      const name = child.tagName.toLowerCase();
      const isForeign = foreign || child.namespaceURI !== HTML_NS;
      const location = child.sourceCodeLocation;
      if (location) {
        const element: ScannedElement = { name, attributes: attributesOf(child), offset: location.startOffset, foreign: isForeign, inHead };
        if (TEXT_ELEMENTS.has(name)) element.text = textOf(child);
        elements.push(element);
      }
      const inside = inHead || (name === 'head' && !isForeign);
      walk(child, inside, isForeign);
      if (name === 'template' && 'content' in child) walk(child.content as ParentNode, inside, isForeign);
    }
  };
  walk(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true }), false, false);
  return elements.sort((a, b) => a.offset - b.offset);
}

export function attr(element: ScannedElement, name: string): string | undefined {
  return element.attributes.get(name);
}

/** Space-separated tokens of an attribute, lower-cased (`rel`, `class`). */
export function tokens(element: ScannedElement, name: string): string[] {
  return (element.attributes.get(name) ?? '').toLowerCase().split(/[\t\n\f\r ]+/).filter(Boolean);
}

/** The URLs of a `srcset` (descriptors dropped), read by the `srcset` package as the HTML candidate rules say. */
export function srcsetUrls(srcset: string): string[] {
  return parseSrcset(srcset)
    .map((candidate) => candidate.url)
    .filter(Boolean);
}

/** A JavaScript `<script>`: no type, or a JavaScript MIME type, `module` or `importmap`; anything else is a data block. */
export function isExecutableScript(element: ScannedElement): boolean {
  if (element.name !== 'script') return false;
  const type = (attr(element, 'type') ?? '').trim().toLowerCase();
  if (type === '' || type === 'module' || type === 'importmap' || type === 'speculationrules') return true;
  return /^(text|application)\/(x-)?(javascript|ecmascript|jscript|livescript)(1\.[0-5])?$/.test(type.split(';')[0]!.trim());
}
