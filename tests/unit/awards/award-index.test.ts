import { describe, expect, it } from 'vitest';
import { decideSourceArticle, indexAwards, type IndexedArticle } from '../../../src/model/awards/award-index.ts';
import { article, computeSample, findAward, MUBA_SOURCES, tableRow } from './fixtures.ts';

const day = (text: string) => new Date(`${text}T10:00:00+07:00`);
const articles: IndexedArticle[] = [
  { slug: 'kilas-balik-2019', region: 'sumatera-selatan', date: day('2024-03-01'), awards: [{ scheme: 'ombudsman', year: 2019, region: 'musi-banyuasin' }] },
  { slug: 'muba-2022', region: 'musi-banyuasin', date: day('2023-02-01'), awards: [{ scheme: 'ombudsman', year: 2022 }] },
  { slug: 'muba-2023', region: 'musi-banyuasin', date: day('2023-12-15'), awards: [{ scheme: 'ombudsman', year: 2023 }] },
  {
    slug: 'muba-2024',
    region: 'musi-banyuasin',
    date: day('2024-11-14'),
    awards: [
      { scheme: 'ombudsman', year: 2024 },
      { scheme: 'ombudsman', year: 2024, region: 'musi-banyuasin' },
      { scheme: 'bpk-opini', year: 2021 },
    ],
  },
  { slug: 'muba-2025', region: 'musi-banyuasin', date: day('2026-01-29'), awards: [{ scheme: 'ombudsman', year: 2025 }] },
  { slug: 'wdp-2021', region: 'musi-banyuasin', date: day('2023-03-20'), awards: [{ scheme: 'bpk-opini', year: 2021 }] },
];
const awards = computeSample();
const index = indexAwards(awards, articles);

describe('indexAwards', () => {
  it('lists an article\u2019s awards in the order it claims them, once each, region defaulting to the article\u2019s', () => {
    expect(index.forArticle('muba-2024').map((award) => `${award.scheme} ${award.year} ${award.region}`)).toEqual([
      'ombudsman 2024 musi-banyuasin',
      'bpk-opini 2021 musi-banyuasin',
    ]);
    expect(index.forArticle('kilas-balik-2019').map((award) => award.region)).toEqual(['musi-banyuasin']);
    expect(index.forArticle('tidak-ada')).toEqual([]);
  });

  it('orders a leaderboard by rank and a history by scheme then year', () => {
    expect(index.byEdition.get('ombudsman/2024')!.map((award) => [award.region, award.rank?.position])).toEqual([
      ['sulawesi-utara', 1],
      ['musi-banyuasin', 2],
      ['maluku', 3],
      ['kepulauan-tanimbar', 4],
    ]);
    expect(index.byRegion.get('musi-banyuasin')!.map((award) => `${award.scheme} ${award.year}`)).toEqual([
      'bpk-opini 2021',
      'ombudsman 2019',
      'ombudsman 2022',
      'ombudsman 2023',
      'ombudsman 2024',
      'ombudsman 2025',
    ]);
    expect(index.yearsByScheme.get('ombudsman')).toEqual([2019, 2022, 2023, 2024, 2025]);
    expect(index.yearsByScheme.get('bpk-opini')).toEqual([2021]);
  });

  it('finds a region\u2019s latest award', () => {
    expect(index.latest('musi-banyuasin')).toMatchObject({ scheme: 'ombudsman', year: 2025 });
    expect(index.latest('maluku')).toMatchObject({ scheme: 'ombudsman', year: 2024 });
    expect(index.latest('tidak-ada')).toBeUndefined();
  });
});

describe('decideSourceArticle: which article a leaderboard row links', () => {
  const map = new Map(articles.map((a) => [a.slug, a]));

  it('links the published article that reports the result', () => {
    expect(index.sourceArticle(findAward(awards, 'musi-banyuasin', 2024))).toBe('muba-2024');
    expect(index.sourceArticle(findAward(awards, 'musi-banyuasin', 2023))).toBe('muba-2023');
  });

  it('links nothing for a result known only from a results table', () => {
    expect(index.sourceArticle(findAward(awards, 'sulawesi-utara', 2024))).toBeUndefined();
  });

  it('prefers an article about the region itself, then the earliest report', () => {
    const withRecap = computeSample([
      ...MUBA_SOURCES,
      article('rekap-sumsel', { scheme: 'ombudsman', year: 2023, region: 'musi-banyuasin', score: 91.72 }),
      article('muba-lagi', { scheme: 'ombudsman', year: 2023, region: 'musi-banyuasin', score: 91.72 }),
    ]);
    const award = findAward(withRecap, 'musi-banyuasin', 2023);
    const recap: IndexedArticle = { slug: 'rekap-sumsel', region: 'sumatera-selatan', date: day('2023-12-01'), awards: [] };
    const later: IndexedArticle = { slug: 'muba-lagi', region: 'musi-banyuasin', date: day('2024-01-10'), awards: [] };
    expect(decideSourceArticle(award, new Map([...map, [recap.slug, recap], [later.slug, later]]))).toBe('muba-2023');
    expect(decideSourceArticle(award, new Map([[recap.slug, recap], [later.slug, later]]))).toBe('muba-lagi');
    expect(decideSourceArticle(award, new Map([[recap.slug, recap]]))).toBe('rekap-sumsel');
  });

  it('ignores articles that are not published (not in the list)', () => {
    const award = findAward(computeSample([...MUBA_SOURCES, tableRow({ scheme: 'ombudsman', year: 2025, region: 'maluku', result: 'Opini Kualitas Sedang' })]), 'musi-banyuasin', 2024);
    expect(decideSourceArticle(award, new Map())).toBeUndefined();
  });
});
