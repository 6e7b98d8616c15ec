/**
 * The embeddable badge (`/lencana/<region>/<scheme>-<year>.svg`): self-contained (no
 * scripts, no external references) because other sites embed it. Every fact is written
 * out, so colour is never the only cue; sized so that at 120 px wide the smallest text is 8.4 px.
 */
import type { SchemeData } from '../../schemas/scheme.ts';
import { escapeHtml } from '../../utils/html.ts';
import {
  describeAwardGrade,
  describeAwardSummary,
  describeAwardTitle,
  describeAwardZoneLine,
  formatAwardScore,
  isShortGrade,
  shortenRegionName,
  type AwardFacts,
  describeStreak,
} from './wording.ts';

export interface BadgeSvgInput {
  award: AwardFacts & { colour: string; textColour: string };
  scheme: SchemeData;
  /** `Kabupaten Musi Banyuasin`. */
  regionName: string;
  /** Shown at the foot, e.g. `Warta Prestasi`. */
  siteName: string;
  /** Where the badge links to when embedded; named in the description. */
  pageUrl?: string | undefined;
}

/** The badge's design width in SVG units; embed it at 120 px or wider. */
export const BADGE_WIDTH = 200;
const PAD = 12;
const INNER = BADGE_WIDTH - 2 * PAD;
export const BADGE_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export const escapeXml = escapeHtml;

// Advance widths in hundredths of an em of DejaVu Sans (regular, bold), the
// widest common fallback in the font stack, so an estimate never falls short.
const LOWER = { regular: [61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52], bold: [67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58] };
const UPPER = { regular: [68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69], bold: [77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73] };
const OTHER = { regular: { digit: 64, narrow: 32, paren: 39, dash: 36, other: 70 }, bold: { digit: 70, narrow: 38, paren: 46, dash: 42, other: 80 } };

/** In `fontSize` units; wraps lines and, as a last resort, squeezes one with `textLength` so nothing is cut off. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return (textHundredths(text, bold) / 100) * fontSize;
}

/** The advance width of a text in hundredths of an em: a sum over its characters, so widths add. */
function textHundredths(text: string, bold: boolean): number {
  const weight = bold ? 'bold' : 'regular';
  let hundredths = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 97 && code <= 122) hundredths += LOWER[weight][code - 97]!;
    else if (code >= 65 && code <= 90) hundredths += UPPER[weight][code - 65]!;
    else if (code >= 48 && code <= 57) hundredths += OTHER[weight].digit;
    else if (/[ .,:;'·]/.test(c)) hundredths += OTHER[weight].narrow;
    else if (/[()\[\]]/.test(c)) hundredths += OTHER[weight].paren;
    else if (c === '-') hundredths += OTHER[weight].dash;
    else hundredths += OTHER[weight].other;
  }
  return hundredths;
}

/**
 * Above this many words the balanced wrap below is skipped for the plain
 * greedy one: names are at most 80 characters (src/schemas), so only an
 * unusually long label or streak wording gets there, and the layout stays linear.
 */
const BALANCED_WRAP_MAX_WORDS = 40;

