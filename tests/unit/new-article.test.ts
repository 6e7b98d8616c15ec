import { describe, expect, it } from 'vitest';
import {
  checkNewArticleInput,
  decideArticlePath,
  decideDateline,
  decideTitleSlug,
  decideUniqueSlug,
  findPlaceholders,
  formatFrontmatterDateTime,
  renderArticleTemplate,
  SLUG_MAX_LENGTH,
  type NewArticleInput,
} from '../../src/content-tree/new-article.ts';
import { parseArticleSource } from '../../src/content-tree/read-tree.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { analyzeArticleBody } from '../../src/mdx/compile-article.ts';
import { isSlug } from '../../src/schemas/slug.ts';

describe('decideTitleSlug', () => {
  it.each([
    ['Muba Raih Zona Hijau Ombudsman 2024', 'muba-raih-zona-hijau-ombudsman-2024'],
    ['Skor 93,31: Muba Naik ke Kategori A!', 'skor-93-31-muba-naik-ke-kategori-a'],
    ['Pelayanan Publik & Birokrasi di Sekayu', 'pelayanan-publik-dan-birokrasi-di-sekayu'],
    ['«»—', 'artikel'],
  ])('%s -> %s', (title, slug) => {
    expect(decideTitleSlug(title)).toBe(slug);
    expect(isSlug(decideTitleSlug(title))).toBe(true);
  });

  it('cuts a long title at a word boundary, never mid-word, at most 80 characters', () => {
    const title = 'Pemerintah Kabupaten Musi Banyuasin Kembali Meraih Predikat Kepatuhan Tertinggi dalam Penilaian Ombudsman Republik Indonesia Tahun 2024';
    const slug = decideTitleSlug(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('pemerintah-kabupaten-musi-banyuasin-kembali-meraih-predikat-kepatuhan-tertinggi');
    expect(`${slugifyFull(title)}-`.startsWith(`${slug}-`)).toBe(true);
  });

  it('cuts a single overlong word rather than return nothing', () => {
    expect(decideTitleSlug('a'.repeat(100))).toBe('a'.repeat(SLUG_MAX_LENGTH));
  });
});

function slugifyFull(title: string): string {
  return decideTitleSlug(title, 10_000);
}

describe('decideUniqueSlug', () => {
  it('keeps a free slug and numbers a taken one from 2', () => {
    expect(decideUniqueSlug('muba', new Set())).toBe('muba');
    expect(decideUniqueSlug('muba', new Set(['muba']))).toBe('muba-2');
    expect(decideUniqueSlug('muba', new Set(['muba', 'muba-2', 'muba-3']))).toBe('muba-4');
  });
});

describe('dates and paths', () => {
  it('writes the date in WIB without an offset and files it under the WIB year', () => {
    // 31 Dec 2024 18:30 UTC is already 1 Jan 2025 in Jakarta.
    const date = new Date('2024-12-31T18:30:00Z');
    expect(formatFrontmatterDateTime(date)).toBe('2025-01-01T01:30');
    expect(decideArticlePath(date, 'tahun-baru')).toBe('articles/2025/tahun-baru.mdx');
  });

  it('takes the dateline from the capital, else the name without its kind', () => {
    expect(decideDateline({ name: 'Kabupaten Musi Banyuasin', capital: 'Sekayu' })).toBe('SEKAYU');
    expect(decideDateline({ name: 'Kota Ambon' })).toBe('AMBON');
    expect(decideDateline(undefined)).toBeUndefined();
  });
});

const known = { authors: new Set(['penulis-uji', 'redaktur-uji']), regions: new Set(['musi-banyuasin']) };
const input = (over: Partial<NewArticleInput> = {}): NewArticleInput => ({
  title: 'Muba Raih Zona Hijau Ombudsman 2024',
  date: new Date('2024-11-14T03:30:00Z'),
  author: 'penulis-uji',
  tags: [],
  ...over,
});

describe('checkNewArticleInput', () => {
  it('accepts good options', () => {
    expect(checkNewArticleInput(input({ region: 'musi-banyuasin', editor: 'redaktur-uji', section: 'pelayanan-publik' }), known)).toEqual([]);
  });

  it.each<[string, Partial<NewArticleInput>, string]>([
    ['a short title', { title: 'Pendek' }, 'judul: 6 karakter; diharapkan 10-160 karakter'],
    ['no author', { author: '' }, 'penulis belum dipilih: tambahkan --penulis <id> (ada: penulis-uji, redaktur-uji)'],
    ['an unknown author', { author: 'budi' }, 'penulis "budi" tidak ada di content/authors/'],
    ['an unknown editor', { editor: 'budi' }, 'editor "budi" tidak ada di content/authors/'],
    ['an unknown region', { region: 'muba' }, 'daerah "muba" tidak dikenal (data wilayah idn-area-data atau content/regions/)'],
    ['a misspelt region, with the closest ids', { region: 'musi-banyuasn' }, 'daerah "musi-banyuasn" tidak dikenal (data wilayah idn-area-data atau content/regions/); mungkin maksudnya: "musi-banyuasin"'],
    ['a section that is not a slug', { section: 'Pelayanan Publik' }, 'rubrik "Pelayanan Publik"'],
    ['an overlong lead', { description: 'x'.repeat(301) }, 'ringkasan: 301 karakter'],
    ['an invalid date', { date: new Date(Number.NaN) }, 'tanggal: bukan tanggal ISO 8601'],
  ])('refuses %s, in Indonesian', (_name, over, message) => {
    const errors = checkNewArticleInput(input(over), known);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });
});

describe('renderArticleTemplate', () => {
  const text = renderArticleTemplate(
    input({ title: 'Judul: "Kutip" & Titik Dua', region: 'musi-banyuasin', section: 'pelayanan-publik', tags: ['Zona Hijau', 'Ombudsman RI'], dateline: 'SEKAYU' }),
  );

  it('writes front matter the article schema accepts, as a draft, with the title read back exactly', () => {
    const parsed = parseArticleSource(text, 'content/articles/2024/x.mdx', '/x.mdx');
    expect(parsed.problems).toEqual([]);
    const data = articleSchema.parse(parsed.source!.data);
    expect(data).toMatchObject({
      title: 'Judul: "Kutip" & Titik Dua',
      author: 'penulis-uji',
      region: 'musi-banyuasin',
      section: 'pelayanan-publik',
      tags: ['Zona Hijau', 'Ombudsman RI'],
      draft: true,
    });
    expect(data.date.toISOString()).toBe('2024-11-14T03:30:00.000Z');
  });

  it('writes a body the MDX analysis accepts, with the dateline and no component in use', () => {
    const parsed = parseArticleSource(text, 'content/articles/2024/x.mdx', '/x.mdx');
    const body = analyzeArticleBody(parsed.source!.body, parsed.source!.bodyLineOffset);
    expect(body.problems).toEqual([]);
    expect(body.info.bacaJuga).toEqual([]);
    expect(body.info.notes).toEqual([]);
    expect(parsed.source!.body).toContain('SEKAYU - [[Paragraf pembuka');
  });

  it('leaves placeholders a journalist must replace, and none in comments', () => {
    const found = findPlaceholders(text);
    expect(found.map((placeholder) => placeholder.text)).toEqual([
      '[[Ringkasan: satu atau dua kalimat inti berita, paling banyak 300 karakter. Tampil di kartu berita, mesin pencari dan RSS.]]',
      '[[Paragraf pembuka: apa, siapa, kapan, di mana dan mengapa.]]',
      '[[Paragraf kedua: rincian, angka dan latar belakang.]]',
      '[[Paragraf penutup.]]',
    ]);
    const lines = text.split('\n');
    for (const placeholder of found) expect(lines[placeholder.line - 1]).toContain(placeholder.text);
  });

  it('uses a given lead instead of the placeholder and comments out fields not given', () => {
    const plain = renderArticleTemplate(input({ description: 'Ringkasan sendiri.' }));
    expect(plain).toContain('description: "Ringkasan sendiri."');
    expect(plain).toContain('# region: ');
    expect(plain).toContain('[[KOTA]] - ');
    expect(plain).toContain('tags: []');
  });
});
