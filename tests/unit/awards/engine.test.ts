import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { schemeSchema, type SchemeData } from '../../../src/schemas/scheme.ts';
import {
  computeAwards,
  computeGrade,
  decideAwardHistory,
  decideLeaderboard,
  type AwardSource,
  type ComputedAward,
} from '../../../src/model/awards/engine.ts';
import { describeStreak } from '../../../src/model/awards/wording.ts';
import { formatProblem, type ContentProblem } from '../../../src/model/problem.ts';

const root = new URL('../../..', import.meta.url);
function loadScheme(id: string): SchemeData {
  return schemeSchema.parse(parse(readFileSync(new URL(`content/schemes/${id}.yaml`, root), 'utf8')));
}

const ombudsman = loadScheme('ombudsman');
const bpk = loadScheme('bpk-opini');
const sakip = loadScheme('sakip');
const kip = loadScheme('keterbukaan-informasi');
const ipp = loadScheme('indeks-pelayanan-publik');
const schemes = new Map<string, SchemeData>([
  ['ombudsman', ombudsman],
  ['bpk-opini', bpk],
  ['sakip', sakip],
]);

let articleCounter = 0;
/** A claim from an article's front matter. */
function fromArticle(claim: Omit<AwardSource, 'provenance' | 'scheme'> & { scheme?: string }, file?: string, index = 0): AwardSource {
  const name = file ?? `content/articles/artikel-${++articleCounter}.mdx`;
  const slug = name.replace(/^.*\//, '').replace(/\.mdx$/, '');
  return { scheme: 'ombudsman', ...claim, provenance: { kind: 'article', file: name, slug, line: 8, field: `awards[${index}]` } };
}

/** A row of a results table. */
function fromTable(claim: Omit<AwardSource, 'provenance' | 'scheme'> & { scheme?: string }, line = 2): AwardSource {
  const scheme = claim.scheme ?? 'ombudsman';
  return { scheme, ...claim, provenance: { kind: 'table', file: `content/results/${scheme}/${claim.year}.csv`, line } };
}

function find(awards: ComputedAward[], region: string, year: number, scheme = 'ombudsman'): ComputedAward {
  const award = awards.find((a) => a.region === region && a.year === year && a.scheme === scheme);
  if (!award) throw new Error(`no award ${scheme} ${year} ${region}`);
  return award;
}

function onlyProblem(problems: ContentProblem[]): ContentProblem {
  expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
  return problems[0]!;
}

describe('computeGrade: band boundaries at the published decimals', () => {
  it.each([
    [100, 'A', 'Kualitas Tertinggi', 'hijau'],
    [88.0, 'A', 'Kualitas Tertinggi', 'hijau'],
    [87.99, 'B', 'Kualitas Tinggi', 'hijau'],
    [78.0, 'B', 'Kualitas Tinggi', 'hijau'],
    [77.99, 'C', 'Kualitas Sedang', 'kuning'],
    [54.0, 'C', 'Kualitas Sedang', 'kuning'],
    [53.99, 'D', 'Kualitas Rendah', 'merah'],
    [32.0, 'D', 'Kualitas Rendah', 'merah'],
    [31.99, 'E', 'Kualitas Terendah', 'merah'],
    [0, 'E', 'Kualitas Terendah', 'merah'],
  ])('Ombudsman 2024: %s -> %s', (score, grade, label, zone) => {
    expect(computeGrade(ombudsman, 2024, score)).toMatchObject({ ok: true, grade, label, zone });
  });

  it.each([
    [2021, 81.0, 'hijau', 'Kepatuhan Tinggi'],
    [2021, 80.99, 'kuning', 'Kepatuhan Sedang'],
    [2021, 51.0, 'kuning', 'Kepatuhan Sedang'],
    [2021, 50.99, 'merah', 'Kepatuhan Rendah'],
    [2016, 81.0, 'hijau', 'Kepatuhan Tinggi'],
    [2019, 50.99, 'merah', 'Kepatuhan Rendah'],
  ])('Ombudsman %s (zones only): %s -> %s, no grade', (year, score, zone, label) => {
    expect(computeGrade(ombudsman, year, score)).toMatchObject({ ok: true, grade: '', label, zone });
  });

  it.each([
    [100, 'AA'],
    [90.01, 'AA'],
    [90.0, 'A'],
    [80.01, 'A'],
    [80.0, 'BB'],
    [60.01, 'B'],
    [60.0, 'CC'],
    [50.0, 'C'],
    [30.01, 'C'],
    [30.0, 'D'],
    [0, 'D'],
  ])('SAKIP (lower bounds exclusive): %s -> %s', (score, grade) => {
    expect(computeGrade(sakip, 2023, score)).toMatchObject({ ok: true, grade, zone: '' });
  });

  it.each([
    [90, 'Informatif'],
    [89.99, 'Menuju Informatif'],
    [80, 'Menuju Informatif'],
    [79.99, 'Cukup Informatif'],
    [39.99, 'Tidak Informatif'],
  ])('Keterbukaan Informasi: %s -> %s', (score, grade) => {
    expect(computeGrade(kip, 2023, score)).toMatchObject({ ok: true, grade });
  });

  it.each([
    [5, 'A', 'Pelayanan Prima'],
    [4.51, 'A', 'Pelayanan Prima'],
    [4.5, 'A-', 'Sangat Baik'],
    [1.01, 'E', 'Sangat Buruk'],
    [1.0, 'F', 'Gagal'],
    [0, 'F', 'Gagal'],
  ])('Indeks Pelayanan Publik: %s -> %s', (score, grade, label) => {
    expect(computeGrade(ipp, 2023, score)).toMatchObject({ ok: true, grade, label });
  });

  it('reads Indonesian decimal strings', () => {
    expect(computeGrade(ombudsman, 2024, '93,31')).toMatchObject({ ok: true, grade: 'A' });
    expect(computeGrade(ombudsman, 2024, '87,99')).toMatchObject({ ok: true, grade: 'B' });
    expect(computeGrade(ombudsman, 2024, '93.31')).toMatchObject({ ok: true, grade: 'A' });
  });

  it('accepts trailing zeros, which lose nothing', () => {
    expect(computeGrade(ombudsman, 2024, '87,990')).toMatchObject({ ok: true, grade: 'B' });
  });

  it('never rounds: more decimals than published is an error', () => {
    for (const score of [87.995, '87,995', '93,315']) {
      const outcome = computeGrade(ombudsman, 2024, score);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.issue.field).toBe('score');
        expect(outcome.issue.expected).toContain('skor 0-100 dengan paling banyak 2 desimal');
        expect(outcome.issue.expected).toContain('3 desimal');
      }
    }
  });

  it.each([
    [100.01, 'skor 0-100 (skor 100,01 di luar skala 0-100)'],
    [-1, 'skor 0-100 (skor -1 di luar skala 0-100)'],
  ])('rejects %s as outside the scale', (score, expected) => {
    expect(computeGrade(ombudsman, 2024, score)).toMatchObject({ ok: false, issue: { field: 'score', expected } });
  });

  it.each([['seratus'], ['93,31%']])('rejects %s as a score', (score) => {
    const outcome = computeGrade(ombudsman, 2024, score);
    expect(outcome).toMatchObject({ ok: false, issue: { field: 'score', expected: expect.stringContaining('skor 0-100 dengan paling banyak 2 desimal') } });
  });

  it('rejects a year not held and a year outside every edition', () => {
    expect(computeGrade(ombudsman, 2020, 90)).toMatchObject({ ok: false, issue: { field: 'year', expected: expect.stringContaining('tidak diadakan pada 2020') } });
    expect(computeGrade(ombudsman, 2015, 90)).toMatchObject({
      ok: false,
      issue: { field: 'year', expected: 'tahun yang dicakup Ombudsman RI: 2016\u20132019, 2021, 2022\u20132024, 2025 dst.' },
    });
  });

  it('grades category results by code or label, case-insensitively', () => {
    expect(computeGrade(ombudsman, 2025, 'Opini Kualitas Tinggi')).toMatchObject({ ok: true, grade: 'Opini Kualitas Tinggi', zone: 'hijau' });
    expect(computeGrade(bpk, 2021, 'wdp')).toMatchObject({ ok: true, grade: 'WDP', label: 'Wajar Dengan Pengecualian', zone: '' });
    expect(computeGrade(bpk, 2021, 'Wajar Tanpa Pengecualian')).toMatchObject({ ok: true, grade: 'WTP' });
  });

  it('rejects a result that is not a grade, and a score for a category edition', () => {
    expect(computeGrade(bpk, 2021, 'WTPP')).toMatchObject({ ok: false, issue: { field: 'result', expected: expect.stringContaining('WTP, WDP, TW, TMP') } });
    expect(computeGrade(ombudsman, 2025, 91.5)).toMatchObject({ ok: false, issue: { field: 'score', expected: expect.stringContaining('berupa kategori') } });
  });

  it('picks the text colour that contrasts more', () => {
    expect(computeGrade(ombudsman, 2024, 93.31)).toMatchObject({ colour: '#14632e', textColour: '#ffffff' });
    expect(computeGrade(ombudsman, 2024, 60)).toMatchObject({ colour: '#f2c12e', textColour: '#000000' });
  });
});

