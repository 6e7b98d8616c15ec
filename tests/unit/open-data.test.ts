import { describe, expect, it } from 'vitest';
import {
  decideDataset,
  decideOpenDataRows,
  neutralizeFormula,
  openDataCsv,
  openDataJson,
  OPEN_DATA_FIELDS,
  quoteCsvField,
  toCsv,
  type OpenDataRegion,
  type OpenDataSource,
} from '../../src/model/open-data.ts';
import { serializeJsonLd } from '../../src/utils/json-ld.ts';
import { article, computeSample, findAward, tableRow } from './awards/fixtures.ts';
import { readCsv } from './csv-read.ts';
import type { ComputedAward } from '../../src/model/awards/engine.ts';

const NOW = new Date('2026-11-30T00:00:00Z');
const regions = new Map<string, OpenDataRegion>([
  ['musi-banyuasin', { id: 'musi-banyuasin', name: 'Kabupaten Musi Banyuasin', type: 'kabupaten', province: 'sumatera-selatan', code: '16.06' }],
  ['sumatera-selatan', { id: 'sumatera-selatan', name: 'Provinsi Sumatera Selatan', type: 'provinsi', code: '16' }],
  ['maluku', { id: 'maluku', name: 'Provinsi Maluku', type: 'provinsi' }],
  ['kepulauan-tanimbar', { id: 'kepulauan-tanimbar', name: '=HYPERLINK("http://evil.example","klik")', type: 'kabupaten', province: 'maluku' }],
]);

const awards = computeSample([
  article('muba-2024', { scheme: 'ombudsman', year: 2024, region: 'musi-banyuasin', score: 93.31, decree: '-Keputusan, "Nomor 252" Tahun 2024' }),
  tableRow({ scheme: 'ombudsman', year: 2024, region: 'kepulauan-tanimbar', score: '50.47', zone: 'merah' }, 4),
  tableRow({ scheme: 'ombudsman', year: 2024, region: 'maluku', score: '72.40' }, 5),
  article('draf-maluku', { scheme: 'ombudsman', year: 2024, region: 'maluku', score: '72.40' }),
  article('wdp-2021', { scheme: 'bpk-opini', year: 2021, region: 'musi-banyuasin', result: 'WDP' }),
]);

const sources = new Map<string, OpenDataSource>([
  ['musi-banyuasin 2024', { url: 'https://warta.example/berita/muba-2024/', draft: false, date: new Date('2024-11-14T03:00:00Z') }],
  // A draft and a scheduled article: never linked, whoever hands them in.
  ['maluku 2024', { url: 'https://warta.example/berita/draf-maluku/', draft: true, date: new Date('2024-11-14T03:00:00Z') }],
  ['musi-banyuasin 2021', { url: 'https://warta.example/berita/wdp-2021/', draft: false, date: new Date('2027-01-01T00:00:00Z') }],
]);
const input = { regions, now: NOW, sourceOf: (award: ComputedAward) => sources.get(`${award.region} ${award.year}`) };

describe('decideOpenDataRows', () => {
  it('gives every field of a result, province and official code included', () => {
    const [row] = decideOpenDataRows([findAward(awards, 'musi-banyuasin', 2024)], input);
    expect(row).toEqual({
      region: 'musi-banyuasin',
      region_name: 'Kabupaten Musi Banyuasin',
      region_code: '16.06',
      province: 'sumatera-selatan',
      scheme: 'ombudsman',
      year: 2024,
      score: '93.31',
      grade: 'A',
      zone: 'hijau',
      decree: '-Keputusan, "Nomor 252" Tahun 2024',
      source_url: 'https://warta.example/berita/muba-2024/',
    });
  });

  it('keeps the published decimals, a province is its own province, a missing code is empty', () => {
    const [row] = decideOpenDataRows([findAward(awards, 'maluku', 2024)], input);
    expect(row).toMatchObject({ score: '72.40', province: 'maluku', region_code: '' });
  });

  it('never links a draft or a scheduled article', () => {
    const rows = decideOpenDataRows([findAward(awards, 'maluku', 2024), findAward(awards, 'musi-banyuasin', 2021, 'bpk-opini')], input);
    expect(rows.map((row) => row.source_url)).toEqual(['', '']);
  });

  it('has no score for a category result, its grade is the result', () => {
    const [row] = decideOpenDataRows([findAward(awards, 'musi-banyuasin', 2021, 'bpk-opini')], input);
    expect(row).toMatchObject({ score: '', grade: 'WDP', zone: '' });
  });

  it('keeps the list order', () => {
    const list = [findAward(awards, 'maluku', 2024), findAward(awards, 'musi-banyuasin', 2024)];
    expect(decideOpenDataRows(list, input).map((row) => row.region)).toEqual(['maluku', 'musi-banyuasin']);
  });
});

