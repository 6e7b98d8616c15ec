import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  decidePackageRegions,
  describeUnknownRegion,
  mergeRegionFiles,
  PROVINCE_TIME_ZONES,
  REGION_DATA_CREDIT,
  suggestRegionIds,
} from '../../src/model/region-registry.ts';
import { loadPackageRegions } from '../../src/content-tree/region-package.ts';
import { regionFileSchema, regionSchema, type RegionData } from '../../src/schemas/region.ts';
import { decideRegionsWithContent, type RegionInfo } from '../../src/model/site-model.ts';
import { decideRegionDirectory } from '../../src/model/region-directory.ts';
import { isSlug } from '../../src/schemas/slug.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { regions, collisions } = await loadPackageRegions();
const byType = (type: RegionData['type']) => [...regions.values()].filter((region) => region.type === type);

describe('the package regions (idn-area-data 4.0.1)', () => {
  it('are the 38 provinces and 514 regencies and cities, each with its Kemendagri code', () => {
    expect(byType('provinsi')).toHaveLength(38);
    expect(byType('kabupaten').length + byType('kota').length).toBe(514);
    expect(byType('kabupaten')).toHaveLength(416);
    expect(byType('kota')).toHaveLength(98);
    const codes = [...regions.values()].map((region) => region.code);
    expect(new Set(codes).size).toBe(552);
    for (const region of regions.values()) expect(region.code).toMatch(region.type === 'provinsi' ? /^\d{2}$/ : /^\d{2}\.\d{2}$/);
  });

  it('give every province its time zone (WIB, WITA or WIT), and every region a known province', () => {
    expect(Object.keys(PROVINCE_TIME_ZONES)).toHaveLength(38);
    for (const province of byType('provinsi')) expect(['WIB', 'WITA', 'WIT']).toContain(province.timezone);
    for (const region of regions.values()) {
      if (region.type === 'provinsi') continue;
      expect(regions.get(region.province!)?.type).toBe('provinsi');
      expect(region.code!.slice(0, 2)).toBe(regions.get(region.province!)!.code);
    }
    expect(regions.get('sumatera-selatan')!.timezone).toBe('WIB');
    expect(regions.get('bali')!.timezone).toBe('WITA');
    expect(regions.get('kalimantan-timur')!.timezone).toBe('WITA');
    expect(regions.get('kalimantan-barat')!.timezone).toBe('WIB');
    expect(regions.get('papua-barat-daya')!.timezone).toBe('WIT');
    expect(regions.get('maluku-utara')!.timezone).toBe('WIT');
  });

  it('have unique ids of the contract pattern, and records the schema accepts', () => {
    for (const [id, region] of regions) {
      expect(isSlug(id), id).toBe(true);
      expect(regionSchema.safeParse(region).success, id).toBe(true);
    }
  });

  it('follow the id rules: regencies bare, cities kota-, provinces by name', () => {
    expect(regions.get('musi-banyuasin')).toMatchObject({ name: 'Kabupaten Musi Banyuasin', type: 'kabupaten', province: 'sumatera-selatan', code: '16.06' });
    expect(regions.get('kota-palembang')).toMatchObject({ name: 'Kota Palembang', type: 'kota', province: 'sumatera-selatan', code: '16.71' });
    expect(regions.get('sumatera-selatan')).toMatchObject({ name: 'Provinsi Sumatera Selatan', type: 'provinsi', code: '16' });
    expect(regions.get('di-yogyakarta')).toMatchObject({ name: 'Daerah Istimewa Yogyakarta', type: 'provinsi', code: '34' });
    expect(regions.get('dki-jakarta')).toMatchObject({ type: 'provinsi', code: '31' });
    expect(regions.get('kota-jakarta-pusat')).toMatchObject({ type: 'kota', province: 'dki-jakarta' });
    expect(regions.get('kepulauan-seribu')).toMatchObject({ type: 'kabupaten', province: 'dki-jakarta' });
    expect(regions.get('kota-jayapura')).toMatchObject({ type: 'kota', province: 'papua' });
  });

  it('resolve every id collision by one rule: the province keeps the bare name, the regency takes kabupaten-', () => {
    expect(collisions).toEqual([{ id: 'gorontalo', kept: 'Provinsi Gorontalo', renamed: 'Kabupaten Gorontalo', renamedId: 'kabupaten-gorontalo' }]);
    expect(regions.get('gorontalo')).toMatchObject({ type: 'provinsi', code: '75' });
    expect(regions.get('kabupaten-gorontalo')).toMatchObject({ type: 'kabupaten', province: 'gorontalo', code: '75.01' });
    expect(regions.get('kota-gorontalo')).toMatchObject({ type: 'kota', province: 'gorontalo' });
    for (const collision of collisions) {
      expect(regions.get(collision.id)!.type).toBe('provinsi');
      expect(collision.renamedId).toBe(`kabupaten-${collision.id}`);
    }
  });

  it('keep the ids the sample content already uses, and agree with its region files', () => {
    const dir = path.join(ROOT, 'content', 'regions');
    const files = readdirSync(dir).map((name) => ({
      id: name.replace(/\.ya?ml$/, ''),
      file: name,
      data: regionFileSchema.parse(parseYaml(readFileSync(path.join(dir, name), 'utf8'))),
    }));
    expect(files.length).toBeGreaterThan(50);
    for (const { id, data } of files) {
      const known = regions.get(id);
      expect(known, `${id} is not a package id`).toBeDefined();
      expect(known!.type, id).toBe(data.type);
      if (data.province) expect(known!.province, id).toBe(data.province);
    }
    const merged = mergeRegionFiles(regions, files);
    expect(merged.problems).toEqual([]);
    expect(merged.regions.size).toBe(552);
    expect(merged.regions.get('kota-lubuklinggau')).toMatchObject({ name: 'Kota Lubuklinggau', code: '16.73' });
    expect(merged.regions.has('kota-lubuk-linggau')).toBe(false);
  });
});

