import { describe, expect, it } from 'vitest';
import {
  BACA_JUGA_MAX,
  BACA_JUGA_MIN_GAP,
  BACA_JUGA_MIN_PARAGRAPHS,
  bacaJugaReplacer,
  decideBacaJugaPlacement,
  readBacaJugaMarkers,
} from '../../src/model/baca-juga-placement.ts';
import { fillBodyMarkers } from '../../src/model/body-markers.ts';

/** A body with its Baca Juga markers filled as the article page fills them (dates and badges left out). */
function fillBacaJuga(html: string, placements: ReadonlyMap<number, string>, render: (slug: string) => string): string {
  return fillBodyMarkers(html, { bacaJuga: bacaJugaReplacer(placements, render), time: () => '' })
    .map((part) => (part.kind === 'html' ? part.html : ''))
    .join('');
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const CANDIDATES = ['a', 'b', 'c', 'd', 'e'];

/** Body HTML as the compiler emits it: paragraphs, optional explicit blocks after some, markers between blocks. */
function body(paragraphs: number, explicitAfter: Record<number, string> = {}): string {
  const parts: string[] = [];
  for (let p = 1; p <= paragraphs; p++) {
    parts.push(`<p>Paragraf ${p}.</p>`);
    const isLast = p === paragraphs && explicitAfter[p] === undefined;
    if (!isLast) parts.push(`<warta-slot data-n="${p}"></warta-slot>`);
    if (explicitAfter[p] !== undefined) parts.push(`<warta-baca-juga data-slug="${explicitAfter[p]}"></warta-baca-juga>`);
  }
  return parts.join('\n');
}

const render = (slug: string) => `<aside data-baca-juga data-pagefind-ignore><a href="/berita/${slug}/">${slug}</a></aside>`;

describe('decideBacaJugaPlacement', () => {
  it('40 paragraphs: exactly 3 blocks, first after paragraph 2, then every 3', () => {
    const { placements, inlineSlugs } = decideBacaJugaPlacement({ slots: range(1, 39), totalParagraphs: 40, explicit: [], candidates: CANDIDATES, max: 3 });
    expect([...placements]).toEqual([[2, 'a'], [5, 'b'], [8, 'c']]);
    expect(inlineSlugs).toEqual(['a', 'b', 'c']);
  });

  it.each([0, 1, 2, 3])('%i paragraphs: none (fewer than the threshold)', (total) => {
    expect(total).toBeLessThan(BACA_JUGA_MIN_PARAGRAPHS);
    const { placements } = decideBacaJugaPlacement({ slots: range(1, total - 1), totalParagraphs: total, explicit: [], candidates: CANDIDATES });
    expect(placements.size).toBe(0);
  });

  it.each([
    [4, [2]],
    [5, [2]],
    [6, [2, 5]],
    [8, [2, 5]],
    [9, [2, 5, 8]],
    [12, [2, 5, 8]],
  ])('%i paragraphs -> after %j, never after the last one', (total, expected) => {
    // The compiler may emit a slot after the last paragraph when a figure
    // follows it; the expected positions (all before the last) say it is never taken.
    const { placements } = decideBacaJugaPlacement({ slots: range(1, total), totalParagraphs: total, explicit: [], candidates: CANDIDATES });
    expect([...placements.keys()]).toEqual(expected);
  });

  it('takes the nearest slot at least 3 paragraphs on when one is missing', () => {
    const slots = range(1, 39).filter((n) => n !== 2 && n !== 6);
    const { placements } = decideBacaJugaPlacement({ slots, totalParagraphs: 40, explicit: [], candidates: CANDIDATES });
    expect([...placements.keys()]).toEqual([3, 7, 10]);
  });

  it('holds every chosen slot at a valid position, for any length', () => {
    for (let total = 0; total <= 60; total++) {
      const { placements } = decideBacaJugaPlacement({ slots: range(1, total), totalParagraphs: total, explicit: [], candidates: CANDIDATES });
      const positions = [...placements.keys()];
      expect(positions.length).toBeLessThanOrEqual(BACA_JUGA_MAX);
      if (total >= BACA_JUGA_MIN_PARAGRAPHS) expect(positions[0]).toBe(2);
      for (const n of positions) expect(n >= 2 && n < total).toBe(true);
      for (let i = 1; i < positions.length; i++) {
        const gap = positions[i]! - positions[i - 1]!;
        expect(gap).toBeGreaterThanOrEqual(BACA_JUGA_MIN_GAP);
        expect(gap).toBeLessThanOrEqual(4);
      }
    }
  });

  it('counts explicit blocks toward the limit and does not repeat their target', () => {
    const one = decideBacaJugaPlacement({ slots: range(1, 39), totalParagraphs: 40, explicit: ['b'], candidates: CANDIDATES });
    expect([...one.placements.values()]).toEqual(['a', 'c']);
    expect(one.inlineSlugs).toEqual(['b', 'a', 'c']);

    const three = decideBacaJugaPlacement({ slots: range(1, 39), totalParagraphs: 40, explicit: ['x', 'y', 'z'], candidates: CANDIDATES });
    expect(three.placements.size).toBe(0);
    expect(three.inlineSlugs).toEqual(['x', 'y', 'z']);
  });

  it('keeps automatic blocks away from explicit ones', () => {
    const { placements } = decideBacaJugaPlacement({
      slots: range(1, 39),
      totalParagraphs: 40,
      explicit: ['x'],
      explicitPositions: [3],
      candidates: CANDIDATES,
    });
    expect([...placements.keys()]).toEqual([6, 9]);
  });

  it('places no more than there are candidates, skipping repeats', () => {
    const { placements } = decideBacaJugaPlacement({ slots: range(1, 39), totalParagraphs: 40, explicit: [], candidates: ['a', 'a'] });
    expect([...placements]).toEqual([[2, 'a']]);
  });
});

describe('readBacaJugaMarkers and the Baca Juga markers filled', () => {
  it('reads slots and explicit blocks with their position', () => {
    const markers = readBacaJugaMarkers(body(10, { 4: 'pilihan-redaksi' }));
    expect(markers.slots).toEqual(range(1, 9));
    expect(markers.explicit).toEqual(['pilihan-redaksi']);
    expect(markers.explicitPositions).toEqual([4]);
    expect(readBacaJugaMarkers('<p>x</p>')).toEqual({ slots: [], explicit: [], explicitPositions: [] });
  });

  it('end to end: 40 paragraphs get 3 asides, explicit rendered, every marker removed', () => {
    const html = body(40, { 20: 'pilihan-redaksi' });
    const markers = readBacaJugaMarkers(html);
    const decision = decideBacaJugaPlacement({
      slots: markers.slots,
      totalParagraphs: 40,
      explicit: markers.explicit,
      explicitPositions: markers.explicitPositions,
      candidates: ['pilihan-redaksi', ...CANDIDATES],
    });
    const out = fillBacaJuga(html, decision.placements, render);
    expect(out).not.toContain('<warta-');
    expect(out.match(/<aside data-baca-juga/g)).toHaveLength(3);
    expect(out.match(/pilihan-redaksi/g)?.length).toBe(2); // href and text of one aside
    expect(decision.inlineSlugs).toEqual(['pilihan-redaksi', 'a', 'b']);
    // Asides sit after paragraphs 2, 5 and 20.
    expect(out).toContain('<p>Paragraf 2.</p>\n<aside data-baca-juga data-pagefind-ignore><a href="/berita/a/">');
    expect(out).toContain('<p>Paragraf 5.</p>\n<aside data-baca-juga data-pagefind-ignore><a href="/berita/b/">');
    expect(out).toContain('<p>Paragraf 20.</p>\n\n<aside data-baca-juga data-pagefind-ignore><a href="/berita/pilihan-redaksi/">');
    expect(out.trimEnd().endsWith('<p>Paragraf 40.</p>')).toBe(true);
  });

  it('short article: markers removed, nothing inserted', () => {
    const html = body(2);
    const markers = readBacaJugaMarkers(html);
    const decision = decideBacaJugaPlacement({ slots: markers.slots, totalParagraphs: 2, explicit: [], candidates: CANDIDATES });
    const out = fillBacaJuga(html, decision.placements, render);
    expect(out).toBe('<p>Paragraf 1.</p>\n\n<p>Paragraf 2.</p>');
  });

  it('renders a repeated slot marker once and reads markers written in any case or quoting', () => {
    const out = fillBacaJuga('<warta-slot data-n="2"></warta-slot><WARTA-SLOT DATA-N=2></WARTA-SLOT><warta-baca-juga data-slug=\'x\'></warta-baca-juga>', new Map([[2, 'a']]), (slug) => `[${slug}]`);
    expect(out).toBe('[a][x]');
  });

  it('leaves comments and marker-like text alone', () => {
    const html = '<p title="<!--bj:x--> <warta-slot data-n=&quot;1&quot;>">a</p><!--bj-slot:1--><pre><code>&#x3C;warta-slot data-n="1">&#x3C;/warta-slot></code></pre>';
    expect(readBacaJugaMarkers(html)).toEqual({ slots: [], explicit: [], explicitPositions: [] });
    expect(fillBacaJuga(html, new Map([[1, 'a']]), (slug) => `[${slug}]`)).toBe(html);
  });

  it('fails on a malformed marker rather than leaving it in the page', () => {
    expect(() => fillBacaJuga('<warta-baca-juga data-slug="Bad Slug"></warta-baca-juga>', new Map(), render)).toThrow(/does not name a slug/);
    expect(() => readBacaJugaMarkers('<warta-slot data-n="two"></warta-slot>')).toThrow(/paragraph count/);
  });
});
