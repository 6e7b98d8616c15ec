import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  CARD_FONT,
  CARD_HEIGHT,
  CARD_WIDTH,
  decideBadgeCardText,
  layoutBadgeCard,
  readPngSize,
  renderBadgeCardPng,
  renderBadgeCardSvg,
  type BadgeCardInput,
  type CardNode,
} from '../../../src/model/awards/badge-card.ts';
import { computeSample, findAward, bpk, ombudsman } from './fixtures.ts';

const awards = computeSample();
const muba2024 = findAward(awards, 'musi-banyuasin', 2024);
const input = (over: Partial<BadgeCardInput> = {}): BadgeCardInput => ({
  headline: 'Musi Banyuasin kembali di Zona Hijau Ombudsman RI',
  regionName: 'Kabupaten Musi Banyuasin',
  award: muba2024,
  scheme: ombudsman,
  moreAwards: 0,
  siteName: 'Warta Prestasi',
  ...over,
});

const require = createRequire(import.meta.url);
const fonts = ([400, 700] as const).map((weight) => ({
  name: CARD_FONT,
  data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
  weight,
  style: 'normal' as const,
}));

function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return typeof children === 'string' ? [children] : children.flatMap(texts);
}
function findByText(node: CardNode, text: string): CardNode | undefined {
  if (node.props.children === text) return node;
  if (Array.isArray(node.props.children)) {
    for (const child of node.props.children) if (typeof child !== 'string') { const found = findByText(child, text); if (found) return found; }
  }
  return undefined;
}

describe('decideBadgeCardText: the page badge\'s words', () => {
  it('a scored award with a grade code: code, label, score in Indonesian format, zone and streak', () => {
    expect(decideBadgeCardText(input())).toEqual({
      site: 'Warta Prestasi',
      region: 'Kab. Musi Banyuasin',
      headline: 'Musi Banyuasin kembali di Zona Hijau Ombudsman RI',
      title: 'Ombudsman RI 2024',
      code: 'A',
      grade: 'Kategori A \u00b7 Kualitas Tertinggi',
      label: 'Kualitas Tertinggi',
      score: 'Skor 93,31',
      zone: 'Zona Hijau',
      streak: '3 tahun berturut-turut Zona Hijau',
      more: undefined,
    });
  });

  it('a category award (BPK WDP) and further awards', () => {
    const text = decideBadgeCardText(input({ award: findAward(awards, 'musi-banyuasin', 2021, 'bpk-opini'), scheme: bpk, moreAwards: 2 }));
    expect(text).toMatchObject({ title: 'Opini BPK 2021', code: 'WDP', label: 'Wajar Dengan Pengecualian', score: undefined, more: '+2 penghargaan lain' });
  });
});

describe('layoutBadgeCard', () => {
  it('draws the badge on the engine\'s band colour with its text colour', () => {
    const tree = layoutBadgeCard(input());
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    const panel = (tree.props.children as CardNode[])[0]!;
    expect(panel.props.style).toMatchObject({ backgroundColor: muba2024.colour, color: muba2024.textColour });
    expect(texts(panel)).toEqual(['Ombudsman RI 2024', 'A', 'Kualitas Tertinggi', 'Skor 93,31', 'Zona Hijau', '3 tahun berturut-turut Zona Hijau']);
    const other = layoutBadgeCard(input({ award: findAward(awards, 'kepulauan-tanimbar', 2024), regionName: 'Kabupaten Kepulauan Tanimbar' }));
    const otherPanel = (other.props.children as CardNode[])[0]!;
    expect(otherPanel.props.style!.backgroundColor).toBe(findAward(awards, 'kepulauan-tanimbar', 2024).colour);
    expect(otherPanel.props.style!.backgroundColor).not.toBe(muba2024.colour);
  });

  it('clamps a long headline instead of overflowing the card', () => {
    const long = 'Sangat panjang '.repeat(20).trim();
    const node = findByText(layoutBadgeCard(input({ headline: long })), long)!;
    expect(node.props.style).toMatchObject({ lineClamp: 5, overflow: 'hidden', textOverflow: 'ellipsis' });
  });
});

describe('renderBadgeCardPng', () => {
  it('draws text as paths (no font needed by the rasteriser) and a 1200x630 PNG under 100 KB', async () => {
    const svg = await renderBadgeCardSvg(input({ headline: 'Skor "A" & nilai #1 \u2014 Musi Banyuasin \u2018juara\u2019 lagi' }), fonts);
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
    expect(svg).not.toMatch(/<text|<image|href=/);
    const started = performance.now();
    const png = await renderBadgeCardPng(input({ headline: 'Panjang sekali '.repeat(12) }), fonts);
    console.log(`one card: ${(performance.now() - started).toFixed(0)} ms, ${png.length} bytes`);
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThanOrEqual(100 * 1024);
  });

  it('readPngSize refuses what is not a PNG', () => {
    expect(() => readPngSize(new TextEncoder().encode('GIF89a................................'))).toThrow(/not a PNG/);
  });
});
