/**
 * Every region of Indonesia from the `idn-area-data` package (Kemendagri codes), with the
 * content contract's ids, merged with `content/regions/` (which adds fields or regions).
 *
 * Id rules (documented in README and content/README.md):
 * - a province by its name: `Sumatera Selatan` -> `sumatera-selatan`; the two
 *   special regions are `di-yogyakarta` and `dki-jakarta`;
 * - a regency without "Kabupaten" (and "Administrasi"): `musi-banyuasin`,
 *   `kepulauan-seribu`;
 * - a city with a `kota-` prefix: `kota-palembang`, `kota-jakarta-pusat`;
 * - a collision: a regency whose bare id is already a province's (Provinsi
 *   Gorontalo and Kabupaten Gorontalo) keeps the word: `kabupaten-gorontalo`;
 *   the province keeps the bare name. Any other collision is an error.
 *
 * Pure: the package rows come in as arguments (src/content-tree/region-package.ts).
 */
import { distance } from 'fastest-levenshtein';
import { slugify } from '../schemas/slug.ts';
import type { TimeZoneName } from '../schemas/datetime.ts';
import type { RegionData, RegionFileData } from '../schemas/region.ts';

/** A province row of idn-area-data (`provinces.csv`). */
export interface PackageProvince {
  code: string;
  name: string;
}

/** A regency or city row of idn-area-data (`regencies.csv`). */
export interface PackageRegency {
  code: string;
  provinceCode: string;
  name: string;
}

/** Credit and licence of the region data, for README and the /data/ page. */
export const REGION_DATA_CREDIT = {
  /** Indonesian credit line for pages. */
  text: 'Daftar provinsi, kabupaten dan kota beserta kode wilayah Kemendagri: paket idn-area-data 4.0.1 oleh Fityan (fityannugroho), bersumber dari data resmi pemerintah.',
  package: 'idn-area-data',
  version: '4.0.1',
  url: 'https://github.com/fityannugroho/idn-area-data',
  /** The data's licence (the package's code is MIT). */
  license: 'Open Database License (ODbL) 1.0',
  licenseUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
  codeLicense: 'MIT',
} as const;

/**
 * Time zone of each province by Kemendagri code: WIB for Sumatra, Java and
 * West and Central Kalimantan; WITA for Bali, Nusa Tenggara, South, East and
 * North Kalimantan and Sulawesi; WIT for Maluku and Papua.
 */
export const PROVINCE_TIME_ZONES: Readonly<Record<string, TimeZoneName>> = {
  '11': 'WIB', '12': 'WIB', '13': 'WIB', '14': 'WIB', '15': 'WIB', '16': 'WIB', '17': 'WIB', '18': 'WIB', '19': 'WIB', '21': 'WIB',
  '31': 'WIB', '32': 'WIB', '33': 'WIB', '34': 'WIB', '35': 'WIB', '36': 'WIB',
  '51': 'WITA', '52': 'WITA', '53': 'WITA',
  '61': 'WIB', '62': 'WIB', '63': 'WITA', '64': 'WITA', '65': 'WITA',
  '71': 'WITA', '72': 'WITA', '73': 'WITA', '74': 'WITA', '75': 'WITA', '76': 'WITA',
  '81': 'WIT', '82': 'WIT',
  '91': 'WIT', '92': 'WIT', '93': 'WIT', '94': 'WIT', '95': 'WIT', '96': 'WIT',
};

/** Province ids that are not the slug of the package's name. */
const PROVINCE_IDS: Readonly<Record<string, string>> = {
  'Daerah Istimewa Yogyakarta': 'di-yogyakarta',
  'Daerah Khusus Ibukota Jakarta': 'dki-jakarta',
};

/**
 * Ids fixed by Kemendagri code where the newsroom already used another
 * spelling before the package came in (the city writes itself Lubuklinggau).
 */
export const REGION_IDS_BY_CODE: Readonly<Record<string, string>> = {
  '16.73': 'kota-lubuklinggau',
};

export function provinceId(name: string): string {
  return PROVINCE_IDS[name] ?? slugify(name);
}

/** A province's display name: `Provinsi Bali`; the special regions keep theirs. */
export function provinceName(name: string): string {
  return /^daerah\s/i.test(name) ? name : `Provinsi ${name}`;
}