describe('computeAwards: streaks', () => {
  it('counts a zone-only year: Musi Banyuasin Zona Hijau 2022-2024', () => {
    const { awards, problems } = computeAwards(schemes, [
      fromArticle({ year: 2022, region: 'musi-banyuasin', zone: 'hijau' }),
      fromTable({ year: 2023, region: 'musi-banyuasin', score: 91.72 }),
      fromArticle({ year: 2024, region: 'musi-banyuasin', score: '93,31', grade: 'A', zone: 'hijau' }),
    ]);
    expect(problems).toEqual([]);
    const zoneOnly = find(awards, 'musi-banyuasin', 2022);
    expect(zoneOnly).toMatchObject({ grade: '', label: 'Zona Hijau', zone: 'hijau', score: undefined, scoreText: undefined, rank: undefined, streak: 1 });
    expect(find(awards, 'musi-banyuasin', 2023).streak).toBe(2);
    const latest = find(awards, 'musi-banyuasin', 2024);
    expect(latest).toMatchObject({ streak: 3, grade: 'A', scoreText: '93.31', score: 93.31 });
    expect(describeStreak(latest, ombudsman)).toBe('3 tahun berturut-turut Zona Hijau');
    expect(describeStreak(zoneOnly, ombudsman)).toBeUndefined();
  });

  it('runs across a year not held: Musi Rawas 2019, 2021, 2022, 2023', () => {
    const { awards } = computeAwards(schemes, [
      fromArticle({ year: 2019, region: 'musi-rawas', score: 96.89 }),
      fromArticle({ year: 2021, region: 'musi-rawas', score: 94.06 }),
      fromArticle({ year: 2022, region: 'musi-rawas', score: 90.24 }),
      fromTable({ year: 2023, region: 'musi-rawas', score: 94.95 }),
    ]);
    expect([2019, 2021, 2022, 2023].map((year) => find(awards, 'musi-rawas', year).streak)).toEqual([1, 2, 3, 4]);
    expect(find(awards, 'musi-rawas', 2021).change).toMatchObject({ previousYear: 2019, previousScore: 96.89, delta: -2.83 });
  });

  it('breaks on a zone change: Musi Rawas Utara merah 2021, hijau 2022', () => {
    const { awards } = computeAwards(schemes, [
      fromArticle({ year: 2021, region: 'musi-rawas-utara', score: 42.5 }),
      fromArticle({ year: 2022, region: 'musi-rawas-utara', score: '83,45' }),
      fromArticle({ year: 2023, region: 'musi-rawas-utara', score: 88.62 }),
    ]);
    const muratara2022 = find(awards, 'musi-rawas-utara', 2022);
    expect(find(awards, 'musi-rawas-utara', 2021)).toMatchObject({ zone: 'merah', streak: 1 });
    expect(muratara2022).toMatchObject({ zone: 'hijau', grade: 'B', streak: 1 });
    expect(muratara2022.change).toEqual({ previousYear: 2021, previousScore: 42.5, delta: 40.95, previousZone: 'merah', previousGrade: '' });
    // B -> A stays in Zona Hijau: the streak is about the zone, not the grade.
    expect(find(awards, 'musi-rawas-utara', 2023)).toMatchObject({ grade: 'A', streak: 2 });
  });

  it('breaks on a missing year', () => {
    const { awards } = computeAwards(schemes, [
      fromArticle({ year: 2019, region: 'lahat', score: 95.89 }),
      fromTable({ year: 2023, region: 'lahat', score: 80.58 }),
    ]);
    const lahat2023 = find(awards, 'lahat', 2023);
    expect(lahat2023.streak).toBe(1);
    // The change still reaches back to the previous known result.
    expect(lahat2023.change).toMatchObject({ previousYear: 2019, previousScore: 95.89, delta: -15.31, previousZone: 'hijau' });
  });

  it('runs from the scored 2024 edition into the 2025 category edition by zone', () => {
    const { awards } = computeAwards(schemes, [
      fromTable({ year: 2024, region: 'musi-banyuasin', score: 93.31 }),
      fromArticle({ year: 2025, region: 'musi-banyuasin', result: 'Opini Kualitas Tinggi' }),
    ]);
    const opini = find(awards, 'musi-banyuasin', 2025);
    expect(opini).toMatchObject({ kind: 'category', result: 'Opini Kualitas Tinggi', grade: 'Opini Kualitas Tinggi', zone: 'hijau', streak: 2, score: undefined, rank: undefined });
    expect(opini.change).toEqual({ previousYear: 2024, previousScore: 93.31, delta: undefined, previousZone: 'hijau', previousGrade: 'A' });
  });

  it('uses the same grade where the scheme has no zones: BPK WTP streak, then WDP', () => {
    const sources = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020].map((year) => fromArticle({ scheme: 'bpk-opini', year, region: 'musi-banyuasin', result: 'WTP' }));
    sources.push(fromArticle({ scheme: 'bpk-opini', year: 2021, region: 'musi-banyuasin', result: 'WDP' }));
    const { awards, problems } = computeAwards(schemes, sources);
    expect(problems).toEqual([]);
    const wtp2020 = find(awards, 'musi-banyuasin', 2020, 'bpk-opini');
    expect(wtp2020.streak).toBe(8);
    expect(describeStreak(wtp2020, bpk)).toBe('8 tahun berturut-turut WTP');
    expect(find(awards, 'musi-banyuasin', 2021, 'bpk-opini')).toMatchObject({ streak: 1, zone: '', change: { previousYear: 2020, previousGrade: 'WTP', previousZone: '' } });
  });

  it('honours a scheme streakLabel', () => {
    const custom: SchemeData = { ...bpk, streakLabel: 'Opini {name} {n} kali berturut-turut' };
    const { awards } = computeAwards(new Map([['bpk-opini', custom]]), [
      fromArticle({ scheme: 'bpk-opini', year: 2019, region: 'muba', result: 'WTP' }),
      fromArticle({ scheme: 'bpk-opini', year: 2020, region: 'muba', result: 'WTP' }),
    ]);
    expect(describeStreak(find(awards, 'muba', 2020, 'bpk-opini'), custom)).toBe('Opini WTP 2 kali berturut-turut');
  });
});

