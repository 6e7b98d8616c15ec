/**
 * Markers the MDX compiler leaves in an article body for the page to fill,
 * because they depend on the build rather than on the file alone:
 *   `<!--lencana:SKEMA:TAHUN[:DAERAH]-->`       an inline badge (`<Lencana>` in a sentence)
 *   `<!--lencana-blok:SKEMA:TAHUN[:DAERAH]-->`  a badge on its own line
 *   `<!--waktu:ISO-->`                          a `<Catatan>` date, written in the article's zone
 * (Baca Juga markers are src/model/baca-juga-placement.ts's.) Pure: the page
 * (src/components/BodyMarkers.astro) passes the awards and the time zone in.
 */
import { LENCANA_BLOCK_MARKER, LENCANA_MARKER, WAKTU_MARKER } from '../mdx/palette.ts';

export interface LencanaMarker {
  scheme: string;
  year: number;
  /** Undefined: the article's region. */
  region?: string | undefined;
  /** On its own line (a full badge) rather than inside a sentence. */
  block: boolean;
}

export type BodyPart = { kind: 'html'; html: string } | ({ kind: 'lencana' } & LencanaMarker);

const LENCANA_PATTERN = new RegExp(`<!--(${LENCANA_MARKER}|${LENCANA_BLOCK_MARKER})([a-z0-9-]+):(\\d{4})(?::([a-z0-9-]+))?-->`, 'g');
const WAKTU_PATTERN = new RegExp(`<!--${WAKTU_MARKER}([0-9T:.Z-]+)-->`, 'g');

/** Splits body HTML at its badge markers, in order; adjacent HTML stays one part. */
export function splitLencanaMarkers(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of html.matchAll(LENCANA_PATTERN)) {
    if (match.index > last) parts.push({ kind: 'html', html: html.slice(last, match.index) });
    parts.push({
      kind: 'lencana',
      scheme: match[2]!,
      year: Number(match[3]),
      region: match[4],
      block: match[1] === LENCANA_BLOCK_MARKER,
    });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
  return parts;
}

/** Writes each `<Catatan>` date with `format` (the article's zone), e.g. `Jumat, 15 November 2024 09.00 WIB`. */
export function fillTimeMarkers(html: string, format: (date: Date) => string): string {
  return html.replace(WAKTU_PATTERN, (_marker, iso: string) => format(new Date(iso)));
}
