/**
 * Open data (issue 14, item 3) on a fixture build: every leaderboard's and
 * every region history's CSV and JSON hold exactly the results its page shows
 * (the `data-award` hooks' score, grade and zone, and the row's source link),
 * formula starters are neutralized, the pages link the files and carry the
 * Dataset JSON-LD, and no draft's or scheduled article's link appears.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree, copyFixture, listFiles, type Tree } from './harness.ts';
import { readCsv } from '../unit/csv-read.ts';
import { OPEN_DATA_FIELDS } from '../../src/model/open-data.ts';

const SITE = 'https://warta-prestasi.example';
const FIELDS = OPEN_DATA_FIELDS.map((field) => field.name);

interface Hook {
  scheme: string;
  year: string;
  region: string;
  score: string;
  grade: string;
  zone: string;
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The `data-award` elements of a page, in document order. */
function hooks(html: string): Hook[] {
  return [...html.matchAll(/<[a-z]+\s[^>]*\bdata-award(?:="")?[\s>][^>]*>?/g)].map((match) => {
    const attrs = Object.fromEntries([...match[0].matchAll(/\bdata-([a-z]+)="([^"]*)"/g)].map((attr) => [attr[1]!, decode(attr[2]!)]));
    return { scheme: attrs.scheme!, year: attrs.year!, region: attrs.region!, score: attrs.score ?? '', grade: attrs.grade ?? '', zone: attrs.zone ?? '' };
  });
}

interface Files {
  csv: Record<string, string>[];
  json: Record<string, unknown>[];
  csvText: string;
  jsonText: string;
}

function readData(dist: string, base: string): Files {
  const csvText = readFileSync(path.join(dist, `${base}.csv`), 'utf8');
  const jsonText = readFileSync(path.join(dist, `${base}.json`), 'utf8');
  expect(csvText.startsWith('\uFEFF'), base).toBe(true);
  const records = readCsv(csvText.slice(1));
  expect(records[0], base).toEqual(FIELDS);
  const csv = records.slice(1).map((record) => Object.fromEntries(FIELDS.map((name, i) => [name, record[i]!])));
  const json = JSON.parse(jsonText) as { fields: string[]; rows: Record<string, unknown>[]; license: string };
  expect(json.fields).toEqual(FIELDS);
  expect(json.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  return { csv, json: json.rows, csvText, jsonText };
}

/** Both files agree with the hooks, row for row (CSV cells may carry the formula prefix, never a number). */
function expectSameNumbers(files: Files, expected: Hook[], where: string): void {
  expect(files.csv.map((row) => `${row.scheme} ${row.year} ${row.region}`), where).toEqual(expected.map((hook) => `${hook.scheme} ${hook.year} ${hook.region}`));
  expect(files.json.map((row) => `${row.scheme} ${row.year} ${row.region}`), where).toEqual(expected.map((hook) => `${hook.scheme} ${hook.year} ${hook.region}`));
  expected.forEach((hook, i) => {
    const csv = files.csv[i]!;
    const json = files.json[i]!;
    expect([csv.score, csv.grade, csv.zone], `${where} ${hook.region}`).toEqual([hook.score, hook.grade, hook.zone]);
    expect([json.score ?? '', json.grade ?? '', json.zone ?? '', String(json.year)], `${where} ${hook.region}`).toEqual([hook.score, hook.grade, hook.zone, hook.year]);
  });
}

describe('open data files agree with the pages', () => {
  let tree: Tree;
  let dist: string;
  const page = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');

  beforeAll(async () => {
    tree = copyFixture('awards', 'open-data');
    // A 2024 table: a hostile region name and decree, a result the draft also reports, one a scheduled article reports.
    writeFileSync(path.join(tree.dir, 'regions/kota-lubuklinggau.yaml'), 'name: \'=HYPERLINK("http://x.example","Lubuklinggau")\'\ntype: kota\nprovince: sumatera-selatan\n');
    writeFileSync(path.join(tree.dir, 'regions/kota-prabumulih.yaml'), 'name: Kota Prabumulih\ntype: kota\nprovince: sumatera-selatan\n');
    writeFileSync(
      path.join(tree.dir, 'articles/2024/prabumulih.mdx'),
      '---\ntitle: Kabar Prabumulih\ndescription: Tanpa penghargaan.\ndate: 2024-10-01T08:00\nauthor: penulis-uji\nregion: kota-prabumulih\n---\n\nParagraf.\n',
    );
    mkdirSync(path.join(tree.dir, 'results/ombudsman'), { recursive: true });
    writeFileSync(
      path.join(tree.dir, 'results/ombudsman/2024.csv'),
      '# Uji: data terbuka.\nregion,score,grade,decree\nmusi-rawas,95.10,A,@SUM(1+1) Keputusan Uji\nkota-palembang,90.00,A,\nkota-lubuklinggau,60.50,C,\n',
    );
    writeFileSync(
      path.join(tree.dir, 'articles/2024/terjadwal-palembang.mdx'),
      '---\ntitle: Berita terjadwal Palembang\ndescription: Belum terbit.\ndate: 2027-01-05T08:00\nauthor: penulis-uji\nregion: kota-palembang\nawards:\n  - scheme: ombudsman\n    year: 2024\n    score: 90.00\n---\n\nParagraf terjadwal.\n',
    );
    const build = await buildTree(tree);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    dist = tree.outDir;
  }, 600_000);

  it('writes a CSV and a JSON per leaderboard whose rows are the page\u2019s rows', () => {
    const leaderboards = listFiles(dist).filter((file) => /^penghargaan\/[^/]+\/\d{4}\/index\.html$/.test(file));
    expect(leaderboards.length).toBeGreaterThanOrEqual(3);
    for (const file of leaderboards) {
      const route = file.replace(/\/index\.html$/, '');
      const html = readFileSync(path.join(dist, file), 'utf8');
      const rowHooks = hooks(html);
      expect(rowHooks.length, route).toBeGreaterThan(0);
      const files = readData(dist, route);
      expectSameNumbers(files, rowHooks, route);
      // The row's article link is the file's source URL.
      const rows = [...html.matchAll(/<tr data-award[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => /Berita: <a href="([^"]+)"/.exec(match[1]!)?.[1] ?? '');
      expect(files.csv.map((row) => row.source_url), route).toEqual(rows.map((href) => (href ? `${SITE}${href}` : '')));
      // Linked from its page, with the Dataset JSON-LD.
      const [, scheme, year] = /^penghargaan\/([^/]+)\/(\d{4})$/.exec(route)!;
      expect(html).toContain(`href="/penghargaan/${scheme}/${year}.csv"`);
      expect(html).toContain(`href="/penghargaan/${scheme}/${year}.json"`);
      const ld = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
      const dataset = ld.find((item) => item['@type'] === 'Dataset');
      expect(dataset, route).toBeDefined();
      expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(dataset.creator.name).toBe('Warta Prestasi');
      expect(dataset.distribution).toEqual([
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${SITE}/penghargaan/${scheme}/${year}.csv` },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${SITE}/penghargaan/${scheme}/${year}.json` },
      ]);
    }
  });

  it('writes a CSV and a JSON per region with results whose rows are the page\u2019s badges', () => {
    const regions = listFiles(dist).filter((file) => /^daerah\/[^/]+\/penghargaan\.csv$/.test(file)).map((file) => file.split('/')[1]!);
    expect(regions.sort()).toEqual(['kota-lubuklinggau', 'kota-palembang', 'musi-banyuasin', 'musi-rawas', 'sumatera-selatan']);
    for (const region of regions) {
      const html = page(`daerah/${region}`);
      // The header badge repeats the latest result: each result once, in the file's order (scheme, then year).
      const seen = new Map<string, Hook>();
      for (const hook of hooks(html)) seen.set(`${hook.scheme} ${hook.year}`, hook);
      const expected = [...seen.values()].sort((a, b) => (a.scheme < b.scheme ? -1 : a.scheme > b.scheme ? 1 : Number(a.year) - Number(b.year)));
      const files = readData(dist, `daerah/${region}/penghargaan`);
      const fileOrder = files.csv.map((row) => `${row.scheme} ${row.year}`);
      expectSameNumbers(files, fileOrder.map((key) => seen.get(key)!), region);
      expect(new Set(fileOrder)).toEqual(new Set(expected.map((hook) => `${hook.scheme} ${hook.year}`)));
      expect(html).toContain(`href="/daerah/${region}/penghargaan.csv"`);
      expect(html).toContain(`href="/daerah/${region}/penghargaan.json"`);
    }
    // A region without results has no files and no links.
    expect(existsSync(path.join(dist, 'daerah/kota-prabumulih/index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'daerah/kota-prabumulih/penghargaan.csv'))).toBe(false);
    expect(existsSync(path.join(dist, 'daerah/kota-prabumulih/penghargaan.json'))).toBe(false);
    expect(page('daerah/kota-prabumulih')).not.toContain('data-open-data');
  });

  it('neutralizes formula starters in CSV and keeps JSON as written', () => {
    const files = readData(dist, 'penghargaan/ombudsman/2024');
    const hostile = files.csv.find((row) => row.region === 'kota-lubuklinggau')!;
    expect(hostile.region_name).toBe(`'=HYPERLINK("http://x.example","Lubuklinggau")`);
    const rawas = files.csv.find((row) => row.region === 'musi-rawas')!;
    expect(rawas.decree).toBe(`'@SUM(1+1) Keputusan Uji`);
    expect(files.json.find((row) => row.region === 'kota-lubuklinggau')!.region_name).toBe('=HYPERLINK("http://x.example","Lubuklinggau")');
    expect(files.csvText).toMatch(/\r\n$/);
    expect(files.csvText.replace(/\r\n/g, '')).not.toMatch(/\n/);
    // The links read as words, not run together.
    expect(page('penghargaan/ombudsman/2024')).toMatch(/Unduh data peringkat ini: <a[^>]*>CSV<\/a> · <a[^>]*>JSON<\/a> \(<a href="\/data\/">/);
    expect(hostile.province).toBe('sumatera-selatan');
  });

  it('never names a draft or a scheduled article as a source', () => {
    const files = readData(dist, 'penghargaan/ombudsman/2024');
    expect(files.csv.find((row) => row.region === 'musi-rawas')!.source_url).toBe('');
    expect(files.csv.find((row) => row.region === 'kota-palembang')!.source_url).toBe('');
    expect(files.csv.find((row) => row.region === 'musi-banyuasin')!.source_url).toBe(`${SITE}/berita/muba-2024/`);
    for (const file of listFiles(dist).filter((name) => /\.(csv|json)$/.test(name) && !name.startsWith('pagefind/'))) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      expect(text, file).not.toContain('draf-musi-rawas');
      expect(text, file).not.toContain('terjadwal-palembang');
    }
  });

  it('lists every file on /data/ with the licence and the columns, linked from the footer', () => {
    const html = page('data');
    for (const file of listFiles(dist).filter((name) => /^(penghargaan|daerah)\/.*\.(csv|json)$/.test(name))) expect(html, file).toContain(`href="/${file}"`);
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
    expect(html).toContain('Ombudsman Republik Indonesia');
    for (const field of FIELDS) expect(html).toContain(`<code>${field}</code>`);
    expect(page('')).toContain('href="/data/"');
  });
});
