/**
 * Colour contrast after WCAG 2.x: relative luminance, contrast ratio and the
 * text colour a badge uses on its band colour. Pure, so schemes, badges and
 * tests agree on one rule.
 */
import { HEX_COLOUR_PATTERN } from '../schemas/scheme.ts';

export const BLACK = '#000000';
export const WHITE = '#ffffff';

/** WCAG AA for normal text. */
export const AA_CONTRAST = 4.5;

/** `#1b6b34` -> [27, 107, 52]; throws on anything but `#rrggbb`. */
export function parseHexColour(hex: string): [number, number, number] {
  if (!HEX_COLOUR_PATTERN.test(hex)) throw new RangeError(`parseHexColour: not a #rrggbb colour: ${hex}`);
  return [
    Number.parseInt(hex.slice(1, 3), 16),
    Number.parseInt(hex.slice(3, 5), 16),
    Number.parseInt(hex.slice(5, 7), 16),
  ];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function computeRelativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 to 21, order-independent. */
export function computeContrastRatio(a: string, b: string): number {
  const la = computeRelativeLuminance(a);
  const lb = computeRelativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black or white, whichever contrasts more with the background (black on a
 * tie). Either choice gives at least 4.58:1 for any colour, so AA always holds.
 */
export function decideTextColour(background: string): typeof BLACK | typeof WHITE {
  return computeContrastRatio(background, BLACK) >= computeContrastRatio(background, WHITE) ? BLACK : WHITE;
}
