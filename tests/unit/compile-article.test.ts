import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { analyzeArticleBody, compileArticleBody, isPlainMarkdown } from '../../src/mdx/compile-article.ts';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const strip = (node: unknown): unknown =>
  JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));

describe('plain-markdown fast path', () => {
  const bodies = [
    'SEKAYU - Paragraf **tebal** dan _miring_.\n\nParagraf kedua dengan [tautan](https://ombudsman.go.id).',
    'Daftar:\n\n- satu\n- dua\n\n1. tiga\n\n    empat terindentasi, bukan kode di MDX\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    '## Subjudul\n\n> Kutipan blok\n\nTeks ~~coret~~ dan `kode`.\n\n```\nblok kode\n```\n\nhttps://contoh.id tautan otomatis GFM.',
  ];
  it.each(bodies)('gives the same tree as the MDX parser (%#)', (body) => {
    expect(isPlainMarkdown(body)).toBe(true);
    expect(strip(analyzeArticleBody(body).tree)).toEqual(strip(mdx.parse(body)));
  });
  it.each(['Teks <Kutipan oleh="a">x</Kutipan>', 'Teks {1+1}', 'import A from "b"\n\nTeks', '  export const a = 1'])(
    'is not taken for %s',
    (body) => expect(isPlainMarkdown(body)).toBe(false),
  );
});

describe('compileArticleBody', () => {
  it('renders the palette to static HTML with Baca Juga markers between top-level paragraphs', () => {
    const body = [
      'SEKAYU - Satu.',
      'Dua.',
      '<Kutipan oleh="Kepala Bagian" jabatan="Setda Muba">\nKami **terus** memperbaiki layanan.\n</Kutipan>',
      'Tiga.',
      '<BacaJuga slug="muba-2023" />',
      '<Gambar src="./gambar/x.jpg" alt="Grafik" keterangan="Skor" kredit="Grafis: WP" />',
      '- satu\n- dua',
      'Empat.',
    ].join('\n\n');
    const result = compileArticleBody(body);
    expect(result.problems).toEqual([]);
    expect(result.info).toMatchObject({ bacaJuga: ['muba-2023'], images: ['./gambar/x.jpg'], paragraphs: 4, slots: [1, 2, 3], bacaJugaPositions: [3] });
    expect(result.html).toContain('<figure class="kutipan"><blockquote><p>Kami <strong>terus</strong> memperbaiki layanan.</p></blockquote>');
    expect(result.html).toContain('<warta-baca-juga data-slug="muba-2023"></warta-baca-juga>');
    expect(result.html).toContain('__ASTRO_IMAGE_=');
    expect(result.html).toContain('<p>Tiga.</p><warta-slot data-n="3"></warta-slot>');
    expect(result.html).not.toContain('data-n="4"');
    expect(result.html).toMatch(/<p>Empat\.<\/p>$/);
  });

  it('never puts a slot marker inside a list, quote or component', () => {
    const result = compileArticleBody('Satu.\n\n> Dua dalam kutipan.\n>\n> Tiga.\n\n- Empat\n\n  Lima dalam daftar.\n\nEnam.');
    expect(result.info.paragraphs).toBe(2);
    expect(result.info.slots).toEqual([1]);
  });

  it('adds rel=noopener to external links and demotes body h1', () => {
    const result = compileArticleBody('# Judul\n\n[Ombudsman](https://ombudsman.go.id)');
    expect(result.html).toContain('<h2>Judul</h2>');
    expect(result.html).toContain('rel="noopener noreferrer"');
  });

  it.each([
    ['import Peta from "./peta.astro"\n\nTeks.', 'tanpa import/export'],
    ['Teks {1+1}.', 'ekspresi'],
    ['<Peta />', 'komponen yang tersedia'],
    ['<Kutipan>Teks</Kutipan>', 'nama atau jabatan narasumber'],
    ['<Gambar src={foto} alt="a" />', 'nilai teks dalam tanda kutip'],
    ['<BacaJuga slug="a" judul="b" />', 'atribut yang dikenal'],
    ['Teks <BacaJuga slug="a" /> di tengah.', 'pada barisnya sendiri'],
    ['<Kutipan oleh="a">tidak ditutup', 'MDX tidak valid'],
  ])('reports bad input: %s', (body, expected) => {
    const result = compileArticleBody(body, 10);
    expect(result.html).toBe('');
    expect(result.problems.map((problem) => problem.expected + problem.value).join('\n')).toContain(expected);
    expect(result.problems.every((problem) => problem.line === undefined || problem.line > 10)).toBe(true);
  });

  it('allows MDX comments', () => {
    expect(compileArticleBody('Satu. {/* catatan redaksi */}\n\n{/* blok */}\n\nDua.').problems).toEqual([]);
  });
});
