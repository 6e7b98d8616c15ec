import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { buildTree, checkTree, copyFixture, listFiles, readTextFiles, type Tree, editFile } from './harness.ts';

const MUBA_2024 = 'articles/2024/muba-2024.mdx';
const TAJUK = 'articles/2024/tajuk-muba.mdx';
const MUBA_2023 = 'articles/2023/muba-2023.mdx';
const TABLE_2023 = 'results/ombudsman/2023.csv';

/**
 * Each case breaks the awards fixture one way (issue 3's bad inputs). The
 * build must fail, and both the build and the check must name every file
 * involved, on one line each.
 */
const cases: {
  name: string;
  breakTree: (dir: string) => void;
  /** For each file at fault: fragments one check line must hold (its own path first). */
  lines: string[][];
}[] = [
  {
    name: 'same award, different scores in two articles',
    breakTree: (dir) => editFile(dir, TAJUK, (text) => text.replace('score: "93,31"', 'score: "93,13"')),
    lines: [
      [TAJUK, 'awards[0].score: ditemukan skor 93.13', 'ombudsman 2024 musi-banyuasin', `${MUBA_2024}:`, 'skor 93.31'],
      [MUBA_2024, 'awards[0].score: ditemukan skor 93.31', `${TAJUK}:`, 'skor 93.13'],
    ],
  },
  {
    name: 'article disagrees with a results table',
    breakTree: (dir) => editFile(dir, MUBA_2023, (text) => text.replace('score: 91.72', 'score: 91.27')),
    lines: [
      [MUBA_2023, 'awards[0].score: ditemukan skor 91.27', `${TABLE_2023}:5`, 'skor 91.72'],
      [`${TABLE_2023}:5`, 'score: ditemukan skor 91.72', MUBA_2023, 'skor 91.27'],
    ],
  },
  {
    name: 'claimed grade differs from the computed one',
    breakTree: (dir) => editFile(dir, TAJUK, (text) => text.replace('grade: A', 'grade: B')),
    lines: [[TAJUK, 'awards[0].grade: ditemukan "B"', 'A: skor 93.31 termasuk A "Kualitas Tertinggi"']],
  },
  {
    name: 'claimed zone differs from the computed one',
    breakTree: (dir) => editFile(dir, MUBA_2024, (text) => text.replace('score: 93.31\n', 'score: 93.31\n    zone: kuning\n')),
    lines: [[MUBA_2024, 'awards[0].zone: ditemukan "kuning"', 'hijau: skor 93.31']],
  },
  {
    name: 'score outside the scale',
    breakTree: (dir) => editFile(dir, MUBA_2024, (text) => text.replace('score: 93.31', 'score: 103.31')),
    lines: [[MUBA_2024, 'awards[0].score: ditemukan 103.31', 'skor 0-100', 'di luar skala']],
  },
  {
    name: 'score with more decimals than published',
    breakTree: (dir) => editFile(dir, MUBA_2024, (text) => text.replace('score: 93.31', 'score: 93.315')),
    lines: [[MUBA_2024, 'awards[0].score: ditemukan 93.315', 'paling banyak 2 desimal', 'ditemukan 3 desimal']],
  },
  {
    name: 'year no edition covers',
    breakTree: (dir) => editFile(dir, MUBA_2023, (text) => text.replace('year: 2022', 'year: 2015')),
    lines: [[MUBA_2023, 'awards[1].year: ditemukan 2015', 'tahun yang dicakup Ombudsman RI: 2016\u20132019, 2021, 2022\u20132024, 2025 dst.']],
  },
  {
    name: 'year not held',
    breakTree: (dir) => editFile(dir, MUBA_2023, (text) => text.replace('year: 2022', 'year: 2020')),
    lines: [[MUBA_2023, 'awards[1].year: ditemukan 2020', 'tidak diadakan pada 2020']],
  },
  {
    name: 'category result not among the grades',
    breakTree: (dir) => editFile(dir, MUBA_2023, (text) => text.replace('result: WDP', 'result: Wajar')),
    lines: [[MUBA_2023, 'awards[2].result: ditemukan "Wajar"', 'salah satu dari: WTP, WDP, TW, TMP']],
  },
  {
    name: 'unknown scheme',
    breakTree: (dir) => editFile(dir, MUBA_2023, (text) => text.replace('scheme: bpk-opini', 'scheme: bpk-opinii')),
    lines: [[MUBA_2023, 'awards[2].scheme: ditemukan "bpk-opinii"', 'id skema di content/schemes/: bpk-opini, ombudsman']],
  },
];


