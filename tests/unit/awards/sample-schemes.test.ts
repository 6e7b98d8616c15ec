import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { schemeSchema, type SchemeData } from '../../../src/schemas/scheme.ts';
import { computeAwards, type AwardSource } from '../../../src/model/awards/engine.ts';
import { parseResultsTable, parseResultsTablePath } from '../../../src/model/awards/results-table.ts';
import { describeStreak } from '../../../src/model/awards/wording.ts';
import { formatProblem, type ContentProblem } from '../../../src/model/problem.ts';

const root = new URL('../../..', import.meta.url);
const schemeFiles = readdirSync(new URL('content/schemes/', root)).filter((name) => name.endsWith('.yaml')).sort();

function listTables(): string[] {
  const base = new URL('content/results/', root);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.csv'))
    .map((name) => `content/results/${name.replace(/\\/g, '/')}`)
    .sort();
}

function loadSchemes(): Map<string, SchemeData> {
  return new Map(schemeFiles.map((name) => [name.replace(/\.yaml$/, ''), schemeSchema.parse(parse(readFileSync(new URL(`content/schemes/${name}`, root), 'utf8')))]));
}

function loadTables(): { sources: AwardSource[]; problems: ContentProblem[] } {
  const sources: AwardSource[] = [];
  const problems: ContentProblem[] = [];
  for (const file of listTables()) {
    const where = parseResultsTablePath(file);
    expect(where, `${file} is content/results/<scheme>/<year>.csv`).not.toBeNull();
    const table = parseResultsTable(readFileSync(new URL(file, root), 'utf8'), file, where!.scheme, where!.year);
    sources.push(...table.sources);
    problems.push(...table.problems);
  }
  return { sources, problems };
}

describe('sample schemes', () => {
  it('ships the contract schemes', () => {
    expect(schemeFiles).toEqual(expect.arrayContaining(['ombudsman.yaml', 'bpk-opini.yaml', 'sakip.yaml', 'keterbukaan-informasi.yaml', 'indeks-pelayanan-publik.yaml']));
  });

  it.each(schemeFiles)('%s validates', (name) => {
    const result = schemeSchema.safeParse(parse(readFileSync(new URL(`content/schemes/${name}`, root), 'utf8')));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
  });

  // No per-colour AA test here: the text colour is computed from the band
  // colour, and the sweep in scheme-schema.test.ts proves that rule meets AA
  // for every colour, so a check over the sample colours could never fail.

  it('models the Ombudsman editions of the contract', () => {
    const ombudsman = loadSchemes().get('ombudsman')!;
    expect(ombudsman.notHeld).toEqual([2020]);
    expect(ombudsman.scale).toEqual({ min: 0, max: 100, decimals: 2 });
    expect(ombudsman.editions.map((edition) => [edition.from, edition.to, edition.kind])).toEqual([
      [2016, 2019, 'scored'],
      [2021, 2021, 'scored'],
      [2022, 2024, 'scored'],
      [2025, undefined, 'category'],
    ]);
    expect(ombudsman.editions[3]!.grades!.map((grade) => `${grade.grade}:${grade.zone}`)).toEqual([
      'Opini Kualitas Tertinggi:hijau',
      'Opini Kualitas Tinggi:hijau',
      'Opini Kualitas Sedang:kuning',
      'Opini Kualitas Rendah:merah',
      'Opini Kualitas Terendah:merah',
    ]);
  });
});

describe('sample results tables', () => {
  it('parse and compute without problems', () => {
    const tables = loadTables();
    expect(listTables()).toEqual(expect.arrayContaining(['content/results/ombudsman/2023.csv', 'content/results/ombudsman/2024.csv']));
    const { awards, problems } = computeAwards(loadSchemes(), tables.sources);
    expect([...tables.problems, ...problems].map(formatProblem)).toEqual([]);
    expect(awards.length).toBe(tables.sources.length);
  });

  it('name only regions that exist, once the region files are there', () => {
    const dir = new URL('content/regions/', root);
    const regions = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, '')) : [];
    if (regions.length === 0) return;
    const { problems } = computeAwards(loadSchemes(), loadTables().sources, { regions: new Set(regions) });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('give Musi Banyuasin its 2023 and 2024 results', () => {
    const schemes = loadSchemes();
    const { awards } = computeAwards(schemes, [
      ...loadTables().sources,
      { scheme: 'ombudsman', year: 2022, region: 'musi-banyuasin', zone: 'hijau', provenance: { kind: 'article', file: 'content/articles/contoh.mdx', slug: 'contoh', field: 'awards[0]' } },
    ]);
    const muba2023 = awards.find((award) => award.region === 'musi-banyuasin' && award.year === 2023)!;
    const muba2024 = awards.find((award) => award.region === 'musi-banyuasin' && award.year === 2024)!;
    expect(muba2023).toMatchObject({ scoreText: '91.72', grade: 'A', zone: 'hijau', rank: { position: 4, of: 18 } });
    expect(muba2024).toMatchObject({ scoreText: '93.31', grade: 'A', label: 'Kualitas Tertinggi', zone: 'hijau', streak: 3, change: { previousYear: 2023, delta: 1.59 } });
    expect(describeStreak(muba2024, schemes.get('ombudsman')!)).toBe('3 tahun berturut-turut Zona Hijau');
  });
});
