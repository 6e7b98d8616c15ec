/**
 * The newsroom workflow end to end: `npm run new` writes a draft that passes
 * the check and builds; every kind of bad file gets its one-line message,
 * naming file, line and field, from the check and from the build alike; a
 * tree with all of them at once gets all of them in one run; and the palette's
 * Video, Catatan and Lencana work in the built page, in a real browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/browser.mjs';
import { ROOT, buildTree, checkTree, copyFixture, type Tree } from './harness.ts';

/** The basic fixture plus the sample Ombudsman scheme, so awards and badges can be tested. */
function newsroomTree(name: string): Tree {
  const tree = copyFixture('basic', `newsroom-${name}`);
  cpSync(path.join(ROOT, 'content/schemes/ombudsman.yaml'), path.join(tree.dir, 'schemes/ombudsman.yaml'));
  return tree;
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/**
 * An article that passes the check, with one thing changed. Line numbers:
 * 2 title, 3 description, 4 date, 5 author, 6 region, extra lines from 7;
 * the body starts two lines after the closing `---`.
 */
function article(options: { title?: string; date?: string; author?: string; region?: string; extra?: string[]; body?: string } = {}): string {
  return [
    '---',
    `title: ${options.title ?? 'Artikel kasus uji ruang redaksi'}`,
    'description: Ringkasan artikel kasus uji.',
    `date: ${options.date ?? '2024-11-20T08:00'}`,
    `author: ${options.author ?? 'penulis-uji'}`,
    `region: ${options.region ?? 'musi-banyuasin'}`,
    ...(options.extra ?? []),
    '---',
    '',
    options.body ?? 'SEKAYU - Paragraf pertama.',
    '',
  ].join('\n');
}

const K = 'articles/kasus';
const at = (name: string) => `${K}/${name}.mdx`;

interface BadCase {
  name: string;
  /** Files added to the tree (each case has its own, so all cases fit in one tree). */
  files: Record<string, string>;
  /** Fragments of the one expected line: `file:line field: ditemukan value; diharapkan: ...`. */
  expect: string[];
}

const cases: BadCase[] = [
  {
    name: 'judul terlalu pendek',
    files: { [at('judul-pendek')]: article({ title: 'Pendek' }) },
    expect: [`${at('judul-pendek')}:2 title: ditemukan "Pendek"; diharapkan: judul 10-160 karakter`],
  },
  {
    name: 'tanggal bukan ISO 8601',
    files: { [at('tanggal-salah')]: article({ date: '20-11-2024' }) },
    expect: [`${at('tanggal-salah')}:4 date: ditemukan "20-11-2024"; diharapkan: tanggal ISO 8601`],
  },
  {
    name: 'penulis tidak dikenal',
    files: { [at('penulis-asing')]: article({ author: 'budi-santoso' }) },
    expect: [`${at('penulis-asing')}:5 author: ditemukan "budi-santoso"; diharapkan: id yang ada di content/authors/`],
  },
  {
    name: 'daerah tidak dikenal',
    files: { [at('daerah-asing')]: article({ region: 'muba' }) },
    expect: [`${at('daerah-asing')}:6 region: ditemukan "muba"; diharapkan: id daerah yang dikenal (data wilayah idn-area-data atau content/regions/); mungkin maksudnya: "muna", "toba", "tuban"`],
  },
  {
    name: 'skor 101 di luar skala',
    files: { [at('skor-101')]: article({ region: 'kota-ambon', extra: ['awards:', '  - scheme: ombudsman', '    year: 2023', '    score: 101'] }) },
    expect: [`${at('skor-101')}:8 awards[0].score: ditemukan 101; diharapkan: skor 0-100`, 'di luar skala'],
  },
  {
    name: 'grade yang diklaim salah',
    files: { [at('grade-salah')]: article({ extra: ['awards:', '  - scheme: ombudsman', '    year: 2024', '    score: 93.31', '    grade: B'] }) },
    expect: [`${at('grade-salah')}:8 awards[0].grade: ditemukan "B"; diharapkan: A: skor 93.31 termasuk A "Kualitas Tertinggi"`],
  },
  {
    name: 'skema tidak dikenal',
    files: { [at('skema-asing')]: article({ extra: ['awards:', '  - scheme: ombudsmen', '    year: 2024', '    score: 90'] }) },
    expect: [`${at('skema-asing')}:8 awards[0].scheme: ditemukan "ombudsmen"; diharapkan: id skema di content/schemes/: ombudsman`],
  },
  {
    name: 'komponen tidak dikenal',
    files: { [at('komponen-asing')]: article({ body: 'SEKAYU - Teks.\n\n<Peta daerah="muba" />' }) },
    expect: [`${at('komponen-asing')}:11 isi: ditemukan <Peta>; diharapkan: komponen yang tersedia: BacaJuga, Kutipan, Gambar, Lencana, Video, Catatan`],
  },
  {
    name: 'import di MDX',
    files: { [at('pakai-import')]: article({ body: 'import Peta from "../peta.astro"\n\nSEKAYU - Teks.' }) },
    expect: [`${at('pakai-import')}:9 isi: ditemukan "import Peta from \\"../peta.astro\\""; diharapkan: tanpa import/export`],
  },
  {
    name: 'ID video salah',
    files: { [at('video-salah')]: article({ body: 'SEKAYU - Teks.\n\n<Video youtube="https://youtu.be/dQw4w9WgXcQ" judul="Penyerahan" />' }) },
    expect: [`${at('video-salah')}:11 <Video> youtube: ditemukan "https://youtu.be/dQw4w9WgXcQ"; diharapkan: ID video YouTube`, 'tulis youtube="dQw4w9WgXcQ"'],
  },
  {
    name: 'video di dalam paragraf',
    files: { [at('video-paragraf')]: article({ body: 'SEKAYU - Lihat <Video youtube="dQw4w9WgXcQ" judul="Penyerahan" /> ini.' }) },
    expect: [`${at('video-paragraf')}:9 <Video>: ditemukan di dalam paragraf atau komponen lain; diharapkan: <Video ... /> pada barisnya sendiri`],
  },
  {
    name: 'tanggal Catatan bukan ISO 8601',
    files: { [at('catatan-format')]: article({ body: 'SEKAYU - Teks.\n\n<Catatan tanggal="21/11/2024" jenis="koreksi">Nama diperbaiki.</Catatan>' }) },
    expect: [`${at('catatan-format')}:11 <Catatan> tanggal: ditemukan "21/11/2024"; diharapkan: tanggal ISO 8601`],
  },
  {
    name: 'Catatan sebelum tanggal artikel',
    files: { [at('catatan-mundur')]: article({ body: 'SEKAYU - Teks.\n\n<Catatan tanggal="2024-11-19T08:00" jenis="koreksi">Nama diperbaiki.</Catatan>' }) },
    expect: [`${at('catatan-mundur')}:11 <Catatan> tanggal: ditemukan "2024-11-19T08:00:00+07:00"; diharapkan: tidak sebelum date artikel (2024-11-20T08:00:00+07:00)`],
  },
  {
    name: 'Lencana tanpa hasil',
    files: { [at('lencana-kosong')]: article({ body: 'SEKAYU - Muba meraih <Lencana skema="ombudsman" tahun="2021" /> lagi.' }) },
    expect: [`${at('lencana-kosong')}:9 <Lencana>: ditemukan "ombudsman 2021 musi-banyuasin"; diharapkan: hasil penilaian yang tercatat`],
  },
  {
    name: 'Lencana dari hasil yang hanya ada di draf',
    files: {
      [at('lencana-draf-sumber')]: article({ region: 'kota-ambon', extra: ['awards:', '  - scheme: ombudsman', '    year: 2022', '    score: 80.5', 'draft: true'] }),
      [at('lencana-dari-draf')]: article({ body: 'SEKAYU - Ambon meraih <Lencana skema="ombudsman" tahun="2022" daerah="kota-ambon" />.' }),
    },
    expect: [`${at('lencana-dari-draf')}:9 <Lencana>: ditemukan "ombudsman 2022 kota-ambon"; diharapkan: hasil dari artikel yang sudah terbit atau tabel hasil`, at('lencana-draf-sumber')],
  },
  {
    name: 'gambar utama tidak ada',
    files: { [at('gambar-utama')]: article({ extra: ['image: ./gambar/tidak-ada.jpg', 'imageAlt: Foto'] }) },
    expect: [`${at('gambar-utama')}:7 image: ditemukan "./gambar/tidak-ada.jpg"; diharapkan: berkas gambar yang ada`],
  },
  {
    name: 'gambar di isi tidak ada',
    files: { [at('gambar-isi')]: article({ body: 'SEKAYU - Teks.\n\n<Gambar src="./gambar/tidak-ada.jpg" alt="Grafik" />' }) },
    expect: [`${at('gambar-isi')}:11 isi gambar: ditemukan "./gambar/tidak-ada.jpg"; diharapkan: berkas gambar yang ada`],
  },
  {
    name: 'related ke draf',
    files: { [at('related-draf')]: article({ extra: ['related: [draf-rahasia]'] }) },
    expect: [`${at('related-draf')}:7 related[0]: ditemukan "draf-rahasia"; diharapkan: artikel yang sudah terbit; "draf-rahasia" masih draf`],
  },
  {
    name: 'BacaJuga ke slug yang tidak ada',
    files: { [at('baca-juga-hilang')]: article({ body: 'SEKAYU - Teks.\n\n<BacaJuga slug="tidak-ada" />\n\nTeks.' }) },
    expect: [`${at('baca-juga-hilang')}:11 <BacaJuga> slug: ditemukan "tidak-ada"; diharapkan: slug artikel yang ada`],
  },
  {
    name: 'teks contoh templat tersisa',
    files: { [at('teks-contoh')]: article({ body: 'SEKAYU - Teks.\n\n[[Paragraf kedua: rincian.]]' }) },
    expect: [`${at('teks-contoh')}:11 isi: ditemukan "[[Paragraf kedua: rincian.]]"; diharapkan: teks sendiri menggantikan teks contoh`],
  },
];

const findLine = (lines: string[], fragments: string[]) => lines.find((line) => fragments.every((fragment) => line.includes(fragment)));

describe('npm run new', () => {
  const tree = newsroomTree('scaffold');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/new-article.ts'), ...args, '--content', tree.contentDir], { cwd: ROOT, encoding: 'utf8' });
  const file = path.join(tree.dir, 'articles/2024/muba-pertahankan-zona-hijau-ombudsman-2024.mdx');

  let first: ReturnType<typeof run>;
  beforeAll(() => {
    first = run('Muba Pertahankan Zona Hijau Ombudsman 2024', '--daerah', 'musi-banyuasin', '--penulis', 'penulis-uji', '--tag', 'Zona Hijau, Ombudsman RI', '--rubrik', 'pelayanan-publik', '--tanggal', '2024-11-20T08:15');
  });
  afterAll(() => rmSync(path.dirname(tree.dir), { recursive: true, force: true }));

  it('writes a draft that passes the check, prints its path and preview URL', async () => {
    const result = first;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${tree.contentDir}/articles/2024/muba-pertahankan-zona-hijau-ombudsman-2024.mdx`);
    expect(result.stdout).toContain('http://localhost:4321/berita/muba-pertahankan-zona-hijau-ombudsman-2024/');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('date: 2024-11-20T08:15\n');
    expect(text).toContain('draft: true\n');
    expect(text).toContain('MUSI BANYUASIN - [[Paragraf pembuka');
    expect(await checkTree(tree)).toEqual([]);
  });

  it('never overwrites: the same title gets the next free slug, the first file is untouched', () => {
    const before = readFileSync(file, 'utf8');
    const result = run('Muba Pertahankan Zona Hijau Ombudsman 2024', '--penulis', 'penulis-uji', '--tanggal', '2024-11-21T09:00');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('muba-pertahankan-zona-hijau-ombudsman-2024-2.mdx');
    expect(readFileSync(file, 'utf8')).toBe(before);
    rmSync(path.join(tree.dir, 'articles/2024/muba-pertahankan-zona-hijau-ombudsman-2024-2.mdx'));
  });

  it('refuses bad options in Indonesian and writes nothing', () => {
    const result = run('Pendek', '--penulis', 'budi', '--daerah', 'muba');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Gagal: judul: 6 karakter; diharapkan 10-160 karakter');
    expect(result.stderr).toContain('Gagal: penulis "budi" tidak ada di content/authors/');
    expect(result.stderr).toContain('Gagal: daerah "muba" tidak dikenal (data wilayah idn-area-data atau content/regions/); mungkin maksudnya: "muna", "toba", "tuban"');
    // A misspelt id gets the closest known ids; an id known from idn-area-data alone is accepted.
    expect(run('Judul yang cukup panjang', '--penulis', 'penulis-uji', '--daerah', 'kota-jaypura').stderr).toContain('mungkin maksudnya: "kota-jayapura"');
    expect(existsSync(path.join(tree.dir, 'articles/2024/pendek.mdx'))).toBe(false);
    const unknown = run('Judul yang cukup panjang', '--kota', 'sekayu');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Gagal: pilihan tidak dikenal: --kota');
  });

  it('builds without the draft; once published with the placeholders left, the check names each; once written, it builds', async () => {
    const draftBuild = await buildTree(tree);
    expect(draftBuild.code, draftBuild.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(tree.outDir, 'berita/terbit-muba/index.html'))).toBe(true);
    expect(existsSync(path.join(tree.outDir, 'berita/muba-pertahankan-zona-hijau-ombudsman-2024'))).toBe(false);

    const slugFile = `${tree.contentDir}/articles/2024/muba-pertahankan-zona-hijau-ombudsman-2024.mdx`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const lines = await checkTree(tree);
    expect(lines.map((line) => line.split(' ')[0])).toEqual([`${slugFile}:3`, `${slugFile}:22`, `${slugFile}:24`, `${slugFile}:37`]);
    expect(lines[0]).toContain('description: ditemukan "[[Ringkasan');
    for (const line of lines) expect(line).toContain('diharapkan: teks sendiri menggantikan teks contoh [[...]] dari templat');

    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/"\[\[Ringkasan[^\]]*\]\]"/, '"Musi Banyuasin kembali meraih Zona Hijau."')
        .replace(/\[\[Paragraf pembuka[^\]]*\]\]/, 'Pemkab Musi Banyuasin kembali meraih Zona Hijau.')
        .replace(/\[\[Paragraf kedua[^\]]*\]\]/, 'Nilainya naik dari tahun lalu.')
        .replace('[[Paragraf penutup.]]', 'Penghargaan diserahkan di Jakarta.'),
    );
    expect(await checkTree(tree)).toEqual([]);
    const build = await buildTree(tree);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const html = readFileSync(path.join(tree.outDir, 'berita/muba-pertahankan-zona-hijau-ombudsman-2024/index.html'), 'utf8');
    expect(html).toContain('Muba Pertahankan Zona Hijau Ombudsman 2024');
    expect(html).toContain('MUSI BANYUASIN - Pemkab Musi Banyuasin kembali meraih Zona Hijau.');
    expect(html).not.toContain('[[');
  });
});

describe('bad files: one line each, naming file, line, field, value and expectation', () => {
  it('has at least twelve cases', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  /** The check's lines for one case alone, with the tree's path replaced by `<tree>`. */
  async function checkCase({ name, files }: BadCase): Promise<{ tree: Tree; lines: string[] }> {
    const tree = newsroomTree(`kasus-${name.replace(/\W+/g, '-')}`);
    for (const [file, text] of Object.entries(files)) write(tree.dir, file, text);
    const lines = await checkTree(tree);
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });
    return { tree, lines };
  }

  it.each(cases)('$name', async (badCase) => {
    const { tree, lines } = await checkCase(badCase);
    expect(findLine(lines, badCase.expect), `check lines:\n${lines.join('\n')}`).toBeDefined();
    // The case breaks only its own files.
    for (const line of lines) expect(Object.keys(badCase.files).some((file) => line.startsWith(`${tree.contentDir}/${file}`)), line).toBe(true);
  });

  it('reports every problem of a tree holding all the cases in one run, the check and the build alike', async () => {
    const expected: string[] = [];
    const tree = newsroomTree('semua-kasus');
    for (const badCase of cases) {
      const single = await checkCase(badCase);
      expected.push(...single.lines.map((line) => line.replaceAll(single.tree.contentDir, tree.contentDir)));
    }
    for (const { files } of cases) for (const [file, text] of Object.entries(files)) write(tree.dir, file, text);
    const lines = await checkTree(tree);
    const build = await buildTree(tree);
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });

    // Exactly the union of the single-case reports: nothing lost, nothing added.
    expect([...lines].sort()).toEqual([...expected].sort());
    for (const { expect: fragments } of cases) expect(findLine(lines, fragments), fragments[0]).toBeDefined();

    expect(build.code).not.toBe(0);
    expect(build.output).toContain(`Konten tidak lolos pemeriksaan (${lines.length} masalah)`);
    for (const line of lines) expect(build.output).toContain(line);
  });

  it('gives the same report on worker threads as on the main thread', async () => {
    const tree = newsroomTree('semua-kasus-paralel');
    for (const { files } of cases) for (const [file, text] of Object.entries(files)) write(tree.dir, file, text);
    const { runContentCheck } = await import('../../src/content-tree/run-check.ts');
    const now = new Date('2026-11-30T00:00:00Z');
    const main = await runContentCheck(tree.contentDir, ROOT, now, { workers: 0 });
    const threads = await runContentCheck(tree.contentDir, ROOT, now, { workers: 3 });
    expect(threads.problems).toEqual(main.problems);
    expect(threads.problems.length).toBeGreaterThanOrEqual(cases.length);
    expect([...threads.articles.keys()]).toEqual([...main.articles.keys()]);
    expect(threads.awards).toEqual(main.awards);
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });
  });
});

describe('the palette in a built page, in Chromium', () => {
  const tree = newsroomTree('palet');
  const PORT = 4442;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    write(
      tree.dir,
      'articles/2024/palet-lengkap.mdx',
      article({
        region: 'kota-ambon',
        date: '2024-11-20T08:00',
        extra: ['awards:', '  - scheme: ombudsman', '    year: 2024', '    score: 93.31'],
        body: [
          'AMBON - Kota Ambon meraih <Lencana skema="ombudsman" tahun="2024" /> tahun ini.',
          '<Lencana skema="ombudsman" tahun="2024" />',
          '<Video youtube="dQw4w9WgXcQ" judul="Penyerahan penghargaan" />',
          '<Video vimeo="76979871" judul="Wawancara wali kota" />',
          'Paragraf kedua.',
          '<Catatan tanggal="2024-11-21T09:00" jenis="koreksi">Skor semula tertulis 93,13.</Catatan>',
          '<Catatan tanggal="2024-11-22T10:00">Ditambahkan keterangan wali kota.</Catatan>',
        ].join('\n\n'),
      }),
    );
    const build = await buildTree(tree);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-dist.mjs'), '--dir', tree.outDir, '--port', String(PORT)], { stdio: 'ignore' });
    for (let i = 0; i < 100; i += 1) {
      if (await fetch(`http://127.0.0.1:${PORT}/`).then((response) => response.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });
  });

  const VIDEO_HOSTS = /youtube|youtu\.be|ytimg|googlevideo|vimeo/;

  it('loads nothing from YouTube or Vimeo until the reader opens the video, then loads that one player', async () => {
    const page = await browser!.newPage();
    const attempted: string[] = [];
    // No internet here: record every request that leaves our server and abort it.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`http://127.0.0.1:${PORT}/`)) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    await page.goto(`http://127.0.0.1:${PORT}/berita/palet-lengkap/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(800);
    expect(attempted.filter((url) => VIDEO_HOSTS.test(url))).toEqual([]);
    // Click-to-load without JavaScript: the body holds no script.
    expect(await page.locator('.prose script').count()).toBe(0);

    const youtube = page.locator('figure.video[data-video="youtube"]');
    await expect.poll(() => youtube.locator('summary').textContent()).toContain('Putar video: Penyerahan penghargaan');
    await youtube.locator('summary').click();
    await expect.poll(() => attempted.filter((url) => VIDEO_HOSTS.test(url))).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);
    expect(await youtube.locator('iframe').getAttribute('title')).toBe('Video: Penyerahan penghargaan');

    await page.locator('figure.video[data-video="vimeo"] summary').click();
    await expect.poll(() => attempted.filter((url) => VIDEO_HOSTS.test(url)).length).toBe(2);
    expect(attempted.filter((url) => VIDEO_HOSTS.test(url))[1]).toBe('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
    await page.close();
  });

  it("shows notes dated in the article's zone and the latest as \"Diperbarui\"", async () => {
    const page = await browser!.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/berita/palet-lengkap/`);
    const notes = page.locator('.prose [role="note"]');
    await expect.poll(() => notes.count()).toBe(2);
    expect(await notes.nth(0).locator('.catatan-kepala').textContent()).toBe('Koreksi · Kamis, 21 November 2024 11.00 WIT');
    expect(await notes.nth(0).locator('time').getAttribute('datetime')).toBe('2024-11-21T09:00:00+07:00');
    expect(await notes.nth(1).locator('.catatan-kepala').textContent()).toBe('Pembaruan · Jumat, 22 November 2024 12.00 WIT');
    const dateline = page.locator('.article-header .dateline');
    expect(await dateline.textContent()).toContain('Diperbarui Jumat, 22 November 2024 12.00 WIT');
    expect(await page.locator('meta[property="article:modified_time"]').getAttribute('content')).toBe('2024-11-22T12:00:00+09:00');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('meets WCAG 2.1 AA (axe) in %s mode, with the video closed and open', async (colorScheme) => {
    const context = await browser!.newContext({ colorScheme });
    const page = await context.newPage();
    await page.route(VIDEO_HOSTS, (route) => route.abort());
    await page.goto(`http://127.0.0.1:${PORT}/berita/palet-lengkap/`);
    const audit = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    };
    expect(await audit()).toEqual([]);
    await page.locator('figure.video[data-video="youtube"] summary').click();
    expect(await audit()).toEqual([]);
    await context.close();
  });

  it('renders each <Lencana> as a badge with the contract hooks: inline in the sentence, full on its own line', async () => {
    const page = await browser!.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/berita/palet-lengkap/`);
    const badges = await page.locator('.prose [data-award]').evaluateAll((elements) =>
      elements.map((element) => ({
        tag: element.tagName.toLowerCase(),
        inParagraph: element.parentElement?.tagName.toLowerCase() === 'p',
        data: { ...(element as HTMLElement).dataset },
        text: element.textContent?.replace(/\s+/g, ' ').trim(),
      })),
    );
    const hooks = { award: '', scheme: 'ombudsman', year: '2024', region: 'kota-ambon', grade: 'A', zone: 'hijau', score: '93.31', streak: '1' };
    expect(badges).toHaveLength(2);
    expect(badges[0]).toMatchObject({ tag: 'span', inParagraph: true, data: hooks });
    expect(badges[0]!.text).toBe('Ombudsman RI 2024: Kategori A · Kualitas Tertinggi, skor 93,31, Zona Hijau');
    expect(badges[1]).toMatchObject({ tag: 'div', inParagraph: false, data: hooks });
    expect(await page.locator('.prose p').first().textContent()).toBe('AMBON - Kota Ambon meraih Ombudsman RI 2024: Kategori A · Kualitas Tertinggi, skor 93,31, Zona Hijau tahun ini.');
    const html = await page.content();
    expect(html).not.toMatch(/<!--(lencana|waktu)/);
    await page.close();
  });
});
