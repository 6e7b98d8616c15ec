import { describe, expect, it } from 'vitest';
import { analyzeArticleBody, compileArticleBody } from '../../src/mdx/compile-article.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractVideoId, PALETTE, PALETTE_NAMES } from '../../src/mdx/palette.ts';
import { articleSchema, awardClaimSchema } from '../../src/schemas/article.ts';
import { fillBodyMarkers } from '../../src/model/body-markers.ts';
import { decideModified } from '../../src/model/site-model.ts';
import { formatDateTimeId } from '../../src/model/format-id.ts';
import { formatProblem } from '../../src/model/problem.ts';

/** Problems as the check prints them, for a body starting on line 11 of `x.mdx`. */
const problemsOf = (body: string) => analyzeArticleBody(body, 10).problems.map((problem) => formatProblem({ file: 'x.mdx', ...problem }));

describe('<Video>', () => {
  it('renders a closed <details> with a lazy youtube-nocookie iframe and a link, without script', () => {
    const { html, problems } = compileArticleBody('Teks.\n\n<Video youtube="dQw4w9WgXcQ" judul="Penyerahan penghargaan" />\n\nTeks.');
    expect(problems).toEqual([]);
    expect(html).toMatch(/<figure class="video" data-video="youtube"><details><summary>/);
    expect(html).not.toMatch(/<details open/);
    expect(html).toContain('Putar video: <span class="video-judul">Penyerahan penghargaan</span>');
    expect(html).toMatch(/<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?autoplay=1" title="Video: Penyerahan penghargaan" loading="lazy"/);
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).not.toContain('<script');
  });

  it('renders Vimeo with do-not-track', () => {
    const { html } = compileArticleBody('<Video vimeo="76979871" judul="Liputan" />');
    expect(html).toContain('src="https://player.vimeo.com/video/76979871?dnt=1&#x26;autoplay=1"');
  });

  it.each([
    ['<Video judul="A" />', 'x.mdx:11 <Video> youtube: ditemukan (kosong); diharapkan: isi youtube="ID" atau vimeo="ID"'],
    ['<Video youtube="dQw4w9WgXcQ" vimeo="76979871" judul="A" />', 'x.mdx:11 <Video> vimeo: ditemukan "76979871"; diharapkan: salah satu saja: youtube atau vimeo'],
    ['<Video youtube="abc" judul="A" />', 'x.mdx:11 <Video> youtube: ditemukan "abc"; diharapkan: ID video YouTube: 11 huruf'],
    ['<Video youtube="https://youtu.be/dQw4w9WgXcQ" judul="A" />', 'tulis youtube="dQw4w9WgXcQ"'],
    ['<Video vimeo="vimeo.com/76979871" judul="A" />', 'x.mdx:11 <Video> vimeo: ditemukan "vimeo.com/76979871"; diharapkan: ID video Vimeo: angka, mis. "76979871" (bagian akhir alamat vimeo.com/...); tulis vimeo="76979871"'],
    ['<Video youtube="dQw4w9WgXcQ" />', 'x.mdx:11 <Video> judul: ditemukan (kosong)'],
    ['Lihat <Video youtube="dQw4w9WgXcQ" judul="A" /> ini.', 'x.mdx:11 <Video>: ditemukan di dalam paragraf atau komponen lain; diharapkan: <Video ... /> pada barisnya sendiri'],
  ])('reports %s', (body, message) => {
    const problems = problemsOf(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('finds the id in pasted addresses', () => {
    expect(extractVideoId('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10')).toBe('dQw4w9WgXcQ');
    expect(extractVideoId('https://youtu.be/dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(extractVideoId('https://vimeo.com/76979871')).toBe('76979871');
    expect(extractVideoId('dQw4w9WgXcQ')).toBeUndefined();
  });
});

describe('<Catatan>', () => {
  it('renders a dated note, records its date and kind, and wraps one-line text in a paragraph', () => {
    const body = 'Teks.\n\n<Catatan tanggal="2024-11-15T09:00" jenis="koreksi">Skor semula tertulis **93,13**.</Catatan>\n\n<Catatan tanggal="2024-11-16T10:00+08:00">\nDitambah.\n\nDua.\n</Catatan>';
    const { html, info, problems } = compileArticleBody(body, 10);
    expect(problems).toEqual([]);
    expect(info.notes).toEqual([
      { date: '2024-11-15T02:00:00.000Z', kind: 'koreksi', line: 13 },
      { date: '2024-11-16T02:00:00.000Z', kind: 'pembaruan', line: 15 },
    ]);
    expect(html).toContain(
      '<div class="catatan catatan-koreksi" role="note" aria-label="Koreksi" data-catatan="koreksi"><p class="catatan-kepala"><strong>Koreksi</strong> · <time datetime="2024-11-15T09:00:00+07:00"><warta-waktu data-iso="2024-11-15T02:00:00.000Z"></warta-waktu></time></p><p>Skor semula tertulis <strong>93,13</strong>.</p></div>',
    );
    expect(html).toContain('<strong>Pembaruan</strong>');
    expect(html).toMatch(/<p>Ditambah\.<\/p>\s*<p>Dua\.<\/p><\/div>/);
  });

  it.each([
    ['<Catatan tanggal="15/11/2024">Teks.</Catatan>', 'x.mdx:11 <Catatan> tanggal: ditemukan "15/11/2024"; diharapkan: tanggal ISO 8601'],
    ['<Catatan tanggal="2024-11-15" jenis="ralat">Teks.</Catatan>', 'x.mdx:11 <Catatan> jenis: ditemukan "ralat"; diharapkan: koreksi atau pembaruan'],
    ['<Catatan jenis="koreksi">Teks.</Catatan>', 'x.mdx:11 <Catatan> tanggal: ditemukan (kosong)'],
    ['Teks <Catatan tanggal="2024-11-15">x</Catatan> lagi.', 'x.mdx:11 <Catatan>: ditemukan di dalam paragraf atau komponen lain'],
  ])('reports %s', (body, message) => {
    const problems = problemsOf(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });
});

describe('<Lencana>', () => {
  it('leaves an inline marker in a sentence and a block marker on its own line, and records both', () => {
    const body = 'Muba meraih <Lencana skema="ombudsman" tahun="2024" /> tahun ini.\n\n<Lencana skema="ombudsman" tahun={2023} daerah="musi-banyuasin" />\n\nAkhir.';
    const { html, info, problems } = compileArticleBody(body, 10);
    expect(problems).toEqual([]);
    expect(html).toContain('<p>Muba meraih <warta-lencana data-scheme="ombudsman" data-year="2024" data-block="false"></warta-lencana> tahun ini.</p>');
    expect(html).toContain('<warta-lencana data-scheme="ombudsman" data-year="2023" data-region="musi-banyuasin" data-block="true"></warta-lencana>');
    expect(info.lencana).toEqual([
      { scheme: 'ombudsman', year: 2024, line: 11 },
      { scheme: 'ombudsman', year: 2023, region: 'musi-banyuasin', line: 13 },
    ]);
  });

  it('keeps a badge that shares its paragraph inline, even at the paragraph start', () => {
    const { html } = compileArticleBody('<Lencana skema="ombudsman" tahun="2024" /> diraih Muba.', 0);
    expect(html).toContain('<p><warta-lencana data-scheme="ombudsman" data-year="2024" data-block="false"></warta-lencana> diraih Muba.</p>');
  });

  it.each([
    ['<Lencana skema="ombudsman" tahun="24" />', 'x.mdx:11 <Lencana> tahun: ditemukan "24"; diharapkan: tahun penilaian empat angka'],
    ['<Lencana skema="Ombudsman RI" tahun="2024" />', 'x.mdx:11 <Lencana> skema: ditemukan "Ombudsman RI"'],
    ['<Lencana tahun="2024" />', 'x.mdx:11 <Lencana> skema: ditemukan (kosong)'],
    ['<Lencana skema="ombudsman" tahun="2024" daerah="Muba" />', 'x.mdx:11 <Lencana> daerah: ditemukan "Muba"'],
    ['<Lencana skema="ombudsman" tahun="2024" grade="A" />', 'x.mdx:11 <Lencana> grade: ditemukan "A"; diharapkan: atribut yang dikenal: skema, tahun, daerah'],
  ])('reports %s', (body, message) => {
    const problems = problemsOf(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });
});

describe('body markers', () => {
  const NO_FILLERS = { bacaJuga: () => undefined, time: () => '' };

  it('splits HTML at badge markers and keeps everything else in order', () => {
    const parts = fillBodyMarkers(
      '<p>A <warta-lencana data-scheme="ombudsman" data-year="2024" data-block="false"></warta-lencana> B</p><warta-lencana data-scheme="sakip" data-year="2023" data-region="kota-ambon" data-block="true"></warta-lencana><p>C</p>',
      NO_FILLERS,
    );
    expect(parts).toEqual([
      { kind: 'html', html: '<p>A ' },
      { kind: 'lencana', scheme: 'ombudsman', year: 2024, region: undefined, block: false },
      { kind: 'html', html: ' B</p>' },
      { kind: 'lencana', scheme: 'sakip', year: 2023, region: 'kota-ambon', block: true },
      { kind: 'html', html: '<p>C</p>' },
    ]);
    expect(fillBodyMarkers('<p>tanpa</p>', NO_FILLERS)).toEqual([{ kind: 'html', html: '<p>tanpa</p>' }]);
  });

  it("writes note dates in the article's zone", () => {
    const html = '<time datetime="2024-11-15T09:00:00+07:00"><warta-waktu data-iso="2024-11-15T02:00:00.000Z"></warta-waktu></time>';
    expect(fillBodyMarkers(html, { ...NO_FILLERS, time: (date) => formatDateTimeId(date, 'WIT') })).toEqual([{ kind: 'html', html: '<time datetime="2024-11-15T09:00:00+07:00">Jumat, 15 November 2024 11.00 WIT</time>' }]);
  });
});

describe('decideModified', () => {
  const date = new Date('2024-11-14T03:30:00Z');
  const note = (iso: string) => ({ date: iso, kind: 'koreksi' as const });
  it('is the latest of updated and the notes, or undefined when never updated', () => {
    expect(decideModified({ date, body: { notes: [] } })).toBeUndefined();
    expect(decideModified({ date, updated: new Date('2024-11-15T00:00:00Z'), body: { notes: [] } })?.toISOString()).toBe('2024-11-15T00:00:00.000Z');
    expect(
      decideModified({ date, updated: new Date('2024-11-15T00:00:00Z'), body: { notes: [note('2024-11-16T02:00:00.000Z'), note('2024-11-15T05:00:00.000Z')] } })?.toISOString(),
    ).toBe('2024-11-16T02:00:00.000Z');
    expect(decideModified({ date, body: { notes: [note('2024-11-14T03:30:00.000Z')] } })).toBeUndefined();
  });
});

describe("the journalists' guide (content/README.md)", () => {
  const guide = readFileSync(path.resolve(import.meta.dirname, '../../content/README.md'), 'utf8');

  it('documents every component with its attributes', () => {
    for (const component of Object.values(PALETTE)) {
      expect(guide, component.name).toMatch(new RegExp(`^### ${component.name} — `, 'm'));
      expect(guide, component.name).toContain(`<${component.name} `);
      for (const attribute of Object.keys(component.attributes)) expect(guide, `${component.name} ${attribute}`).toContain(`| \`${attribute}\` |`);
    }
  });

  it('gives component examples that compile without a problem', () => {
    const examples = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => !block.startsWith('---'));
    expect(examples.length).toBeGreaterThanOrEqual(PALETTE_NAMES.length);
    for (const example of examples) expect(analyzeArticleBody(example).problems, example).toEqual([]);
  });

  it('documents every front-matter field', () => {
    for (const field of Object.keys(articleSchema.shape)) expect(guide, field).toContain(`| \`${field}\` |`);
    for (const field of Object.keys(awardClaimSchema.shape)) expect(guide, field).toContain(`| \`${field}\` |`);
  });
});