describe('bad award input fails the build, naming every file involved', () => {
  it.each(cases)('$name', async ({ name, breakTree, lines: expected }) => {
    const tree = copyFixture('awards', `awards-bad-${name.replace(/\W+/g, '-')}`);
    breakTree(tree.dir);
    const lines = await checkTree(tree);
    const build = await buildTree(tree);
    rmSync(tree.outDir, { recursive: true, force: true });

    expect(build.code, build.output.slice(-2000)).not.toBe(0);
    for (const fragments of expected) {
      const [own, ...rest] = fragments.map((fragment) => (fragment.startsWith('articles/') || fragment.startsWith('results/') ? `${tree.contentDir}/${fragment}` : fragment));
      const line = lines.find((candidate) => candidate.startsWith(own!) && rest.every((fragment) => candidate.includes(fragment)));
      expect(line, `no check line for ${own} with ${rest.join(' | ')}; lines:\n${lines.join('\n')}`).toBeDefined();
    }
    // The build reports the very same lines as the check.
    for (const checkLine of lines) expect(build.output).toContain(checkLine);
  });
});

describe('a good build renders awards from published articles and results tables', () => {
  let tree: Tree;
  let files: Map<string, string>;
  let output = '';

  beforeAll(async () => {
    tree = copyFixture('awards', 'awards-good');
    const build = await buildTree(tree);
    output = build.output;
    expect(build.code, build.output.slice(-3000)).toBe(0);
    files = readTextFiles(tree.outDir);
  });
  afterAll(() => rmSync(tree.outDir, { recursive: true, force: true }));

  const page = (url: string) => {
    const html = files.get(`${url.replace(/^\//, '')}index.html`);
    if (!html) throw new Error(`no page ${url}; build output:\n${output.slice(-1500)}`);
    return html;
  };

  it('writes one embeddable SVG per published result, and none for a draft\u2019s claim', () => {
    const badges = listFiles(tree.outDir).filter((file) => file.startsWith('lencana/')).sort();
    expect(badges).toEqual([
      'lencana/kota-palembang/ombudsman-2023.svg',
      'lencana/musi-banyuasin/bpk-opini-2021.svg',
      'lencana/musi-banyuasin/ombudsman-2022.svg',
      'lencana/musi-banyuasin/ombudsman-2023.svg',
      'lencana/musi-banyuasin/ombudsman-2024.svg',
      'lencana/musi-rawas/ombudsman-2023.svg',
      'lencana/sumatera-selatan/ombudsman-2023.svg',
    ]);
    for (const file of badges) {
      const svg = files.get(file)!;
      expect(XMLValidator.validate(svg), file).toBe(true);
      expect(svg, file).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+" role="img"/);
      expect(svg, file).toMatch(/<title id="lencana-judul">[^<]+<\/title>/);
    }
    expect(files.get('lencana/musi-banyuasin/ombudsman-2024.svg')).toContain(
      '<title id="lencana-judul">Kabupaten Musi Banyuasin, Ombudsman RI 2024: Kategori A \u00b7 Kualitas Tertinggi, skor 93,31, Zona Hijau, 3 tahun berturut-turut Zona Hijau</title>',
    );
  });

  it('lists a year\u2019s results by score, each row linking its region and its source article', () => {
    const html = page('/penghargaan/ombudsman/2023/');
    const rows = [...html.matchAll(/<tr data-award([^>]*)>([\s\S]*?)<\/tr>/g)].map((match) => ({
      region: /data-region="([^"]+)"/.exec(match[1]!)![1],
      score: Number(/data-score="([^"]+)"/.exec(match[1]!)![1]),
      body: match[2]!,
    }));
    expect(rows.map((row) => [row.region, row.score])).toEqual([
      ['musi-rawas', 94.95],
      ['kota-palembang', 93.75],
      ['musi-banyuasin', 91.72],
      ['sumatera-selatan', 85.25],
    ]);
    for (const row of rows) expect(row.body).toContain(`href="/daerah/${row.region}/"`);
    expect(rows[0]!.body).toContain('href="/berita/rekap-sumsel/"');
    expect(rows[2]!.body).toContain('href="/berita/muba-2023/"');
    // Table-only: the region page, no article.
    expect(rows[3]!.body).not.toContain('/berita/');
    expect(rows[3]!.body).toContain('tabel hasil resmi');
    expect(html).toContain('94,95');
  });

  it('shows nothing of a draft\u2019s award anywhere', () => {
    const html = page('/penghargaan/ombudsman/2024/');
    expect(html.match(/<tr data-award/g)).toHaveLength(1);
    expect(html).not.toContain('musi-rawas');
    for (const [file, text] of files) {
      expect(text.includes('95,10') || text.includes('95.10'), file).toBe(false);
    }
  });

  it('puts a badge with the contract hooks on the article, streak included', () => {
    const html = page('/berita/muba-2024/');
    const badges = [...html.matchAll(/<div class="award-badge[^"]*"([^>]*)>/g)].map((match) => match[1]!);
    expect(badges).toHaveLength(1);
    expect(badges[0]).toContain('data-award');
    expect(badges[0]).toContain('data-scheme="ombudsman"');
    expect(badges[0]).toContain('data-year="2024"');
    expect(badges[0]).toContain('data-region="musi-banyuasin"');
    expect(badges[0]).toContain('data-grade="A"');
    expect(badges[0]).toContain('data-zone="hijau"');
    expect(badges[0]).toContain('data-score="93.31"');
    expect(badges[0]).toContain('data-streak="3"');
    expect(html).toContain('3 tahun berturut-turut Zona Hijau');
    expect(html).toContain('<section class="award-box" aria-label="Penghargaan"');

    const several = page('/berita/muba-2023/');
    const hooks = [...several.matchAll(/<div class="award-badge[^"]*"([^>]*)>/g)].map((match) => match[1]!);
    expect(hooks.map((attrs) => /data-scheme="([^"]+)" data-year="(\d+)"/.exec(attrs)!.slice(1).join(' '))).toEqual(['ombudsman 2023', 'ombudsman 2022', 'bpk-opini 2021']);
    // Zone-only: no grade, no score; category: no zone, no score.
    expect(hooks[1]).toMatch(/data-grade(="")?( |$)/);
    expect(hooks[1]).not.toContain('data-score');
    expect(hooks[2]).toContain('data-grade="WDP"');
    expect(hooks[2]).toMatch(/data-zone(="")?( |$)/);
    expect(hooks[2]).not.toContain('data-score');
  });

  it('gives the region page its history, a score chart and an embed snippet with absolute URLs', () => {
    const html = page('/daerah/musi-banyuasin/');
    expect(html).toContain('Rekam jejak penghargaan');
    expect(html).toMatch(/<svg class="chart-svg"[^>]* role="img" aria-labelledby="grafik-ombudsman-judul" aria-describedby="grafik-ombudsman-ket"/);
    expect(html).toContain('<title id="grafik-ombudsman-judul">Skor Ombudsman RI Kabupaten Musi Banyuasin, 2022\u20132024</title>');
    expect(html).toContain('https://warta-prestasi.example/lencana/musi-banyuasin/ombudsman-2024.svg');
    expect(html).toContain('https://warta-prestasi.example/daerah/musi-banyuasin/');
    expect(html).toContain('<pre><code>&lt;a href=');
    // Newest first in the timeline.
    const years = [...html.matchAll(/<p class="tl-year">(\d{4})<\/p>/g)].map((match) => Number(match[1]));
    expect(years).toEqual([2021, 2024, 2023, 2022]);
  });

  it('has scheme pages for every scheme, and an index', () => {
    expect(page('/penghargaan/')).toContain('href="/penghargaan/ombudsman/2023/"');
    expect(page('/penghargaan/ombudsman/')).toContain('Kualitas Tertinggi');
    expect(page('/penghargaan/bpk-opini/')).toContain('Wajar Dengan Pengecualian');
  });
});
