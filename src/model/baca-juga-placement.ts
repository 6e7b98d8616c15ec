/**
 * Where inline "Baca Juga" blocks go in an article body.
 *
 * The MDX compiler leaves HTML comments between top-level blocks:
 *   `<!--bj-slot:N-->`        after the N-th top-level paragraph, only where another
 *                             top-level block follows (never inside lists, quotes,
 *                             tables or components);
 *   `<!--bj:SLUG-->`          where the journalist wrote `<BacaJuga slug="SLUG" />`;
 *   `<!--bj-paragraphs:T-->`  once, at the end: T top-level paragraphs in all.
 * This module decides which slots get an automatic link and then swaps the
 * markers for rendered `<aside data-baca-juga>` blocks, removing the rest.
 */
import { SLUG_PATTERN } from './slug.ts';

/** At most this many inline blocks per article, explicit ones included. */
export const BACA_JUGA_MAX = 3;
/**
 * Articles with fewer top-level paragraphs get no automatic block: with three
 * or fewer, a block after paragraph 2 would sit in the last third of a story
 * the reader finishes in seconds, just above the end list anyway.
 */
export const BACA_JUGA_MIN_PARAGRAPHS = 4;
/** The first automatic block goes after this paragraph (or the first slot after it). */
export const BACA_JUGA_FIRST_AFTER = 2;
/** Inline blocks stand at least this many paragraphs apart; the next automatic one takes the nearest slot at that distance. */
export const BACA_JUGA_MIN_GAP = 3;

export interface BacaJugaPlacementInput {
  /** N of each `<!--bj-slot:N-->` present, in any order. */
  slots: readonly number[];
  totalParagraphs: number;
  /** Slugs of explicit `<BacaJuga>` blocks, in order. */
  explicit: readonly string[];
  /** Paragraphs before each explicit block (from `readBacaJugaMarkers`); keeps automatic ones away from them. */
  explicitPositions?: readonly number[] | undefined;
  /** Related slugs, best first (hand-picked first). */
  candidates: readonly string[];
  /** Default `BACA_JUGA_MAX`. */
  max?: number | undefined;
}

export interface BacaJugaPlacement {
  /** Slot N -> slug of the automatic block placed there. */
  placements: Map<number, string>;
  /** Every slug shown inline (explicit, then automatic): leave them out of the end list. */
  inlineSlugs: string[];
}

/**
 * Picks the slots for automatic blocks: the first slot at or after paragraph 2,
 * then each time the first slot at least 3 paragraphs further (so exactly 3
 * when that slot exists, e.g. after 2, 5, 8), never after the last paragraph,
 * never within 3 paragraphs of an explicit block. Explicit blocks count
 * toward the limit (they are always kept: the journalist placed them) and
 * their targets are not repeated.
 */
export function decideBacaJugaPlacement(input: BacaJugaPlacementInput): BacaJugaPlacement {
  const max = input.max ?? BACA_JUGA_MAX;
  const inlineSlugs = [...new Set(input.explicit)];
  const placements = new Map<number, string>();
  const budget = max - input.explicit.length;
  if (budget <= 0 || input.totalParagraphs < BACA_JUGA_MIN_PARAGRAPHS) return { placements, inlineSlugs };

  const shown = new Set(inlineSlugs);
  const queue = input.candidates.filter((slug) => {
    if (!slug || shown.has(slug)) return false;
    shown.add(slug);
    return true;
  });
  const slots = [...new Set(input.slots)]
    .filter((n) => Number.isInteger(n) && n >= BACA_JUGA_FIRST_AFTER && n < input.totalParagraphs)
    .sort((a, b) => a - b);
  const explicitAt = input.explicitPositions ?? [];

  let previous = -Infinity;
  for (const n of slots) {
    if (placements.size >= budget || placements.size >= queue.length) break;
    if (n - previous < BACA_JUGA_MIN_GAP) continue;
    if (explicitAt.some((e) => Math.abs(e - n) < BACA_JUGA_MIN_GAP)) continue;
    placements.set(n, queue[placements.size]!);
    previous = n;
  }
  for (const slug of placements.values()) inlineSlugs.push(slug);
  return { placements, inlineSlugs };
}

export interface BacaJugaMarkers {
  /** N of each slot marker, in document order. */
  slots: number[];
  /** Slugs of explicit blocks, in document order. */
  explicit: string[];
  /** Top-level paragraphs before each explicit block. */
  explicitPositions: number[];
  /** From `<!--bj-paragraphs:T-->`; undefined when the compiler left none. */
  totalParagraphs?: number | undefined;
}

const MARKER = /<!--\s*(bj-slot|bj-paragraphs|bj):\s*([\s\S]*?)\s*-->/g;

interface Marker {
  kind: 'slot' | 'paragraphs' | 'explicit';
  /** Paragraph count for slot/paragraphs, slug for explicit. */
  count: number;
  slug: string;
}

// A malformed marker is a compiler bug; failing beats leaving a stray comment
// or silently dropping a journalist's block.
function parseMarker(text: string, name: string, value: string): Marker {
  if (name === 'bj') {
    if (!SLUG_PATTERN.test(value)) throw new Error(`Baca Juga: marker ${text} does not name a slug`);
    return { kind: 'explicit', count: 0, slug: value };
  }
  if (!/^[0-9]+$/.test(value)) throw new Error(`Baca Juga: marker ${text} does not hold a paragraph count`);
  return { kind: name === 'bj-slot' ? 'slot' : 'paragraphs', count: Number(value), slug: '' };
}

/** Reads the compiler's markers from body HTML. */
export function readBacaJugaMarkers(html: string): BacaJugaMarkers {
  const result: BacaJugaMarkers = { slots: [], explicit: [], explicitPositions: [] };
  let paragraphsSoFar = 0;
  for (const match of html.matchAll(MARKER)) {
    const marker = parseMarker(match[0], match[1]!, match[2]!);
    if (marker.kind === 'slot') {
      result.slots.push(marker.count);
      paragraphsSoFar = marker.count;
    } else if (marker.kind === 'explicit') {
      result.explicit.push(marker.slug);
      result.explicitPositions.push(paragraphsSoFar);
    } else {
      result.totalParagraphs = marker.count;
    }
  }
  return result;
}

/**
 * Swaps chosen slot markers and every explicit marker for `render(slug)` (the
 * `<aside data-baca-juga data-pagefind-ignore>` block) and removes all other
 * markers. A slot marker repeated by mistake is rendered once.
 */
export function applyBacaJuga(
  html: string,
  placements: ReadonlyMap<number, string>,
  render: (slug: string) => string,
): string {
  const used = new Set<number>();
  return html.replace(MARKER, (text: string, name: string, value: string) => {
    const marker = parseMarker(text, name, value);
    if (marker.kind === 'explicit') return render(marker.slug);
    if (marker.kind === 'slot') {
      const slug = placements.get(marker.count);
      if (slug !== undefined && !used.has(marker.count)) {
        used.add(marker.count);
        return render(slug);
      }
    }
    return '';
  });
}