/** A regency's or city's type and bare id from its package name. */
export function regencyId(name: string): { type: 'kabupaten' | 'kota'; id: string } {
  const match = /^(Kabupaten|Kota)\s+(?:Administrasi\s+)?(.+)$/i.exec(name.trim());
  if (!match) throw new Error(`idn-area-data: "${name}" is neither "Kabupaten ..." nor "Kota ..."`);
  const type = match[1]!.toLowerCase() === 'kota' ? 'kota' : 'kabupaten';
  const bare = slugify(match[2]!);
  return { type, id: type === 'kota' ? `kota-${bare}` : bare };
}

/** One id the package data gave twice, and how the rule resolved it. */
export interface RegionIdCollision {
  /** The id both names would take. */
  id: string;
  /** The region that keeps it (a province). */
  kept: string;
  /** The regency that was renamed, and its new id. */
  renamed: string;
  renamedId: string;
}

export interface PackageRegions {
  regions: Map<string, RegionData>;
  collisions: RegionIdCollision[];
}

/** The package's provinces, regencies and cities as region records, by id. */
export function decidePackageRegions(provinces: readonly PackageProvince[], regencies: readonly PackageRegency[]): PackageRegions {
  const regions = new Map<string, RegionData>();
  const byCode = new Map<string, string>();
  const collisions: RegionIdCollision[] = [];
  for (const province of provinces) {
    const id = provinceId(province.name);
    const timezone = PROVINCE_TIME_ZONES[province.code];
    if (!timezone) throw new Error(`idn-area-data: province ${province.code} ${province.name} has no time zone in PROVINCE_TIME_ZONES`);
    if (regions.has(id)) throw new Error(`idn-area-data: two provinces take the id "${id}"`);
    regions.set(id, { name: provinceName(province.name), type: 'provinsi', code: province.code, timezone });
    byCode.set(province.code, id);
  }
  for (const regency of regencies) {
    const province = byCode.get(regency.provinceCode);
    if (!province) throw new Error(`idn-area-data: ${regency.code} ${regency.name} names unknown province ${regency.provinceCode}`);
    const derived = regencyId(regency.name);
    const fixed = REGION_IDS_BY_CODE[regency.code];
    if (fixed) derived.id = fixed;
    let id = derived.id;
    const taken = regions.get(id);
    if (taken) {
      if (taken.type !== 'provinsi' || derived.type !== 'kabupaten') {
        throw new Error(`idn-area-data: ${regency.name} and ${taken.name} both take the id "${id}"`);
      }
      id = `kabupaten-${derived.id}`;
      if (regions.has(id)) throw new Error(`idn-area-data: ${regency.name} cannot take "${id}" either`);
      collisions.push({ id: derived.id, kept: taken.name, renamed: regency.name, renamedId: id });
    }
    regions.set(id, { name: regency.name, type: derived.type, province, code: regency.code });
  }
  return { regions, collisions };
}

/** A parsed file of `content/regions/`. */
export interface RegionFileInput {
  id: string;
  file: string;
  data: RegionFileData;
}

/** Something wrong with a region file against the package data (file, field, value, expected). */
export interface RegionMergeProblem {
  id: string;
  file: string;
  field: string;
  value: unknown;
  expected: string;
}

const PACKAGE_NOTE = 'data wilayah idn-area-data';

/**
 * A file over a package region may not contradict its `type`, `province` or a province's
 * `timezone`; any other file is a region of its own and needs `name` and `type`.
 */
