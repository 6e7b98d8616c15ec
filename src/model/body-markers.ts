/**
 * Markers the MDX compiler leaves in a body for what depends on the build, not the file
 * (Baca Juga slots and blocks, `<Lencana>` badges, `<Catatan>` dates). They are real empty
 * elements found by walking the parsed tree, so text that merely looks like one (an
 * attribute, an alt) is never taken for one; replacements are spliced at source offsets,
 * so every other byte stays as the compiler wrote it.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit, SKIP } from 'unist-util-visit';
import { SLUG_PATTERN } from '../schemas/slug.ts';

export const BODY_MARKER_TAGS = {
  slot: 'warta-slot',
  bacaJuga: 'warta-baca-juga',
  lencana: 'warta-lencana',
  waktu: 'warta-waktu',
} as const;

const MARKER_TAG_NAMES = new Set<string>(Object.values(BODY_MARKER_TAGS));

/** Lets any HTML consumer drop a marker that slipped past BodyMarkers.astro. */
export function isBodyMarkerTag(tagName: string): boolean {
  return MARKER_TAG_NAMES.has(tagName);
}

export interface LencanaMarker {
  scheme: string;
  year: number;
  /** Undefined: the article's region. */
  region?: string | undefined;
  /** On its own line (a full badge) rather than inside a sentence. */
  block: boolean;
}

export type BodyMarker =
  | { kind: 'slot'; paragraphs: number }
  | { kind: 'bacaJuga'; slug: string }
  | ({ kind: 'lencana' } & LencanaMarker)
  | { kind: 'waktu'; date: Date };

/** The element the compiler puts on the tree for a marker. */
export function bodyMarkerElement(marker: BodyMarker): Element {
  const element = (tagName: string, properties: Element['properties']): Element => ({ type: 'element', tagName, properties, children: [] });
  switch (marker.kind) {
    case 'slot':
      return element(BODY_MARKER_TAGS.slot, { dataN: String(marker.paragraphs) });
    case 'bacaJuga':
      return element(BODY_MARKER_TAGS.bacaJuga, { dataSlug: marker.slug });
    case 'lencana':
      return element(BODY_MARKER_TAGS.lencana, {
        dataScheme: marker.scheme,
        dataYear: String(marker.year),
        ...(marker.region ? { dataRegion: marker.region } : {}),
        dataBlock: String(marker.block),
      });
    case 'waktu':
      return element(BODY_MARKER_TAGS.waktu, { dataIso: marker.date.toISOString() });
  }
}

// A malformed marker is a compiler bug; failing beats leaving a stray element
// or silently dropping a journalist's block.
function malformed(element: Element, what: string): never {
  throw new Error(`Body marker <${element.tagName}> ${what} (${JSON.stringify(element.properties)})`);
}

function readString(element: Element, property: string): string | undefined {
  const value = element.properties[property];
  return typeof value === 'string' ? value : undefined;
}

/** The marker an element stands for, or undefined when it is not a marker. */
export function readBodyMarker(element: Element): BodyMarker | undefined {
  switch (element.tagName) {
    case BODY_MARKER_TAGS.slot: {
      const n = readString(element, 'dataN') ?? '';
      if (!/^[0-9]+$/.test(n)) malformed(element, 'does not hold a paragraph count');
      return { kind: 'slot', paragraphs: Number(n) };
    }
    case BODY_MARKER_TAGS.bacaJuga: {
      const slug = readString(element, 'dataSlug') ?? '';
      if (!SLUG_PATTERN.test(slug)) malformed(element, 'does not name a slug');
      return { kind: 'bacaJuga', slug };
    }
    case BODY_MARKER_TAGS.lencana: {
      const scheme = readString(element, 'dataScheme') ?? '';
      const year = readString(element, 'dataYear') ?? '';
      const region = readString(element, 'dataRegion');
      if (!SLUG_PATTERN.test(scheme) || !/^\d{4}$/.test(year) || (region !== undefined && !SLUG_PATTERN.test(region))) {
        malformed(element, 'does not name a scheme, year and region');
      }
      return { kind: 'lencana', scheme, year: Number(year), region, block: readString(element, 'dataBlock') === 'true' };
    }
    case BODY_MARKER_TAGS.waktu: {
      const date = new Date(readString(element, 'dataIso') ?? '');
      if (Number.isNaN(date.getTime())) malformed(element, 'does not hold a date');
      return { kind: 'waktu', date };
    }
    default:
      return undefined;
  }
}

export interface LocatedBodyMarker {
  marker: BodyMarker;
  /** Source offsets of the whole element (start tag to end tag) in the HTML. */
  start: number;
  end: number;
}

/** The markers of body HTML, in document order, with where each is written. */
export function findBodyMarkers(html: string): LocatedBodyMarker[] {
  const found: LocatedBodyMarker[] = [];
  // A marker needs a start tag (tag names are case-insensitive); without one, no parse.
  if (!/<warta-/i.test(html)) return found;
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    const marker = readBodyMarker(element);
    if (!marker) return undefined;
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) malformed(element, 'has no source position');
    found.push({ marker, start, end });
    return SKIP;
  });
  return found.sort((a, b) => a.start - b.start);
}

/** A piece of a body: HTML, or a badge for the page to render. */
export type BodyPart = { kind: 'html'; html: string } | ({ kind: 'lencana' } & LencanaMarker);

/** `replace` returns HTML (the marker's own `source` keeps it) or a badge part; adjacent HTML stays one part. */
export function spliceBodyMarkers(
  html: string,
  replace: (marker: BodyMarker, source: string) => string | BodyPart,
): BodyPart[] {
  const parts: BodyPart[] = [];
  let pending = '';
  let last = 0;
  for (const { marker, start, end } of findBodyMarkers(html)) {
    pending += html.slice(last, start);
    const replacement = replace(marker, html.slice(start, end));
    if (typeof replacement === 'string') pending += replacement;
    else if (replacement.kind === 'html') pending += replacement.html;
    else {
      if (pending) parts.push({ kind: 'html', html: pending });
      pending = '';
      parts.push(replacement);
    }
    last = end;
  }
  pending += html.slice(last);
  if (pending) parts.push({ kind: 'html', html: pending });
  return parts;
}

/** What a page puts in place of the markers: Baca Juga blocks (HTML, or nothing) and `<Catatan>` dates (HTML). */
export interface MarkerFillers {
  /** A slot or explicit Baca Juga marker; undefined or '' leaves nothing. */
  bacaJuga(marker: BodyMarker): string | undefined;
  /** A `<Catatan>` date, written in the article's zone. */
  time(date: Date): string;
}

/** No marker is left: badges become parts for the page to render, the rest HTML. */
export function fillBodyMarkers(html: string, fillers: MarkerFillers): BodyPart[] {
  return spliceBodyMarkers(html, (marker) => {
    if (marker.kind === 'waktu') return fillers.time(marker.date);
    if (marker.kind !== 'lencana') return fillers.bacaJuga(marker) ?? '';
    const { kind: _kind, ...badge } = marker;
    return { kind: 'lencana', ...badge };
  });
}
