import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BADGE_WIDTH, escapeXml, estimateTextWidth, layoutBadge, renderBadgeSvg, wrapText } from '../../../src/model/awards/badge-svg.ts';
import { decideTextColour } from '../../../src/model/contrast.ts';
import type { ComputedAward } from '../../../src/model/awards/engine.ts';
import { bpk, computeSample, findAward, ombudsman } from './fixtures.ts';

const awards = computeSample();
const muba2024 = findAward(awards, 'musi-banyuasin', 2024);
const cases: [string, ComputedAward, string][] = [
  ['scored with grade', muba2024, 'Kabupaten Musi Banyuasin'],
  ['zone-only', findAward(awards, 'musi-banyuasin', 2022), 'Kabupaten Musi Banyuasin'],
  ['zone-only edition', findAward(awards, 'musi-banyuasin', 2019), 'Kabupaten Musi Banyuasin'],
  ['category with zone', findAward(awards, 'musi-banyuasin', 2025), 'Kabupaten Musi Banyuasin'],
  ['category without zone', findAward(awards, 'musi-banyuasin', 2021, 'bpk-opini'), 'Kabupaten Musi Banyuasin'],
  ['long region name', findAward(awards, 'kepulauan-tanimbar', 2024), 'Kabupaten Kepulauan Tanimbar'],
];
const schemeOf = (award: ComputedAward) => (award.scheme === 'bpk-opini' ? bpk : ombudsman);
const render = (award: ComputedAward, regionName: string) =>
  renderBadgeSvg({ award, scheme: schemeOf(award), regionName, siteName: 'Warta Prestasi', pageUrl: 'https://warta-prestasi.example/daerah/x/' });

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
function svgRoot(svg: string): { attrs: Record<string, string>; children: Node[] } {
  const doc = parser.parse(svg) as Node[];
  const root = doc.find((node) => 'svg' in node)!;
  return { attrs: root[':@']!, children: root.svg as Node[] };
}

