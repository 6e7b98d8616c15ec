/**
 * Links in article bodies: only http(s), mailto, tel and relative URLs, in
 * whatever spelling the journalist (or a pasted text) wrote them; the content
 * check's fast path and the build's full analysis agree on every case.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticleBody, checkArticleBody, compileArticleBody } from '../../src/mdx/compile-article.ts';

const problemsOf = (body: string) => analyzeArticleBody(body, 3).problems;

describe('links in an article body', () => {
  it.each([
    ['a script link', 'Lihat [di sini](javascript:alert(1)).', '"javascript:alert(1)"'],
    ['mixed case', 'Lihat [di sini](JaVaScRiPt:alert(1)).', '"JaVaScRiPt:alert(1)"'],
    ['a tab reference inside', 'Lihat [di sini](java&#9;script:alert(1)).', '"java\\tscript:alert(1)"'],
    ['a named tab reference', 'Lihat [di sini](java&Tab;script:alert(1)).', '"java\\tscript:alert(1)"'],
    ['an encoded letter', 'Lihat [di sini](&#106;avascript:alert(1)).', '"javascript:alert(1)"'],
    ['a double-encoded letter', 'Lihat [di sini](&amp;#106;avascript:alert(1)).', '"&#106;avascript:alert(1)"'],
    ['a control character first', 'Lihat [di sini](<\u0001javascript:alert(1)>).', '"\\u0001javascript:alert(1)"'],
    ['a data URL', 'Lihat [di sini](data:text/html,x).', '"data:text/html,x"'],
    ['a vbscript URL', 'Lihat [di sini](vbscript:msgbox).', '"vbscript:msgbox"'],
    ['a link definition', 'Lihat [di sini][x].\n\n[x]: javascript:alert(1)', '"javascript:alert(1)"'],
    ['an unused link definition', 'Teks.\n\n[x]: JAVASCRIPT:alert(1)', '"JAVASCRIPT:alert(1)"'],
    ['a link inside a component', '<Kutipan oleh="A">Lihat [ini](javascript:alert(1)).</Kutipan>', '"javascript:alert(1)"'],
  ])('refuses %s, with line, field, value and expectation', (_name, body, value) => {
    const problems = problemsOf(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'isi tautan', value, line: expect.any(Number) });
    expect(problems[0]!.expected).toMatch(/http:\/\/ atau https:\/\/, mailto:, tel: atau alamat relatif/);
    expect(problems[0]!.expected).toMatch(/javascript: atau data: ditolak/);
    // The content check (fast path included) says the same.
    expect(checkArticleBody(body, 3).problems).toEqual(problems);
    expect(compileArticleBody(body, 3).html).toBe('');
  });

  it('names the line the link is on', () => {
    expect(problemsOf('Satu.\n\nDua [x](javascript:x).')[0]!.line).toBe(6);
  });

  it.each([
    ['https', '[Ombudsman](https://ombudsman.go.id/)'],
    ['http', '[situs](HTTP://contoh.id/)'],
    ['mailto', '[surel](mailto:redaksi@contoh.id)'],
    ['tel', '[telepon](tel:+62711123456)'],
    ['root-relative', '[berita](/berita/judul/)'],
    ['relative', '[berkas](./lampiran/a.pdf)'],
    ['fragment', '[bagian](#bagian)'],
    ['a colon after a slash', '[a](/jam/10:30/)'],
    ['autolink literals', 'www.contoh.id, https://contoh.id dan humas@contoh.id'],
  ])('allows %s', (_name, body) => {
    expect(problemsOf(body)).toEqual([]);
    expect(checkArticleBody(body, 3).problems).toEqual([]);
  });
});
