/**
 * Where inline "Baca Juga" blocks go. The MDX compiler leaves markers between top-level
 * blocks (src/model/body-markers.ts: a `<warta-slot>` after a paragraph that another block
 * follows, a `<warta-baca-juga>` where the journalist wrote one); this decides which slots
 * get an automatic link and swaps the markers for `<aside data-baca-juga>` blocks.
 */
import { findBodyMarkers, type BodyMarker } from './body-markers.ts';

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
  /** N of each slot marker present, in any order. */
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
 * Explicit blocks are always kept (the journalist placed them) and count toward the limit;
 * automatic ones keep BACA_JUGA_MIN_GAP from every block and never follow the last paragraph.
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
}

export function readBacaJugaMarkers(html: string): BacaJugaMarkers {
  const result: BacaJugaMarkers = { slots: [], explicit: [], explicitPositions: [] };
  let paragraphsSoFar = 0;
  for (const { marker } of findBodyMarkers(html)) {
    if (marker.kind === 'slot') {
      result.slots.push(marker.paragraphs);
      paragraphsSoFar = marker.paragraphs;
    } else if (marker.kind === 'bacaJuga') {
      result.explicit.push(marker.slug);
      result.explicitPositions.push(paragraphsSoFar);
    }
  }
  return result;
}

/**
 * What each Baca Juga marker becomes: the chosen slots and every explicit
 * block `render(slug)`, other slots nothing; `undefined` for other markers.
 * A slot marker repeated by mistake is rendered once.
 */
export function bacaJugaReplacer(
  placements: ReadonlyMap<number, string>,
  render: (slug: string) => string,
): (marker: BodyMarker) => string | undefined {
  const used = new Set<number>();
  return (marker) => {
    if (marker.kind === 'bacaJuga') return render(marker.slug);
    if (marker.kind !== 'slot') return undefined;
    const slug = placements.get(marker.paragraphs);
    if (slug === undefined || used.has(marker.paragraphs)) return '';
    used.add(marker.paragraphs);
    return render(slug);
  };
}