describe('computeAwards: change and rank', () => {
  it('computes the change since the previous assessment', () => {
    const { awards } = computeAwards(schemes, [
      fromTable({ year: 2023, region: 'musi-banyuasin', score: 91.72 }),
      fromTable({ year: 2024, region: 'musi-banyuasin', score: 93.31 }),
    ]);
    expect(find(awards, 'musi-banyuasin', 2023).change).toBeUndefined();
    expect(find(awards, 'musi-banyuasin', 2024).change).toEqual({ previousYear: 2023, previousScore: 91.72, delta: 1.59, previousZone: 'hijau', previousGrade: 'A' });
  });

  it('ranks scores, ties share a position, zone-only results are unranked', () => {
    const { awards } = computeAwards(schemes, [
      fromTable({ year: 2024, region: 'a', score: 90 }, 2),
      fromTable({ year: 2024, region: 'b', score: '90,00' }, 3),
      fromTable({ year: 2024, region: 'c', score: 85 }, 4),
      fromTable({ year: 2024, region: 'd', score: 97.5 }, 5),
      fromArticle({ year: 2024, region: 'e', zone: 'hijau' }),
      fromTable({ year: 2023, region: 'a', score: 10 }, 2),
    ]);
    expect(['d', 'a', 'b', 'c'].map((region) => find(awards, region, 2024).rank)).toEqual([
      { position: 1, of: 4 },
      { position: 2, of: 4 },
      { position: 2, of: 4 },
      { position: 4, of: 4 },
    ]);
    expect(find(awards, 'e', 2024).rank).toBeUndefined();
    expect(find(awards, 'a', 2023).rank).toEqual({ position: 1, of: 1 });
    expect(decideLeaderboard(awards, 'ombudsman', 2024).map((award) => award.region)).toEqual(['d', 'a', 'b', 'c', 'e']);
  });

  it('orders unranked leaderboard rows best grade first', () => {
    const { awards } = computeAwards(schemes, [
      fromArticle({ scheme: 'bpk-opini', year: 2021, region: 'x', result: 'TMP' }),
      fromArticle({ scheme: 'bpk-opini', year: 2021, region: 'y', result: 'WTP' }),
      fromArticle({ scheme: 'bpk-opini', year: 2021, region: 'z', result: 'WDP' }),
    ]);
    expect(decideLeaderboard(awards, 'bpk-opini', 2021).map((award) => award.result)).toEqual(['WTP', 'WDP', 'TMP']);
  });

  it('lists a region history by scheme, then year', () => {
    const { awards } = computeAwards(schemes, [
      fromTable({ year: 2024, region: 'musi-banyuasin', score: 93.31 }),
      fromArticle({ scheme: 'bpk-opini', year: 2021, region: 'musi-banyuasin', result: 'WDP' }),
      fromTable({ year: 2023, region: 'musi-banyuasin', score: 91.72 }),
      fromTable({ year: 2023, region: 'lahat', score: 80.58 }),
    ]);
    expect(decideAwardHistory(awards, 'musi-banyuasin').map((a) => `${a.scheme} ${a.year}`)).toEqual(['bpk-opini 2021', 'ombudsman 2023', 'ombudsman 2024']);
  });
});

