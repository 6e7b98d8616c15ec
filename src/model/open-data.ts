/**
 * Open data (leaderboard and region-history CSV/JSON, `Dataset` JSON-LD), from the same
 * computed awards the pages show. Pure: src/astro-glue/open-data.ts passes URLs and sources.
 *
 * CSV (documented on /data/): a BOM so spreadsheets read the accents right; a cell starting
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a spreadsheet never runs it as a
 * formula (no scheme's scale is negative, so no score is touched). JSON keeps values as they
 * are: it is data, not a spreadsheet.
 */
import type { ComputedAward } from './awards/engine.ts';
import { isPublished } from './publish.ts';
import { SCHEMA_CONTEXT } from './structured-data.ts';

/** One result, one row: the published fields of the open-data files, in column order. */
export interface OpenDataRow {
  region: string;
  region_name: string;
  region_code: string;
  province: string;
  scheme: string;
  year: number;
  score: string;
  grade: string;
  zone: string;
  decree: string;
  source_url: string;
}

/** The columns, in order, with what /data/ says about each (Indonesian, for readers). */
export const OPEN_DATA_FIELDS: readonly { name: keyof OpenDataRow; type: string; description: string }[] = [
  { name: 'region', type: 'teks', description: 'Id daerah di Warta Prestasi, mis. `musi-banyuasin` (alamat halamannya: /daerah/<id>/).' },
  { name: 'region_name', type: 'teks', description: 'Nama resmi daerah, mis. `Kabupaten Musi Banyuasin`.' },
  { name: 'region_code', type: 'teks', description: 'Kode wilayah resmi Kemendagri, mis. `16.06`, bila data daerahnya memuatnya; kosong bila tidak.' },
  { name: 'province', type: 'teks', description: 'Id provinsinya, mis. `sumatera-selatan`; untuk provinsi, id provinsi itu sendiri.' },
  { name: 'scheme', type: 'teks', description: 'Id skema penilaian, mis. `ombudsman` (alamat halamannya: /penghargaan/<id>/).' },
  { name: 'year', type: 'bilangan bulat', description: 'Tahun penilaian, mis. `2024`.' },
  { name: 'score', type: 'teks angka', description: 'Skor dengan titik desimal dan jumlah desimal seperti diumumkan, mis. `93.31`; kosong bila skor tidak diumumkan atau hasilnya berupa kategori.' },
  { name: 'grade', type: 'teks', description: 'Kategori atau predikat yang dihitung dari aturan skema, mis. `A` atau `WTP`; kosong bila edisi itu hanya mengumumkan zona.' },
  { name: 'zone', type: 'teks', description: '`hijau`, `kuning` atau `merah` untuk skema yang mengumumkan zona; kosong bila tidak.' },
  { name: 'decree', type: 'teks', description: 'Dasar hukum atau keputusan yang memuat hasil ini, bila tercatat; kosong bila tidak.' },
  { name: 'source_url', type: 'URL', description: 'Alamat lengkap berita Warta Prestasi yang melaporkan hasil ini; kosong bila hasil hanya tercatat di tabel hasil resmi. Hanya berita yang sudah terbit.' },
];

/** What the rows need of a region. */
export interface OpenDataRegion {
  id: string;
  name: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  province?: string | undefined;
  /** Official Kemendagri area code, when the region data has one. */
  code?: string | undefined;
}

/** What the rows need of the article that reports a result. */
export interface OpenDataSource {
  /** Absolute URL of the article page. */
  url: string;
  draft?: boolean | undefined;
  date: Date;
}

export interface OpenDataInput {
  regions: ReadonlyMap<string, OpenDataRegion>;
  /** The article that reports a result (src/model/awards/award-index.ts decides which), if any. */
  sourceOf(award: ComputedAward): OpenDataSource | undefined;
  /** The build's publish time: a source that is not published by then is never linked. */
  now: Date;
}

/** The rows of a list of awards, in the list's order (a leaderboard's or a region history's). */
export function decideOpenDataRows(awards: readonly ComputedAward[], input: OpenDataInput): OpenDataRow[] {
  return awards.map((award) => {
    const region = input.regions.get(award.region);
    const source = input.sourceOf(award);
    const province = region?.type === 'provinsi' ? region.id : (region?.province ?? '');
    return {
      region: award.region,
      region_name: region?.name ?? award.region,
      region_code: region?.code ?? '',
      province,
      scheme: award.scheme,
      year: award.year,
      score: award.kind === 'scored' ? (award.scoreText ?? '') : '',
      grade: award.grade,
      zone: award.zone,
      decree: award.decree ?? '',
      source_url: source && isPublished(source, input.now) ? source.url : '',
    };
  });
}

// ---------------------------------------------------------------- CSV

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field: quoted when it holds `"`, `,`, CR or LF, with `"` doubled. */
export function quoteCsvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A CSV text: BOM, header record, one record per row, every record ended by CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => cells.map((cell) => quoteCsvField(neutralizeFormula(String(cell)))).join(',') + CRLF;
  return BOM + line(header) + records.map(line).join('');
}

/** The CSV file of a list of rows, columns in OPEN_DATA_FIELDS order. */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  const names = OPEN_DATA_FIELDS.map((field) => field.name);
  return toCsv(
    names,
    rows.map((row) => names.map((name) => row[name])),
  );
}

// ---------------------------------------------------------------- JSON

export interface OpenDataMeta {
  /** Title of the dataset, in Indonesian. */
  title: string;
  /** Absolute URL of the page that shows the same data. */
  page: string;
  /** Absolute URL of /data/ (schema and licence). */
  documentation: string;
  license: string;
  publisher: string;
  /** Issuers of the results, e.g. `Ombudsman Republik Indonesia`. */
  sources: readonly string[];
}

/**
 * `score` stays text so `93.30` keeps its published precision. No build time inside, so an
 * unchanged dataset is the same bytes on every build.
 */
export function openDataJson(meta: OpenDataMeta, rows: readonly OpenDataRow[]): string {
  const names = OPEN_DATA_FIELDS.map((field) => field.name);
  const data = rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name] === '' ? null : row[name]])));
  return (
    JSON.stringify(
      {
        title: meta.title,
        page: meta.page,
        documentation: meta.documentation,
        license: meta.license,
        publisher: meta.publisher,
        sources: meta.sources,
        fields: names,
        rows: data,
      },
      null,
      2,
    ) + '\n'
  );
}

// ---------------------------------------------------------------- JSON-LD

export const OPEN_DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export interface DatasetInput {
  name: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  csvUrl: string;
  jsonUrl: string;
  license: string;
  creator: { name: string; url: string };
  /** Bodies whose published results the data holds. */
  sources: readonly string[];
  year: number;
  keywords: readonly string[];
}

/** A schema.org `Dataset` with its CSV and JSON downloads, ready for `serializeJsonLd`. */
export function decideDataset(input: DatasetInput): Record<string, unknown> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    license: input.license,
    isAccessibleForFree: true,
    inLanguage: 'id',
    creator: { '@type': 'Organization', name: input.creator.name, url: input.creator.url },
    creditText: [input.creator.name, ...input.sources].join('; '),
    temporalCoverage: String(input.year),
    spatialCoverage: { '@type': 'Place', name: 'Indonesia' },
    keywords: input.keywords,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}