export function mergeRegionFiles(
  packageRegions: ReadonlyMap<string, RegionData>,
  files: readonly RegionFileInput[],
): { regions: Map<string, RegionData>; problems: RegionMergeProblem[] } {
  const regions = new Map(packageRegions);
  const problems: RegionMergeProblem[] = [];
  const packageIdByName = new Map<string, string>();
  for (const [id, region] of packageRegions) if (!packageIdByName.has(nameKey(region.name))) packageIdByName.set(nameKey(region.name), id);
  for (const { id, file, data } of files) {
    const known = packageRegions.get(id);
    const problem = (field: string, value: unknown, expected: string) => problems.push({ id, file, field, value, expected });
    if (known) {
      let ok = true;
      if (data.type !== undefined && data.type !== known.type) {
        problem('type', data.type, `${known.type}, seperti di ${PACKAGE_NOTE} (${known.name}); hapus field ini atau samakan`);
        ok = false;
      }
      if (data.province !== undefined && data.province !== known.province) {
        problem('province', data.province, known.province
          ? `"${known.province}", seperti di ${PACKAGE_NOTE} (${known.name}); hapus field ini atau samakan`
          : `tidak diisi: ${known.name} adalah provinsi`);
        ok = false;
      }
      if (known.type === 'provinsi' && data.timezone !== undefined && data.timezone !== known.timezone) {
        problem('timezone', data.timezone, `${known.timezone}, zona waktu ${known.name}`);
        ok = false;
      }
      if (data.code !== undefined && data.code !== known.code) {
        problem('code', data.code, `"${known.code}", kode Kemendagri ${known.name} (atau hapus field ini)`);
        ok = false;
      }
      if (!ok) {
        regions.delete(id);
        continue;
      }
      const merged: RegionData = { ...known };
      for (const [key, value] of Object.entries(data)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
      regions.set(id, merged);
      continue;
    }
    const missing = (['name', 'type'] as const).filter((field) => data[field] === undefined);
    for (const field of missing) {
      problem(field, undefined, `wajib: "${id}" tidak ada di ${PACKAGE_NOTE}, jadi berkas ini mendefinisikan daerah baru${suggestionText(id, packageRegions.keys())}`);
    }
    if (missing.length > 0) continue;
    const same = packageIdByName.get(nameKey(data.name!));
    if (same) {
      problem('nama berkas', id, `"${same}": ${packageRegions.get(same)!.name} sudah ada di ${PACKAGE_NOTE}; beri nama berkas ${same}.yaml`);
      continue;
    }
    if (data.type !== 'provinsi' && data.province === undefined) {
      problem('province', undefined, 'wajib untuk kabupaten dan kota: id provinsi, mis. "sumatera-selatan"');
      continue;
    }
    regions.set(id, data as RegionData);
  }
  return { regions, problems };
}

/** Equal for names equal but for case, spaces and punctuation (`Lubuk Linggau` = `Lubuklinggau`). */
function nameKey(name: string): string {
  return slugify(name).replace(/-/g, '');
}

/** An id without its type word, so `palembang` finds `kota-palembang`. */
const bareId = (id: string) => id.replace(/^(?:kota|kabupaten|kab|provinsi|prov)-/, '');

/** Known region ids, or the regions by id (then a short name such as `Muba` is matched too). */
export type KnownRegions = Iterable<string> | ReadonlyMap<string, Pick<RegionData, 'shortName'>>;

/**
 * Up to `count` known ids closest to `id`: first a region whose short name
 * is `id` (`muba` -> `musi-banyuasin`), then by edit distance, the type words
 * (`kota-`, `kabupaten-`, `provinsi-`) not counted; ties to the closer
 * whole id, then by id.
 */
export function suggestRegionIds(id: string, known: KnownRegions, count = 3): string[] {
  const byShortName = known instanceof Map
    ? [...(known as ReadonlyMap<string, Pick<RegionData, 'shortName'>>)].filter(([, region]) => region.shortName && slugify(region.shortName) === id).map(([key]) => key).sort()
    : [];
  const ids = known instanceof Map ? [...known.keys()] as string[] : [...(known as Iterable<string>)];
  if (ids.length === 0) return [];
  const scored = ids.map((candidate) => {
    const full = distance(id, candidate);
    return { candidate, full, score: Math.min(full, distance(bareId(id), bareId(candidate))) };
  });
  scored.sort((a, b) => a.score - b.score || a.full - b.full || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  return [...new Set([...byShortName, ...scored.map((entry) => entry.candidate)])].slice(0, count);
}

/** `; mungkin maksudnya: "a", "b", "c"` (empty when nothing is known). */
export function suggestionText(id: string, known: KnownRegions): string {
  const ids = suggestRegionIds(id, known);
  return ids.length ? `; mungkin maksudnya: ${ids.map((candidate) => `"${candidate}"`).join(', ')}` : '';
}

/** What an unknown region id is told: where ids come from, and the closest ones. */
export function describeUnknownRegion(id: string, known: KnownRegions): string {
  return `id daerah yang dikenal (${PACKAGE_NOTE} atau content/regions/)${suggestionText(id, known)}`;
}
