/**
 * Limits with clear errors (issue 13, item 7): body size, tags per article,
 * tag length, tags without a slug, region and scheme name lengths, and a
 * badge layout that stays linear in the length of what it wraps.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_BODY_MAX_BYTES, articleSchema } from '../../src/schemas/article.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { schemeSchema } from '../../src/schemas/scheme.ts';
import { checkArticleBody, compileArticleBody } from '../../src/mdx/compile-article.ts';
import { estimateTextWidth, wrapText } from '../../src/model/awards/badge-svg.ts';
import { zodProblems } from '../../src/content-tree/zod-problems.ts';
import { formatProblem } from '../../src/model/problem.ts';

const FRONT = {
  title: 'Judul artikel yang cukup panjang',
  description: 'Ringkasan.',
  date: '2024-11-14T10:30',
  author: 'penulis-uji',
};

/** The one-line problems the check prints for front matter `data`. */
function frontMatterProblems(data: Record<string, unknown>): string[] {
  const parsed = articleSchema.safeParse(data);
  if (parsed.success) return [];
  const yaml = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n');
  return zodProblems(parsed.error, { file: 'x.mdx', data, yaml, lineOffset: 1 }).map(formatProblem);
}

describe('tags', () => {
  it('accepts 15 tags of up to 50 characters, accents and emoji beside letters included', () => {
    const tags = [...Array.from({ length: 13 }, (_, i) => `Topik ${i}`), 'x'.repeat(50), 'Café 🎉 Juara'];
    expect(frontMatterProblems({ ...FRONT, tags })).toEqual([]);
  });

  it('refuses a 16th tag', () => {
    const tags = Array.from({ length: 16 }, (_, i) => `Topik ${i}`);
    expect(frontMatterProblems({ ...FRONT, tags })).toEqual([expect.stringMatching(/^x\.mdx:\d+ tags: ditemukan \["Topik 0",.*; diharapkan: paling banyak 15 tag per artikel \(ada 16\)$/)]);
  });

  it('refuses a tag longer than 50 characters', () => {
    expect(frontMatterProblems({ ...FRONT, tags: ['Aman', 'y'.repeat(51)] })).toEqual([
      expect.stringMatching(/^x\.mdx:\d+ tags\[1\]: ditemukan "y{51}"; diharapkan: tag paling panjang 50 karakter$/),
    ]);
  });

  it.each(['🎉', '日本語', '—'])('refuses %s, whose slug would be empty, instead of dropping it', (tag) => {
    expect(frontMatterProblems({ ...FRONT, tags: ['Aman', tag] })).toEqual([
      expect.stringContaining(`tags[1]: ditemukan ${JSON.stringify(tag)}; diharapkan: tag memuat huruf a-z atau angka 0-9`),
    ]);
  });
});

describe('body size', () => {
  const limit = ARTICLE_BODY_MAX_BYTES;
  it('accepts a body of exactly the limit and refuses one byte more, on the fast path and in the compiler', () => {
    const atLimit = `${'a'.repeat(limit - 1)}\n`;
    expect(checkArticleBody(atLimit, 9).problems).toEqual([]);
    const over = `${atLimit}b`;
    const expected = [{ line: 10, field: 'isi', value: '201 KB', expected: expect.stringContaining('paling besar 200 KB') }];
    expect(checkArticleBody(over, 9).problems).toEqual(expected);
    expect(compileArticleBody(over, 9).problems).toEqual(expected);
  });

  it('counts bytes, not characters', () => {
    const body = 'é'.repeat(limit / 2 + 1);
    expect(body.length).toBeLessThan(limit);
    expect(compileArticleBody(body).problems.map((problem) => problem.field)).toEqual(['isi']);
  });
});

describe('region and scheme names', () => {
  const region = { name: 'Kabupaten Musi Banyuasin', type: 'kabupaten', province: 'sumatera-selatan' };
  it('accepts 80 characters and refuses 81 in name and shortName', () => {
    expect(regionSchema.safeParse({ ...region, name: 'K'.repeat(80) }).success).toBe(true);
    const long = regionSchema.safeParse({ ...region, name: 'K'.repeat(81), shortName: 'M'.repeat(81) });
    expect(long.success ? [] : long.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'name: paling panjang 80 karakter',
      'shortName: paling panjang 80 karakter',
    ]);
  });

  it('refuses a scheme name or short name over 80 characters', () => {
    const scheme = {
      name: 'S'.repeat(81),
      shortName: 'T'.repeat(81),
      issuer: 'Penerbit',
      description: 'Deskripsi.',
      editions: [{ from: 2024, kind: 'category', grades: [{ grade: 'A', label: 'Baik', colour: '#1b7a3a' }] }],
    };
    const parsed = schemeSchema.safeParse(scheme);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'name: paling panjang 80 karakter',
      'shortName: paling panjang 80 karakter',
    ]);
  });
});

/** The balanced wrap as it was written before prefix sums (quadratic and worse), as a reference. */
function referenceWrap(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const width = (from: number, to: number) => estimateTextWidth(words.slice(from, to).join(' '), fontSize, bold);
  let count = 0;
  for (let i = 0; i < words.length; count++) {
    let j = i + 1;
    while (j < words.length && width(i, j + 1) <= maxWidth) j++;
    i = j;
  }
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
  if (words.length === 0) return [];
  const { breaks } = solve(0, Math.min(count, words.length));
  const starts = [0, ...breaks];
  return starts.map((start, index) => words.slice(start, starts[index + 1] ?? words.length).join(' '));
}

describe('badge text wrap', () => {
  it('gives the same lines as before for names up to the limit', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const vocabulary = ['Kabupaten', 'Musi', 'Banyuasin', 'Kota', 'Zona', 'Hijau', '3', 'tahun', 'berturut-turut', 'Kualitas', 'Tertinggi', 'WTP', '(A)', 'Pagar', 'Alam', 'Provinsi', 'Sumatera', 'Selatan', 'Ombudsman', 'RI'];
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(' ');
      const [size, bold] = round % 2 ? [14, true] : [15, false];
      expect(wrapText(text, size, 176, bold), text).toEqual(referenceWrap(text, size, 176, bold));
    }
  });

  it('wraps a very long text linearly: 5,000 words, every line within the width or one word', { timeout: 5000 }, () => {
    const text = Array.from({ length: 5000 }, (_, i) => (i % 7 ? 'kata' : 'berturut-turut')).join(' ');
    const lines = wrapText(text, 15, 176);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(estimateTextWidth(line, 15) <= 176 || !line.includes(' ')).toBe(true);
  });
});
