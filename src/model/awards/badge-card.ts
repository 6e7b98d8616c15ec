/**
 * The 1200x630 share card of an article that reports an award (`/kartu/<slug>.png`), in the
 * page badge's words and colours. The layout is a plain satori element tree so it is tested
 * without drawing; satori (bundled fonts, text as paths) and resvg draw it.
 */
import satori, { type Font } from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import type { SchemeData } from '../../schemas/scheme.ts';
import type { ComputedAward } from './engine.ts';
import {
  describeStreak,
  describeAwardGrade,
  describeAwardTitle,
  describeAwardZoneLine,
  formatAwardScore,
  isShortGrade,
  shortenRegionName,
  type AwardFacts,
} from './wording.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The font family name the card's fonts are registered under. */
export const CARD_FONT = 'Noto Sans';

/** The site's palette (src/styles/global.css, light scheme). */
const PAPER = '#ffffff';
const INK = '#1a1a1a';
const MUTED = '#575757';
const ACCENT = '#a4161a';
const SOFT = '#f4f2ee';

export interface BadgeCardInput {
  /** The article's headline. */
  headline: string;
  /** Official name of the award's region, e.g. `Kabupaten Musi Banyuasin`. */
  regionName: string;
  /** The computed award, colours included (never typed by hand). */
  award: AwardFacts & Pick<ComputedAward, 'colour' | 'textColour' | 'streak'>;
  scheme: SchemeData;
  /** Further awards the article reports (named as `+1 penghargaan lain`). */
  moreAwards: number;
  /** `Warta Prestasi`. */
  siteName: string;
}

/** The texts of a card, decided once (the tree and the tests read them). */
export interface BadgeCardText {
  site: string;
  region: string;
  headline: string;
  title: string;
  /** Short grade code shown large (`A`, `WTP`), else undefined. */
  code: string | undefined;
  grade: string;
  /** The grade's label under a short code (`Kualitas Tertinggi` under `A`), when it adds something. */
  label: string | undefined;
  score: string | undefined;
  zone: string | undefined;
  streak: string | undefined;
  more: string | undefined;
}

/** What the card says, in the page's words. */
export function decideBadgeCardText(input: BadgeCardInput): BadgeCardText {
  const { award, scheme } = input;
  const score = formatAwardScore(award, scheme);
  return {
    site: input.siteName,
    region: shortenRegionName(input.regionName),
    headline: input.headline,
    title: describeAwardTitle(award, scheme),
    code: isShortGrade(award.grade) ? award.grade : undefined,
    grade: describeAwardGrade(award),
    label: isShortGrade(award.grade) && award.label && award.label !== award.grade ? award.label : undefined,
    score: score ? `Skor ${score}` : award.kind === 'scored' ? 'Skor tidak diumumkan' : undefined,
    zone: describeAwardZoneLine(award),
    streak: describeStreak(award as ComputedAward, scheme),
    more: input.moreAwards > 0 ? `+${input.moreAwards} penghargaan lain` : undefined,
  };
}

/** A satori element (the subset of React's shape satori reads). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const el = (type: string, style: Record<string, string | number>, children?: (CardNode | string | undefined | false)[] | string): CardNode => ({
  type,
  props: { style, children: typeof children === 'string' ? children : children?.filter((child): child is CardNode | string => Boolean(child)) },
});

/** Text clamped to `lines` lines with an ellipsis. */
const clamped = (text: string, lines: number, style: Record<string, string | number>): CardNode =>
  el('div', { display: 'block', lineClamp: lines, overflow: 'hidden', textOverflow: 'ellipsis', ...style }, text);

/** The card's element tree: the badge panel on the left, the headline on the right. */
export function layoutBadgeCard(input: BadgeCardInput): CardNode {
  const text = decideBadgeCardText(input);
  const { colour, textColour } = input.award;
  const codeSize = text.code ? (text.code.length === 1 ? 168 : text.code.length === 2 ? 140 : 112) : 0;
  const badge = el(
    'div',
    { display: 'flex', flexDirection: 'column', flex: 'none', width: 440, padding: '48px 44px', backgroundColor: colour, color: textColour },
    [
      el('div', { fontSize: 32, fontWeight: 700, letterSpacing: 1 }, text.title),
      text.code
        ? el('div', { display: 'flex', flexDirection: 'column', marginTop: 8 }, [
            el('div', { fontSize: codeSize, fontWeight: 700, lineHeight: 1.05 }, text.code),
            text.label && clamped(text.label, 2, { fontSize: 30, lineHeight: 1.25 }),
          ])
        : clamped(text.grade, 4, { marginTop: 24, fontSize: 46, fontWeight: 700, lineHeight: 1.15 }),
      text.score && el('div', { marginTop: 24, fontSize: text.score.startsWith('Skor tidak') ? 28 : 44, fontWeight: 700 }, text.score),
      el('div', { display: 'flex', flexDirection: 'column', marginTop: 'auto' }, [
        text.zone && el('div', { fontSize: 30, fontWeight: 700 }, text.zone),
        text.streak && clamped(text.streak, 2, { fontSize: 28, lineHeight: 1.25, marginTop: 6 }),
      ]),
    ],
  );
  const story = el('div', { display: 'flex', flexDirection: 'column', flex: 1, padding: '48px 56px', backgroundColor: PAPER, color: INK }, [
    el('div', { display: 'flex', alignItems: 'center' }, [
      el('div', { width: 16, height: 40, backgroundColor: ACCENT, marginRight: 14 }),
      el('div', { fontSize: 34, fontWeight: 700, color: ACCENT }, text.site),
    ]),
    clamped(text.region, 1, { marginTop: 40, fontSize: 32, fontWeight: 700, color: MUTED }),
    clamped(text.headline, 5, { marginTop: 14, fontSize: text.headline.length > 90 ? 48 : 56, fontWeight: 700, lineHeight: 1.2 }),
    text.more && el('div', { marginTop: 'auto', alignSelf: 'flex-start', padding: '6px 16px', backgroundColor: SOFT, fontSize: 26, color: MUTED }, text.more),
  ]);
  return el('div', { display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT, fontFamily: CARD_FONT }, [badge, story]);
}

export function renderBadgeCardSvg(input: BadgeCardInput, fonts: Font[]): Promise<string> {
  // satori's types want a ReactNode; the plain element tree is what it reads.
  return satori(layoutBadgeCard(input) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

/** resvg's options; part of a card's digest (src/astro-glue/badge-cards.ts) with the element tree. */
export const CARD_RENDER_OPTIONS = { fitTo: { mode: 'original' as const }, font: { loadSystemFonts: false } };

/** `renderAsync` rasterises on libuv's thread pool, so the build's other pages render meanwhile. */
export async function renderBadgeCardPng(input: BadgeCardInput, fonts: Font[]): Promise<Buffer> {
  const svg = await renderBadgeCardSvg(input, fonts);
  const image = await renderAsync(svg, CARD_RENDER_OPTIONS);
  return image.asPng();
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte) || String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
