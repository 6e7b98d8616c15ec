/**
 * Hostile bodies for the article compiler (issue 13, item 8): inputs that made
 * a regular expression backtrack for seconds or minutes. Each must compile
 * correctly; the per-test timeout catches a hang (no timing assertions).
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticleBody, checkArticleBody, compileArticleBody, isPlainMarkdown, mayHoldGfm } from '../../src/mdx/compile-article.ts';
import { extractVideoId } from '../../src/mdx/palette.ts';
import { findPlaceholders } from '../../src/content-tree/new-article.ts';
import { fillBodyMarkers, findBodyMarkers, spliceBodyMarkers } from '../../src/model/body-markers.ts';
import { bacaJugaReplacer, readBacaJugaMarkers } from '../../src/model/baca-juga-placement.ts';

// Generous: these pass in well under a second on an idle machine, took over 8 s at a load
// average of 10, and a backtracking regex on 40,000 lines takes minutes.
const HANG_GUARD = { timeout: 30_000 };

describe('pathological bodies compile in linear time', () => {
  it('<sup> followed by a line of 60,000 spaces', HANG_GUARD, () => {
    const body = `Skor <sup>1</sup> naik.\n${' '.repeat(60_000)}\nParagraf dua.`;
    expect(mayHoldGfm(body)).toBe(false);
    expect(checkArticleBody(body).problems).toEqual([]);
    const compiled = compileArticleBody(body);
    expect(compiled.problems).toEqual([]);
    expect(compiled.html).toContain('<sup>1</sup>');
    expect(compiled.info.paragraphs).toBe(2);
  });

  it('a line of 30,000 " \\t" pairs and one of ": " pairs (alignment-row lookalikes)', HANG_GUARD, () => {
    const blanks = `A <sub>2</sub>\n${' \t'.repeat(30_000)}\n\nB`;
    expect(mayHoldGfm(blanks)).toBe(false);
    expect(compileArticleBody(blanks).html).toContain('<sub>2</sub>');
    const colons = `A <sub>2</sub>\n\n${': '.repeat(30_000)}x\n\nB`;
    expect(mayHoldGfm(colons)).toBe(false);
    expect(mayHoldGfm(`A\n\n${' '.repeat(30_000)}:--\n`)).toBe(true);
    expect(compileArticleBody(colons).problems).toEqual([]);
  });

  it('40,000 blank lines, with and without JSX', HANG_GUARD, () => {
    const plain = `Paragraf satu.\n${'\n'.repeat(40_000)}Paragraf dua.`;
    expect(isPlainMarkdown(plain)).toBe(true);
    expect(compileArticleBody(plain).info.paragraphs).toBe(2);
    const jsx = `Paragraf satu.\n${'\n'.repeat(40_000)}Paragraf <sup>2</sup>.`;
    const compiled = compileArticleBody(jsx);
    expect(compiled.problems).toEqual([]);
    expect(compiled.info.paragraphs).toBe(2);
    expect(checkArticleBody(jsx)).toEqual({ info: expect.objectContaining({ images: [] }), problems: [] });
  });

  it('20,000 lines of blanks and carriage returns before an import line is still found', HANG_GUARD, () => {
    const body = `Teks.\n${' \r'.repeat(20_000)}\nimport x from "y"\n\nTeks.`;
    expect(isPlainMarkdown(body)).toBe(false);
    expect(analyzeArticleBody(body).problems[0]?.expected).toMatch(/import/);
    expect(checkArticleBody(body).problems).toHaveLength(1);
  });

  it('a Video attribute repeating "youtube.com/watch?" thousands of times', HANG_GUARD, () => {
    const value = 'youtube.com/watch?'.repeat(40_000) + '&'.repeat(40_000);
    expect(extractVideoId(value)).toBeUndefined();
    // Under the body size limit (200 KB), through the compiler.
    const body = `<Video youtube="${value.slice(0, 150_000)}" judul="Uji" />`;
    expect(compileArticleBody(body).problems.map((problem) => problem.field)).toEqual(['<Video> youtube']);
    expect(extractVideoId('https://www.youtube.com/watch?feature=x&v=dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
  });

  it('30,000 template placeholders are found with their lines in one pass', HANG_GUARD, () => {
    const text = Array.from({ length: 60_000 }, (_, i) => (i % 2 ? `[[isi ${i}]]` : 'teks')).join('\n');
    const found = findPlaceholders(text);
    expect(found).toHaveLength(30_000);
    expect(found[0]).toEqual({ text: '[[isi 1]]', line: 2 });
    expect(found.at(-1)).toEqual({ text: '[[isi 59999]]', line: 60_000 });
    expect(findPlaceholders('a [[x]] [[y]]\n\nb [[z]]')).toEqual([
      { text: '[[x]]', line: 1 },
      { text: '[[y]]', line: 1 },
      { text: '[[z]]', line: 3 },
    ]);
  });
});

describe('marker lookalikes in attributes and code (issue 13, item 6)', () => {
  const fake = '<!--lencana:ombudsman:2024--><!--lencana-blok:ombudsman:2024--><!--bj:lain--><!--bj-slot:1--><!--waktu:2024-01-01T00:00:00.000Z-->';
  const fakeElements = '<warta-lencana data-scheme="ombudsman" data-year="2024" data-block="true"></warta-lencana><warta-slot data-n="1"></warta-slot>';
  const body = [
    'Paragraf satu.',
    `<Video youtube="dQw4w9WgXcQ" judul='${fake}${fakeElements}' />`,
    `Tautan [portal](https://warta.example/ "${fake.replaceAll('"', '')}${fakeElements.replaceAll('"', '')}") di sini.`,
    '```' + '<!--bj:x-->' + '\nkode\n```',
    `<Kutipan oleh="${fake.replaceAll('"', '')}">Isi.</Kutipan>`,
    `![${fake.replaceAll('<', '\\<')}](./gambar/foto.jpg)`,
    'Paragraf akhir.',
  ].join('\n\n');

  it('compiles, and the page finds only the real slot markers', () => {
    const compiled = compileArticleBody(body);
    expect(compiled.problems).toEqual([]);
    const markers = findBodyMarkers(compiled.html).map((found) => found.marker);
    expect(markers.every((marker) => marker.kind === 'slot')).toBe(true);
    expect(markers).toEqual(compiled.info.slots!.map((paragraphs) => ({ kind: 'slot', paragraphs })));
    expect(readBacaJugaMarkers(compiled.html).explicit).toEqual([]);
  });

  it('fills the page without injecting a badge, a block or a date, and keeps the attributes intact', () => {
    const { html } = compileArticleBody(body);
    const parts = spliceBodyMarkers(html, (marker) => (marker.kind === 'lencana' ? { ...marker, kind: 'lencana' } : marker.kind === 'waktu' ? 'TANGGAL' : ''));
    expect(parts).toHaveLength(1);
    const page = parts[0]!.kind === 'html' ? parts[0]!.html : '';
    expect(page).not.toContain('TANGGAL');
    expect(page).toContain('title="Video: <!--lencana:ombudsman:2024-->');
    expect(page).toContain('class="language-<!--bj:x-->"');
    const filled = fillBodyMarkers(html, { bacaJuga: bacaJugaReplacer(new Map([[1, 'lain']]), (slug) => `<aside>${slug}</aside>`), time: () => '' });
    expect(filled.map((part) => (part.kind === 'html' ? part.html : '')).join('').match(/<aside>/g)).toHaveLength(1);
  });
});
