/** Sample schemes and a small set of sources for the award rendering tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { schemeSchema, type SchemeData } from '../../../src/schemas/scheme.ts';
import { computeAwards, type AwardSource, type ComputedAward } from '../../../src/model/awards/engine.ts';

const root = new URL('../../..', import.meta.url);

export function loadScheme(id: string): SchemeData {
  return schemeSchema.parse(parse(readFileSync(new URL(`content/schemes/${id}.yaml`, root), 'utf8')));
}

export const SCHEMES = new Map<string, SchemeData>(
  ['ombudsman', 'bpk-opini', 'keterbukaan-informasi', 'sakip', 'indeks-pelayanan-publik'].map((id) => [id, loadScheme(id)]),
);
export const ombudsman = SCHEMES.get('ombudsman')!;
export const bpk = SCHEMES.get('bpk-opini')!;

export function article(slug: string, claim: Omit<AwardSource, 'provenance'>, index = 0): AwardSource {
  return { ...claim, provenance: { kind: 'article', file: `content/articles/${slug}.mdx`, slug, line: 12, field: `awards[${index}]` } };
}

export function tableRow(claim: Omit<AwardSource, 'provenance'>, line = 3): AwardSource {
  return { ...claim, provenance: { kind: 'table', file: `content/results/${claim.scheme}/${claim.year}.csv`, line } };
}

/** Musi Banyuasin's record as the sample content tells it, plus a few 2024 neighbours. */
export const MUBA_SOURCES: AwardSource[] = [
  article('kilas-balik-2019', { scheme: 'ombudsman', year: 2019, region: 'musi-banyuasin', score: 85.67 }),
  article('muba-2022', { scheme: 'ombudsman', year: 2022, region: 'musi-banyuasin', zone: 'hijau' }),
  article('muba-2023', { scheme: 'ombudsman', year: 2023, region: 'musi-banyuasin', score: '91,72', grade: 'A' }),
  tableRow({ scheme: 'ombudsman', year: 2023, region: 'musi-banyuasin', score: '91.72', grade: 'A' }),
  article('muba-2024', { scheme: 'ombudsman', year: 2024, region: 'musi-banyuasin', score: 93.31, decree: 'Keputusan Ketua Ombudsman RI Nomor 252 Tahun 2024' }),
  article('muba-2025', { scheme: 'ombudsman', year: 2025, region: 'musi-banyuasin', result: 'Opini Kualitas Tinggi' }),
  article('wdp-2021', { scheme: 'bpk-opini', year: 2021, region: 'musi-banyuasin', result: 'WDP' }),
  tableRow({ scheme: 'ombudsman', year: 2024, region: 'sulawesi-utara', score: '98.63' }, 4),
  tableRow({ scheme: 'ombudsman', year: 2024, region: 'kepulauan-tanimbar', score: '50.47', zone: 'merah' }, 5),
  tableRow({ scheme: 'ombudsman', year: 2024, region: 'maluku', score: '72.44' }, 6),
];

export function computeSample(sources: AwardSource[] = MUBA_SOURCES): ComputedAward[] {
  const { awards, problems } = computeAwards(SCHEMES, sources);
  if (problems.length) throw new Error(`sample sources disagree: ${JSON.stringify(problems)}`);
  return awards;
}

export function findAward(awards: ComputedAward[], region: string, year: number, scheme = 'ombudsman'): ComputedAward {
  const found = awards.find((award) => award.region === region && award.year === year && award.scheme === scheme);
  if (!found) throw new Error(`no award ${scheme} ${year} ${region}`);
  return found;
}