describe('computeAwards: merging sources', () => {
  it('merges agreeing sources, keeping every provenance', () => {
    const article = 'content/articles/2024/muba-zona-hijau.mdx';
    const { awards, problems } = computeAwards(schemes, [
      fromTable({ year: 2024, region: 'musi-banyuasin', score: 93.31 }, 9),
      fromArticle({ year: 2024, region: 'musi-banyuasin', score: '93,31', decree: 'Keputusan Ketua Ombudsman RI Nomor 252 Tahun 2024' }, article),
      fromArticle({ year: 2024, region: 'musi-banyuasin', zone: 'hijau' }),
      fromArticle({ year: 2024, region: 'musi-banyuasin', grade: 'a' }),
    ]);
    expect(problems).toEqual([]);
    expect(awards).toHaveLength(1);
    const award = awards[0]!;
    expect(award).toMatchObject({ grade: 'A', zone: 'hijau', scoreText: '93.31', decree: 'Keputusan Ketua Ombudsman RI Nomor 252 Tahun 2024' });
    expect(award.sources.map((source) => source.file)).toContain(article);
    expect(award.sources).toHaveLength(4);
  });

  it('a grade-only claim gives the grade without a score', () => {
    const { awards } = computeAwards(schemes, [fromArticle({ year: 2023, region: 'musi-banyuasin', grade: 'A' })]);
    expect(awards[0]).toMatchObject({ grade: 'A', label: 'Kualitas Tertinggi', zone: 'hijau', score: undefined, rank: undefined });
  });

  it('a zone that names one band gives its label (Ombudsman 2016-2021)', () => {
    const { awards } = computeAwards(schemes, [fromArticle({ year: 2021, region: 'x', zone: 'kuning' })]);
    expect(awards[0]).toMatchObject({ grade: '', label: 'Kepatuhan Sedang', zone: 'kuning' });
  });

  it('fails on disagreeing scores, naming both files', () => {
    const article = 'content/articles/2024/muba-salah-ketik.mdx';
    const { awards, problems } = computeAwards(schemes, [
      fromTable({ year: 2024, region: 'musi-banyuasin', score: 93.31 }, 9),
      fromArticle({ year: 2024, region: 'musi-banyuasin', score: '93,13' }, article),
    ]);
    expect(awards).toEqual([]);
    expect(problems).toHaveLength(2);
    const inArticle = problems.find((problem) => problem.file === article)!;
    expect(inArticle).toMatchObject({ field: 'awards[0].score', value: 'skor 93.13, grade A, zona hijau', related: ['content/results/ombudsman/2024.csv'] });
    expect(inArticle.expected).toContain('content/results/ombudsman/2024.csv:9: skor 93.31');
    const inTable = problems.find((problem) => problem.file === 'content/results/ombudsman/2024.csv')!;
    expect(inTable).toMatchObject({ line: 9, field: 'score', related: [article] });
  });

  it('names every disagreeing file, and leaves agreeing ones alone', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => `content/articles/${name}.mdx`);
    const { problems } = computeAwards(schemes, [
      fromArticle({ year: 2024, region: 'belu', score: 83.33 }, a),
      fromArticle({ year: 2024, region: 'belu', score: 83.33 }, b),
      fromArticle({ year: 2024, region: 'belu', zone: 'kuning' }, c),
      fromArticle({ year: 2024, region: 'belu', score: 83.33, grade: 'B' }, d),
    ]);
    expect(problems.map((problem) => problem.file).sort()).toEqual([a, b, c, d]);
    expect(problems.find((problem) => problem.file === c)).toMatchObject({ field: 'awards[0].zone', related: [a, b, d] });
    expect(problems.find((problem) => problem.file === a)!.related).toEqual([c]);
  });

  it('a zone-only claim that fits the score agrees; one that does not, fails', () => {
    expect(
      computeAwards(schemes, [fromTable({ year: 2024, region: 'kota-tual', score: 79.31 }), fromArticle({ year: 2024, region: 'kota-tual', zone: 'hijau' })]).problems,
    ).toEqual([]);
    const { problems } = computeAwards(schemes, [fromTable({ year: 2024, region: 'kota-tual', score: 79.31 }), fromArticle({ year: 2024, region: 'kota-tual', zone: 'kuning' })]);
    expect(problems).toHaveLength(2);
  });

  it('fails on disagreeing decrees', () => {
    const { problems } = computeAwards(schemes, [
      fromArticle({ year: 2024, region: 'musi-banyuasin', score: 93.31, decree: 'Keputusan Ketua Ombudsman RI Nomor 252 Tahun 2024' }, 'content/articles/x.mdx'),
      fromArticle({ year: 2024, region: 'musi-banyuasin', score: 93.31, decree: 'Keputusan Ketua Ombudsman RI Nomor 525 Tahun 2024' }, 'content/articles/y.mdx'),
    ]);
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/articles/x.mdx', 'awards[0].decree'],
      ['content/articles/y.mdx', 'awards[0].decree'],
    ]);
  });

  it('disagreeing categories name the result field', () => {
    const { problems } = computeAwards(schemes, [
      fromArticle({ scheme: 'bpk-opini', year: 2021, region: 'musi-banyuasin', result: 'WDP' }, 'content/articles/x.mdx'),
      fromArticle({ scheme: 'bpk-opini', year: 2021, region: 'musi-banyuasin', result: 'WTP' }, 'content/articles/y.mdx', 2),
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(['awards[0].result', 'awards[2].result']);
  });
});