describe('CSV', () => {
  it('neutralizes formula starters and nothing else', () => {
    for (const cell of ['=1+1', '+62', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['93.31', 'Kabupaten Musi Banyuasin', '', ' =x', "'a"]) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('quotes per RFC 4180', () => {
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('a\nb')).toBe('"a\nb"');
    expect(quoteCsvField('a\rb')).toBe('"a\rb"');
    expect(quoteCsvField('plain')).toBe('plain');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });

  it('round-trips line breaks, quotes and commas inside cells', () => {
    const cells = ['baris\r\nbaru', 'a "b", c', '@x', 'biasa'];
    expect(readCsv(toCsv(['h1', 'h2', 'h3', 'h4'], [cells]).slice(1))).toEqual([['h1', 'h2', 'h3', 'h4'], ['baris\r\nbaru', 'a "b", c', "'@x", 'biasa']]);
  });

  it('writes hostile names and decrees so a strict reader gets them back, formula-safe', () => {
    const rows = decideOpenDataRows(awards.filter((award) => award.year === 2024), input);
    const csv = openDataCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = readCsv(csv.slice(1));
    expect(records[0]).toEqual(OPEN_DATA_FIELDS.map((field) => field.name));
    expect(records).toHaveLength(rows.length + 1);
    for (const record of records) expect(record).toHaveLength(OPEN_DATA_FIELDS.length);
    const col = (name: string) => records[0]!.indexOf(name);
    const byRegion = new Map(records.slice(1).map((record) => [record[col('region')]!, record]));
    expect(byRegion.get('kepulauan-tanimbar')![col('region_name')]).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(byRegion.get('musi-banyuasin')![col('decree')]).toBe(`'-Keputusan, "Nomor 252" Tahun 2024`);
    // Numbers are untouched: scores are 0-100, never a formula starter.
    expect(byRegion.get('kepulauan-tanimbar')![col('score')]).toBe('50.47');
    expect(byRegion.get('maluku')![col('score')]).toBe('72.40');
    // No cell a spreadsheet would run.
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('JSON', () => {
  it('carries the same rows unescaped, empty fields as null, year a number, score as published text', () => {
    const rows = decideOpenDataRows(awards.filter((award) => award.year === 2024), input);
    const meta = { title: 'Hasil', page: 'https://warta.example/penghargaan/ombudsman/2024/', documentation: 'https://warta.example/data/', license: 'https://creativecommons.org/licenses/by/4.0/', publisher: 'Warta Prestasi', sources: ['Ombudsman Republik Indonesia'] };
    const text = openDataJson(meta, rows);
    const data = JSON.parse(text);
    expect(data.fields).toEqual(OPEN_DATA_FIELDS.map((field) => field.name));
    expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    const tanimbar = data.rows.find((row: { region: string }) => row.region === 'kepulauan-tanimbar');
    expect(tanimbar).toMatchObject({ region_name: '=HYPERLINK("http://evil.example","klik")', score: '50.47', year: 2024, zone: 'merah', source_url: null, region_code: null });
    expect(data.rows.find((row: { region: string }) => row.region === 'maluku').score).toBe('72.40');
    expect(openDataJson(meta, rows)).toBe(text);
  });
});

describe('decideDataset', () => {
  it('is a schema.org Dataset with CSV and JSON downloads, licence and creator, safe in a script element', () => {
    const dataset = decideDataset({
      name: 'Hasil Ombudsman RI 2024 </script><script>alert(1)</script>',
      description: 'd',
      url: 'https://warta.example/penghargaan/ombudsman/2024/',
      csvUrl: 'https://warta.example/penghargaan/ombudsman/2024.csv',
      jsonUrl: 'https://warta.example/penghargaan/ombudsman/2024.json',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { name: 'Warta Prestasi', url: 'https://warta.example/' },
      sources: ['Ombudsman Republik Indonesia'],
      year: 2024,
      keywords: ['Ombudsman RI'],
    });
    expect(dataset).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: 'Warta Prestasi', url: 'https://warta.example/' },
      temporalCoverage: '2024',
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://warta.example/penghargaan/ombudsman/2024.csv' },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://warta.example/penghargaan/ombudsman/2024.json' },
      ],
    });
    const text = serializeJsonLd(dataset);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(dataset);
  });
});