describe('renderBadgeSvg: a self-contained, accessible SVG', () => {
  it.each(cases)('%s is well-formed XML with a title, role and viewBox', (_name, award, regionName) => {
    const svg = render(award, regionName);
    expect(XMLValidator.validate(svg)).toBe(true);
    const { attrs, children } = svgRoot(svg);
    expect(attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(attrs.role).toBe('img');
    expect(attrs.viewBox).toBe(`0 0 ${BADGE_WIDTH} ${attrs.height}`);
    expect(Object.keys(children[0]!)).toContain('title');
    const ids = children.map((child) => child[':@']?.id).filter(Boolean);
    expect(ids).toContain(attrs['aria-labelledby']);
    expect(ids).toContain(attrs['aria-describedby']);
    // Nothing external, nothing executable.
    expect(svg).not.toMatch(/<script|<style|<image|<foreignObject|href=|url\(|@import/i);
  });

  it('writes the facts as text: scheme, year, grade, score in Indonesian format, zone and streak, region', () => {
    const svg = render(muba2024, 'Kabupaten Musi Banyuasin');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(texts).toEqual([
      'Ombudsman RI 2024',
      'A',
      '93,31',
      'Kualitas Tertinggi',
      '3 tahun berturut-turut',
      'Zona Hijau',
      'Kab. Musi Banyuasin',
      'Warta Prestasi',
    ]);
    expect(svg).toContain(
      '<title id="lencana-judul">Kabupaten Musi Banyuasin, Ombudsman RI 2024: Kategori A \u00b7 Kualitas Tertinggi, skor 93,31, Zona Hijau, 3 tahun berturut-turut Zona Hijau</title>',
    );
    expect(svg).toContain('Keputusan Ketua Ombudsman RI Nomor 252 Tahun 2024');
  });

  it('says when a score was not published, and never shows one for a category result', () => {
    expect(render(findAward(awards, 'musi-banyuasin', 2022), 'Kabupaten Musi Banyuasin')).toContain('>skor tidak diumumkan<');
    const wdp = render(findAward(awards, 'musi-banyuasin', 2021, 'bpk-opini'), 'Kabupaten Musi Banyuasin');
    expect(wdp).toContain('>WDP<');
    expect(wdp).toContain('>Wajar Dengan<');
    expect(wdp).not.toMatch(/skor/);
  });

  it('escapes text and attribute values', () => {
    expect(escapeXml(`Kota "A&B" <Uji> 'x'`)).toBe('Kota &quot;A&amp;B&quot; &lt;Uji&gt; &apos;x&apos;');
    const svg = render(muba2024, 'Kota <A&B> "Uji"');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Kota &lt;A&amp;B&gt; &quot;Uji&quot;');
    expect(svg).not.toContain('<A&B>');
  });

  it.each(cases)('%s draws text in the colour the contrast rule picks for the band colour', (_name, award, regionName) => {
    const svg = render(award, regionName);
    expect(svg).toContain(`<rect width="${BADGE_WIDTH}" height="`);
    expect(svg).toContain(`fill="${award.colour}"`);
    const fills = [...svg.matchAll(/<text[^>]* fill="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(fills)).toEqual(new Set([award.textColour]));
    // The rule meets AA for every colour (the sweep in scheme-schema.test.ts).
    expect(award.textColour).toBe(decideTextColour(award.colour));
  });
});

describe('layoutBadge: readable at 120 px wide, nothing cut off', () => {
  const scale = 120 / BADGE_WIDTH;
  it.each(cases)('%s', (_name, award, regionName) => {
    const { lines, height } = layoutBadge({ award, scheme: schemeOf(award), regionName, siteName: 'Warta Prestasi' });
    for (const line of lines) {
      // At 120 px wide the smallest text is at least 8 px.
      expect(line.size * scale, line.text).toBeGreaterThanOrEqual(8);
      // Every line fits inside the badge, squeezed by textLength only if it must be.
      const width = Math.min(estimateTextWidth(line.text, line.size, line.bold), line.maxWidth);
      expect(line.x + width, line.text).toBeLessThanOrEqual(BADGE_WIDTH - 12 + 0.001);
      expect(line.y).toBeLessThan(height);
    }
    const ys = lines.map((line) => line.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('shows the grade and score large: about 20 px and more at 120 px wide', () => {
    const { lines } = layoutBadge({ award: muba2024, scheme: ombudsman, regionName: 'Kabupaten Musi Banyuasin', siteName: 'Warta Prestasi' });
    const big = lines.filter((line) => line.text === 'A' || line.text === '93,31');
    expect(big).toHaveLength(2);
    for (const line of big) expect(line.size * scale).toBeGreaterThanOrEqual(19);
  });
});

describe('wrapText', () => {
  it('balances the lines rather than leaving a word alone', () => {
    expect(wrapText('3 tahun berturut-turut Zona Hijau', 15, 176)).toEqual(['3 tahun berturut-turut', 'Zona Hijau']);
  });
  it('keeps a text that fits on one line', () => {
    expect(wrapText('Kualitas Tertinggi', 15, 176)).toEqual(['Kualitas Tertinggi']);
  });
  it('puts a word longer than the line on its own line', () => {
    expect(wrapText('a Penyelenggaraan b', 15, 60)).toEqual(['a', 'Penyelenggaraan', 'b']);
  });
  it('returns no lines for no words', () => {
    expect(wrapText('  ', 15, 100)).toEqual([]);
  });
  it('measures bold wider than regular and scales with the size', () => {
    expect(estimateTextWidth('Hijau', 15, true)).toBeGreaterThan(estimateTextWidth('Hijau', 15));
    expect(estimateTextWidth('Hijau', 30)).toBeCloseTo(2 * estimateTextWidth('Hijau', 15));
  });
});