describe('computeAwards: bad claims', () => {
  const file = 'content/articles/2024/berita.mdx';
  const check = (claim: Parameters<typeof fromArticle>[0]) => {
    const { awards, problems } = computeAwards(schemes, [fromArticle(claim, file, 1)]);
    expect(awards).toEqual([]);
    const problem = onlyProblem(problems);
    expect(problem.file).toBe(file);
    expect(problem.line).toBe(8);
    return problem;
  };

  it('claimed grade differs from the computed one', () => {
    expect(check({ year: 2024, region: 'musi-banyuasin', score: 93.31, grade: 'B' })).toMatchObject({
      field: 'awards[1].grade',
      value: '"B"',
      expected: 'A: skor 93.31 termasuk A "Kualitas Tertinggi" pada Ombudsman RI 2022\u20132024',
    });
  });

  it('claimed zone differs from the computed one', () => {
    expect(check({ year: 2021, region: 'x', score: 80.99, zone: 'hijau' })).toMatchObject({ field: 'awards[1].zone', value: '"hijau"', expected: expect.stringMatching(/^kuning: skor 80\.99/) });
  });

  it('score outside the scale or with too many decimals', () => {
    expect(check({ year: 2024, region: 'x', score: 100.5 })).toMatchObject({ field: 'awards[1].score', expected: 'skor 0-100 (skor 100,5 di luar skala 0-100)' });
    expect(check({ year: 2024, region: 'x', score: '87,995' })).toMatchObject({ field: 'awards[1].score', value: '"87,995"', expected: expect.stringContaining('paling banyak 2 desimal') });
  });

  it('year not covered or not held', () => {
    expect(check({ year: 2012, region: 'x', score: 90 })).toMatchObject({ field: 'awards[1].year', value: '2012' });
    expect(check({ year: 2020, region: 'x', zone: 'hijau' })).toMatchObject({ field: 'awards[1].year', expected: expect.stringContaining('tidak diadakan') });
  });

  it('category result not among the grades', () => {
    expect(check({ scheme: 'bpk-opini', year: 2021, region: 'x', result: 'Wajar' })).toMatchObject({ field: 'awards[1].result', expected: expect.stringContaining('WTP, WDP, TW, TMP') });
  });

  it('unknown scheme', () => {
    expect(check({ scheme: 'adipura', year: 2022, region: 'x', result: 'Adipura' })).toMatchObject({
      field: 'awards[1].scheme',
      value: '"adipura"',
      expected: 'id skema di content/schemes/: bpk-opini, ombudsman, sakip',
    });
  });

  it('score for a category edition, result for a scored one', () => {
    expect(check({ year: 2025, region: 'x', score: 91.2 })).toMatchObject({ field: 'awards[1].score', expected: expect.stringContaining('Opini Kualitas Tertinggi') });
    expect(check({ year: 2024, region: 'x', result: 'A' })).toMatchObject({ field: 'awards[1].result', expected: expect.stringContaining('berupa skor') });
  });

  it('grade for a zones-only edition, zone for a scheme without zones', () => {
    expect(check({ year: 2019, region: 'x', grade: 'A' })).toMatchObject({ field: 'awards[1].grade', expected: expect.stringContaining('hanya mengumumkan zona') });
    expect(check({ scheme: 'bpk-opini', year: 2021, region: 'x', result: 'WTP', zone: 'hijau' })).toMatchObject({ field: 'awards[1].zone' });
  });

  it('unknown region when the caller passes the region ids', () => {
    const { problems } = computeAwards(schemes, [fromTable({ year: 2024, region: 'kabupaten-antah', score: 90 }, 7)], { regions: new Set(['musi-banyuasin']) });
    expect(onlyProblem(problems)).toMatchObject({ file: 'content/results/ombudsman/2024.csv', line: 7, field: 'region' });
  });

  it('reports problems one line each, in Indonesian', () => {
    const problem = check({ year: 2024, region: 'x', score: 87.995 });
    expect(formatProblem(problem)).toBe(
      'content/articles/2024/berita.mdx:8 awards[1].score: ditemukan 87.995; diharapkan: skor 0-100 dengan paling banyak 2 desimal; ditemukan 3 desimal, salin persis dari keputusan tanpa pembulatan',
    );
  });
});

describe('performance', () => {
  it('handles 30,000 sources quickly', () => {
    const sources: AwardSource[] = [];
    for (let r = 0; r < 600; r++) {
      for (let year = 2016; year <= 2024; year++) {
        if (year === 2020) continue;
        const score = ((r * 37 + year * 11) % 10000) / 100;
        sources.push(fromTable({ year, region: `daerah-${r}`, score }, r + 2));
        sources.push(fromArticle({ year, region: `daerah-${r}`, score: String(score).replace('.', ',') }));
        if (r % 2 === 0) sources.push(fromArticle({ year, region: `daerah-${r}`, score }));
      }
    }
    const started = performance.now();
    const { awards, problems } = computeAwards(schemes, sources);
    const elapsed = performance.now() - started;
    expect(problems).toEqual([]);
    expect(awards).toHaveLength(600 * 8);
    expect(elapsed).toBeLessThan(2000);
  });
});