/**
 * As few lines as a greedy wrap, with breaks balanced so the longest line is shortest
 * (`3 tahun berturut-turut` / `Zona Hijau`, not `... Zona` / `Hijau`).
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  // Prefix sums make every line width O(1): the words plus one space between each two.
  const space = textHundredths(' ', bold);
  const prefix = [0];
  for (const word of words) prefix.push(prefix.at(-1)! + textHundredths(word, bold));
  const width = (from: number, to: number) => (to <= from ? 0 : ((prefix[to]! - prefix[from]! + (to - from - 1) * space) / 100) * fontSize);
  const greedyStarts: number[] = [];
  for (let i = 0; i < words.length; ) {
    greedyStarts.push(i);
    let j = i + 1;
    while (j < words.length && width(i, j + 1) <= maxWidth) j++;
    i = j;
  }
  const linesFrom = (starts: number[]) => starts.map((start, index) => words.slice(start, starts[index + 1] ?? words.length).join(' '));
  if (words.length > BALANCED_WRAP_MAX_WORDS) return linesFrom(greedyStarts);
  // solve(i, k): the breaks giving words[i..] the shortest longest line in k lines.
  const memo = new Map<string, { worst: number; breaks: number[] }>();
  const solve = (i: number, k: number): { worst: number; breaks: number[] } => {
    const key = `${i}/${k}`;
    const cached = memo.get(key);
    if (cached) return cached;
    let best = { worst: Number.POSITIVE_INFINITY, breaks: [] as number[] };
    if (k === 1) best = { worst: width(i, words.length), breaks: [] };
    else {
      for (let j = i + 1; j <= words.length - (k - 1); j++) {
        const head = width(i, j);
        if (head > maxWidth && j > i + 1) break;
        const rest = solve(j, k - 1);
        const worst = Math.max(head, rest.worst);
        if (worst < best.worst) best = { worst, breaks: [j, ...rest.breaks] };
      }
    }
    memo.set(key, best);
    return best;
  };
  const { breaks } = solve(0, greedyStarts.length);
  return linesFrom([0, ...breaks]);
}

interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  maxWidth: number;
}

function renderText(line: TextLine, fill: string): string {
  const fit = estimateTextWidth(line.text, line.size, line.bold) > line.maxWidth ? ` textLength="${line.maxWidth}" lengthAdjust="spacingAndGlyphs"` : '';
  const weight = line.bold ? ' font-weight="700"' : '';
  return `<text x="${line.x}" y="${line.y}" font-size="${line.size}"${weight} fill="${fill}"${fit}>${escapeXml(line.text)}</text>`;
}

/** The text lines of a badge, top to bottom, with the height they need. */
export function layoutBadge(input: BadgeSvgInput): { lines: TextLine[]; rules: number[]; height: number } {
  const { award, scheme } = input;
  const lines: TextLine[] = [];
  const rules: number[] = [];
  let y = PAD;
  const add = (text: string, size: number, bold: boolean, gap = 4) => {
    y += gap + size * 0.8;
    lines.push({ text, x: PAD, y: Math.round(y), size, bold, maxWidth: INNER });
    y += size * 0.25;
  };

  add(describeAwardTitle(award, scheme), 15, true, 2);

  const score = formatAwardScore(award, scheme);
  const grade = describeAwardGrade(award);
  const shown = new Set<string>();
  if (isShortGrade(award.grade)) {
    // Grade code and score side by side, large.
    y += 6 + 44 * 0.8;
    const baseline = Math.round(y);
    lines.push({ text: award.grade, x: PAD, y: baseline, size: 44, bold: true, maxWidth: INNER });
    if (score) {
      const x = Math.round(PAD + estimateTextWidth(award.grade, 44, true) + 10);
      lines.push({ text: score, x, y: baseline, size: 32, bold: true, maxWidth: BADGE_WIDTH - PAD - x });
    }
    y += 44 * 0.2;
    shown.add(award.grade);
    if (award.label && award.label !== award.grade) {
      for (const text of wrapText(award.label, 15, INNER)) add(text, 15, false);
      shown.add(award.label);
    }
  } else {
    if (score) {
      y += 6 + 34 * 0.8;
      lines.push({ text: score, x: PAD, y: Math.round(y), size: 34, bold: true, maxWidth: INNER });
      y += 34 * 0.2;
    }
    for (const text of wrapText(grade, 16, INNER, true)) add(text, 16, true, score ? 4 : 8);
    shown.add(grade);
  }
  if (!score && award.kind === 'scored') add('skor tidak diumumkan', 14, false);

  const streak = describeStreak(award as Parameters<typeof describeStreak>[0], scheme);
  const zone = describeAwardZoneLine(award);
  if (streak) for (const text of wrapText(streak, 15, INNER)) add(text, 15, false);
  else if (zone && !shown.has(zone)) add(zone, 15, true);

  y += 7;
  rules.push(Math.round(y));
  y += 1;
  for (const text of wrapText(shortenRegionName(input.regionName), 14, INNER, true)) add(text, 14, true, 5);
  add(input.siteName, 14, false, 3);
  return { lines, rules, height: Math.round(y + PAD - 2) };
}

export function renderBadgeSvg(input: BadgeSvgInput): string {
  const { award } = input;
  const { lines, rules, height } = layoutBadge(input);
  const fill = award.textColour;
  const title = describeAwardSummary(award, input.scheme, input.regionName);
  const descParts = [`${input.scheme.name} (${input.scheme.issuer}).`];
  if (award.decree) descParts.push(`Dasar: ${award.decree}.`);
  descParts.push(`Dihitung oleh ${input.siteName} dari data resmi${input.pageUrl ? `; rekam jejak: ${input.pageUrl}` : ''}.`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${height}" viewBox="0 0 ${BADGE_WIDTH} ${height}" role="img" aria-labelledby="lencana-judul" aria-describedby="lencana-ket" font-family="${escapeXml(BADGE_FONT_FAMILY)}">`,
    `<title id="lencana-judul">${escapeXml(title)}</title>`,
    `<desc id="lencana-ket">${escapeXml(descParts.join(' '))}</desc>`,
    `<rect width="${BADGE_WIDTH}" height="${height}" rx="10" fill="${award.colour}"/>`,
    `<rect x="1.5" y="1.5" width="${BADGE_WIDTH - 3}" height="${height - 3}" rx="9" fill="none" stroke="${fill}" stroke-opacity="0.35" stroke-width="1.5"/>`,
    ...rules.map((y) => `<path d="M${PAD} ${y}H${BADGE_WIDTH - PAD}" stroke="${fill}" stroke-opacity="0.5" stroke-width="1"/>`),
    ...lines.map((line) => renderText(line, fill)),
    '</svg>',
    '',
  ].join('\n');
}
