import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { analyzeArticleBody, checkArticleBody, mayHoldGfm } from '../../src/mdx/compile-article.ts';
import { parseArticleSource } from '../../src/content-tree/read-tree.ts';

/** What the full analysis says the check needs. */
function full(body: string) {
  const { info, problems } = analyzeArticleBody(body, 3);
  const { bacaJuga, bacaJugaLines, lencana, notes, images, imageLines } = info;
  return { info: { bacaJuga, bacaJugaLines, lencana, notes, images, imageLines }, problems };
}

// Markdown and GFM constructs without `<`, `{`, `}`, `![` or an import/export
// line: the fast path skips the parser for bodies made only of these.
const ATOMS = [
  'SEKAYU - Paragraf biasa dengan **tebal**, _miring_ dan `kode`.',
  'Tautan [Ombudsman](https://ombudsman.go.id) dan https://contoh.id/a_b serta www.contoh.id.',
  'Surel humas@musibanyuasinkab.go.id dan mailto:a@b.id.',
  '## Subjudul',
  '> Kutipan blok\n> baris dua',
  '- satu\n- dua\n  - tiga',
  '1. satu\n2. dua',
  '- [ ] tugas\n- [x] selesai',
  '| Daerah | Skor |\n|---|--:|\n| Muba | 93,31 |',
  'Teks ~~coret~~ dan catatan kaki[^1].\n\n[^1]: Sumber: Ombudsman RI.',
  '```\nkode pagar\n```',
  '    indentasi empat spasi (bukan kode di MDX)',
  'Referensi [tautan][ref].\n\n[ref]: ./gambar/foto.jpg',
  'Data import beras naik; export kopi turun.',
  'Import dan Export bukan kata kunci bila berhuruf besar.',
  'Tanda seru! [bukan gambar] dan \\[ lolos.',
  '***',
  'Baris\\\nputus',
  '&amp; entitas &copy; dan angka 1 > 0.',
];

describe('checkArticleBody (the content check\'s body analysis)', () => {
  it('equals the full analysis on every combination of plain constructs', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round += 1) {
      const picked = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ATOMS[Math.floor(next() * ATOMS.length)]!);
      const body = picked.join(next() < 0.8 ? '\n\n' : '\n');
      expect(checkArticleBody(body, 3), body).toEqual(full(body));
    }
  });

  it.each([
    ['a component', 'Teks.\n\n<Kutipan oleh="A">x</Kutipan>'],
    ['an unknown component', 'Teks <Peta />.'],
    ['an expression', 'Nilai {1 + 1}.'],
    ['a lone brace', 'Kurung } saja.'],
    ['an import', 'import Peta from "./peta.astro"\n\nTeks.'],
    ['an indented export', '  export const a = 1'],
    ['a bad image', '![Grafik](/gambar/x.jpg)'],
    ['a local image', 'Teks.\n\n![Grafik](./gambar/x.jpg)'],
    ['a reference image', '![Grafik][g]\n\n[g]: ./gambar/x.jpg'],
    ['a broken tag', 'Teks <Kutipan oleh="A">tanpa penutup'],
  ])('takes the full analysis for %s', (_name, body) => {
    expect(checkArticleBody(body, 3)).toEqual(full(body));
  });

  it('equals the full analysis on every sample article', () => {
    const dir = path.resolve(import.meta.dirname, '../../content/articles');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { source } = parseArticleSource(readFileSync(path.join(dir, file), 'utf8'), file, file);
      const { info, problems } = analyzeArticleBody(source!.body, source!.bodyLineOffset);
      const { bacaJuga, bacaJugaLines, lencana, notes, images, imageLines } = info;
      expect(checkArticleBody(source!.body, source!.bodyLineOffset), file).toEqual({ info: { bacaJuga, bacaJugaLines, lencana, notes, images, imageLines }, problems });
    }
  });
});

describe('parsing without GFM when no GFM construct can occur', () => {
  const withGfm = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const withoutGfm = unified().use(remarkParse).use(remarkMdx);
  const strip = (node: unknown): unknown => JSON.parse(JSON.stringify(node));
  const MDX_ATOMS = [
    '<Kutipan oleh="Kepala Dinas" jabatan="Pemda">\nKami **terus** berbenah.\n</Kutipan>',
    '<Kutipan oleh="A">Satu baris.</Kutipan>',
    '<BacaJuga slug="muba-2023" />',
    '<Gambar src="./gambar/x.jpg" alt="Grafik" kredit="Grafis: WP" />',
    'Muba meraih <Lencana skema="ombudsman" tahun="2024" /> lagi.',
    '<Catatan tanggal="2024-11-15T09:00" jenis="koreksi">Skor 93,13 menjadi 93,31.</Catatan>',
    '{/* komentar redaksi */}',
    'Catatan: angka 1:2 dan jam 10:30 - bukan tabel.',
    'Judul setext\n---\n\n- a\n-\n\n***',
  ];
  const GFM_ATOMS = [
    '| a | b |\n|---|---|\n| 1 | 2 |',
    'a\n:-',
    'a\n -: ',
    '~~coret~~',
    'catatan[^1]\n\n[^1]: kaki',
    '- [ ] tugas',
    '- [X] tugas',
    'www.contoh.id',
    'WWW.CONTOH.ID',
    'https://contoh.id',
    'HTTP://CONTOH.ID',
    'humas@contoh.id',
  ];

  it('sees every GFM construct', () => {
    for (const atom of GFM_ATOMS) expect(mayHoldGfm(atom), atom).toBe(true);
  });

  it('gives the same tree, positions included, for bodies without them', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = [...ATOMS.filter((atom) => !mayHoldGfm(atom)), ...MDX_ATOMS];
    expect(pool.length).toBeGreaterThan(20);
    for (let round = 0; round < 300; round += 1) {
      const body = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pool[Math.floor(next() * pool.length)]!).join(next() < 0.8 ? '\n\n' : '\n');
      expect(mayHoldGfm(body), body).toBe(false);
      expect(strip(withoutGfm.parse(body)), body).toEqual(strip(withGfm.parse(body)));
    }
  });

  it('gives the same tree for every sample article without them', () => {
    const dir = path.resolve(import.meta.dirname, '../../content/articles');
    const bodies = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => parseArticleSource(readFileSync(path.join(dir, file), 'utf8'), file, file).source!.body)
      .filter((body) => !mayHoldGfm(body));
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(strip(withoutGfm.parse(body))).toEqual(strip(withGfm.parse(body)));
  });
});