describe('decidePackageRegions', () => {
  it('refuses a province without a time zone and a collision the rule does not cover', () => {
    expect(() => decidePackageRegions([{ code: '99', name: 'Atlantis' }], [])).toThrow(/no time zone/);
    expect(() =>
      decidePackageRegions([{ code: '11', name: 'Aceh' }], [
        { code: '11.71', provinceCode: '11', name: 'Kota Banda' },
        { code: '11.72', provinceCode: '11', name: 'Kota Banda' },
      ]),
    ).toThrow(/both take the id "kota-banda"/);
  });
});

describe('mergeRegionFiles', () => {
  const base = new Map<string, RegionData>([
    ['sumatera-selatan', { name: 'Provinsi Sumatera Selatan', type: 'provinsi', code: '16', timezone: 'WIB' }],
    ['musi-banyuasin', { name: 'Kabupaten Musi Banyuasin', type: 'kabupaten', province: 'sumatera-selatan', code: '16.06' }],
  ]);
  const file = (id: string, data: Record<string, unknown>) => ({ id, file: `content/regions/${id}.yaml`, data: regionFileSchema.parse(data) });

  it('lets a file add to a known region without repeating name and type', () => {
    const { regions: merged, problems } = mergeRegionFiles(base, [file('musi-banyuasin', { shortName: 'Muba', capital: 'Sekayu' })]);
    expect(problems).toEqual([]);
    expect(merged.get('musi-banyuasin')).toEqual({ name: 'Kabupaten Musi Banyuasin', type: 'kabupaten', province: 'sumatera-selatan', code: '16.06', shortName: 'Muba', capital: 'Sekayu' });
  });

  it('reports a conflicting type, province, code or province time zone, and drops the region', () => {
    const { regions: merged, problems } = mergeRegionFiles(base, [
      file('musi-banyuasin', { type: 'kota', province: 'jambi', code: '16.07' }),
      file('sumatera-selatan', { timezone: 'WITA' }),
    ]);
    expect(problems.map((problem) => [problem.id, problem.field, problem.value])).toEqual([
      ['musi-banyuasin', 'type', 'kota'],
      ['musi-banyuasin', 'province', 'jambi'],
      ['musi-banyuasin', 'code', '16.07'],
      ['sumatera-selatan', 'timezone', 'WITA'],
    ]);
    expect(problems[0]!.expected).toContain('kabupaten, seperti di data wilayah idn-area-data');
    expect(merged.has('musi-banyuasin')).toBe(false);
  });

  it('adds a region the package lacks, which needs a name and a type', () => {
    const { regions: merged, problems } = mergeRegionFiles(base, [
      file('kota-baru', { name: 'Kota Baru', type: 'kota', province: 'sumatera-selatan' }),
      file('musi-banyuasn', { capital: 'Sekayu' }),
    ]);
    expect(merged.get('kota-baru')).toMatchObject({ name: 'Kota Baru', type: 'kota' });
    expect(problems.map((problem) => problem.field)).toEqual(['name', 'type']);
    expect(problems[0]!.expected).toContain('mungkin maksudnya: "musi-banyuasin"');
  });

  it('refuses a new file that only respells a known region', () => {
    const { problems } = mergeRegionFiles(base, [file('musibanyuasin', { name: 'Kabupaten MusiBanyuasin', type: 'kabupaten', province: 'sumatera-selatan' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.expected).toContain('"musi-banyuasin"');
  });
});

describe('suggestRegionIds', () => {
  it('offers the closest known ids by edit distance', () => {
    expect(suggestRegionIds('musi-banyuasn', regions.keys())[0]).toBe('musi-banyuasin');
    expect(suggestRegionIds('kota-jaypura', regions.keys())[0]).toBe('kota-jayapura');
    expect(suggestRegionIds('palembang', regions.keys())[0]).toBe('kota-palembang');
    expect(suggestRegionIds('kabupaten-musi-banyuasin', regions.keys())[0]).toBe('musi-banyuasin');
    expect(suggestRegionIds('gorontalo-utara', regions.keys())[0]).toBe('gorontalo-utara');
    expect(suggestRegionIds('x', [])).toEqual([]);
    // A short name written as an id points at its region first.
    const withShort = new Map([...regions].map(([key, region]) => [key, key === 'musi-banyuasin' ? { ...region, shortName: 'Muba' } : region]));
    expect(suggestRegionIds('muba', withShort)).toEqual(['musi-banyuasin', 'muna', 'toba']);
    expect(suggestRegionIds('muba', regions.keys())[0]).toBe('muna');
    expect(describeUnknownRegion('sumsel', ['sumatera-selatan'])).toContain('mungkin maksudnya: "sumatera-selatan"');
  });
});

describe('decideRegionsWithContent', () => {
  const info = (id: string) => ({ id, ...regions.get(id)! }) as RegionInfo;
  const all = new Map([...regions.keys()].map((id) => [id, info(id)]));

  it('keeps regions with articles or results and their provinces, never the other 500-odd', () => {
    const site = {
      regions: all,
      byRegion: new Map([['kota-jayapura', [{}]]]),
      byProvince: new Map([['papua', [{}]]]),
    } as unknown as Parameters<typeof decideRegionsWithContent>[0];
    const ids = decideRegionsWithContent(site, ['musi-banyuasin']).map((region) => region.id);
    expect(ids).toEqual(['kota-jayapura', 'musi-banyuasin', 'papua', 'sumatera-selatan']);
    // A region the newsroom wrote a file for keeps its page before its first story.
    const withFile = decideRegionsWithContent({ ...site, regionFiles: new Set(['kota-sorong']) }, []).map((region) => region.id);
    expect(withFile).toEqual(['kota-jayapura', 'kota-sorong', 'papua', 'papua-barat-daya']);
    const directory = decideRegionDirectory({ ...site, byRegion: new Map() } as never, decideRegionsWithContent(site, ['musi-banyuasin']));
    expect(directory.map((group) => group.province.id)).toEqual(['papua', 'sumatera-selatan']);
  });
});

describe('REGION_DATA_CREDIT', () => {
  it('names the package, its data licence and a link', () => {
    expect(REGION_DATA_CREDIT.text).toContain('idn-area-data');
    expect(REGION_DATA_CREDIT.license).toContain('ODbL');
    expect(REGION_DATA_CREDIT.url).toMatch(/^https:\/\//);
  });
});
