/**
 * Astro glue for open data: the CSV and JSON files of every leaderboard and
 * every region's award history, built from the same computed awards the pages
 * show (src/astro-glue/awards.ts) by src/model/open-data.ts. The endpoints' cache
 * key is the digest of the very bytes they write.
 */
import { getAwards, schemeOf, type Awards } from './awards.ts';
import { oncePerKey } from '../utils/once-per-key.ts';
import { getSite, url, type Site } from './site.ts';
import { absoluteFromRoot, absoluteUrl } from './seo.ts';
import { BUILD_TIME, SITE_NAME } from '../site-config.ts';
import { digestOf } from './page-key.ts';
import { formatNumberId } from '../model/format-id.ts';
import {
  decideOpenDataRows,
  openDataCsv,
  openDataJson,
  OPEN_DATA_LICENSE,
  decideDataset,
  type OpenDataRegion,
  type OpenDataRow,
} from '../model/open-data.ts';
import type { ComputedAward } from '../model/awards/engine.ts';
import type { SchemeData } from '../schemas/scheme.ts';
import { homePath, leaderboardDataPath, leaderboardPath, openDataPath, regionPath, regionResultsPath } from '../model/routes.ts';

export type OpenDataFormat = 'csv' | 'json';

/** Site-relative URLs of the open-data files and page (base-path safe). */
export const openDataUrls = {
  page: () => url(openDataPath()),
  leaderboard: (scheme: string, year: number, format: OpenDataFormat) => url(leaderboardDataPath(scheme, year, format)),
  region: (region: string, format: OpenDataFormat) => url(regionResultsPath(region, format)),
};

export interface OpenDataFile {
  title: string;
  rows: OpenDataRow[];
  csv: string;
  json: string;
  /** Digest of both texts: the endpoints' cacheKey. */
  key: string;
}

const regionMaps = new WeakMap<Site, Map<string, OpenDataRegion>>();

/** The site's regions as the rows need them, once per build. */
function regionsOf(site: Site): Map<string, OpenDataRegion> {
  let map = regionMaps.get(site);
  if (!map) {
    // `code` is the official Kemendagri code when the region data carries one.
    map = new Map(
      [...site.regions].map(([id, region]) => {
        const code = (region as { code?: unknown }).code;
        return [id, { ...region, code: code === undefined || code === null ? undefined : String(code) }];
      }),
    );
    regionMaps.set(site, map);
  }
  return map;
}

/** Files computed once per build: getStaticPaths (for the key) and GET share them. */
const once = oncePerKey<Promise<OpenDataFile>>();

function build(site: Site, awards: Awards, list: readonly ComputedAward[], title: string, pagePath: string): OpenDataFile {
  const rows = decideOpenDataRows(list, {
    regions: regionsOf(site),
    now: BUILD_TIME,
    sourceOf(award) {
      const article = awards.sourceArticleOf(award);
      return article ? { url: absoluteFromRoot(article.url), draft: article.draft, date: article.date } : undefined;
    },
  });
  const sources = [...new Set(list.map((award) => schemeOf(awards, award).issuer))].sort();
  const json = openDataJson(
    { title, page: absoluteFromRoot(pagePath), documentation: absoluteUrl(openDataPath()), license: OPEN_DATA_LICENSE, publisher: SITE_NAME, sources },
    rows,
  );
  const csv = openDataCsv(rows);
  return { title, rows, csv, json, key: digestOf({ csv, json }) };
}

/** Title of a leaderboard's dataset, e.g. `Hasil Ombudsman RI 2024`. */
export function leaderboardTitle(awards: Awards, scheme: string, year: number): string {
  return `Hasil ${awards.schemes.get(scheme)!.shortName} ${year}`;
}

/** The open-data file of a leaderboard (`<scheme>/<year>` of awards.byEdition). */
export function leaderboardData(scheme: string, year: number): Promise<OpenDataFile> {
  return once(`leaderboard ${scheme} ${year}`, async () => {
    const [site, awards] = await Promise.all([getSite(), getAwards()]);
    const list = awards.byEdition.get(`${scheme}/${year}`) ?? [];
    return build(site, awards, list, `${leaderboardTitle(awards, scheme, year)} (${awards.schemes.get(scheme)!.name})`, url(leaderboardPath(scheme, year)));
  });
}

/** The open-data file of a region's award history (regions with at least one result). */
export function regionData(region: string): Promise<OpenDataFile> {
  return once(`region ${region}`, async () => {
    const [site, awards] = await Promise.all([getSite(), getAwards()]);
    const list = awards.byRegion.get(region) ?? [];
    return build(site, awards, list, `Rekam jejak penghargaan ${site.regions.get(region)?.name ?? region}`, url(regionPath(region)));
  });
}

/** Every leaderboard edition with results: scheme id and year. */
export async function leaderboardEditions(): Promise<{ scheme: string; year: number }[]> {
  const awards = await getAwards();
  return [...awards.yearsByScheme].flatMap(([scheme, years]) => years.map((year) => ({ scheme, year })));
}

/** Every region with at least one result, sorted by id. */
export async function regionsWithAwards(): Promise<string[]> {
  const awards = await getAwards();
  return [...awards.byRegion.keys()].filter((region) => (awards.byRegion.get(region) ?? []).length > 0);
}

/** The `Dataset` JSON-LD of a leaderboard page, with its CSV and JSON downloads. */
export function leaderboardDatasetJsonLd(id: string, year: number, scheme: SchemeData, count: number): Record<string, unknown> {
  return decideDataset({
    name: `Hasil ${scheme.shortName} ${year}: ${scheme.name}`,
    description: `${formatNumberId(count)} hasil ${scheme.name} ${year} (${scheme.issuer}) yang tercatat di ${SITE_NAME}: daerah, kode wilayah, provinsi, skor, kategori, zona, dasar keputusan dan berita sumber. Penjelasan kolom: ${absoluteUrl(openDataPath())}`,
    url: absoluteUrl(leaderboardPath(id, year)),
    csvUrl: absoluteFromRoot(openDataUrls.leaderboard(id, year, 'csv')),
    jsonUrl: absoluteFromRoot(openDataUrls.leaderboard(id, year, 'json')),
    license: OPEN_DATA_LICENSE,
    creator: { name: SITE_NAME, url: absoluteUrl(homePath()) },
    sources: [scheme.issuer],
    year,
    keywords: [scheme.shortName, scheme.name, 'pemerintah daerah', 'pelayanan publik'],
  });
}

const CONTENT_TYPES: Record<OpenDataFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

/** An open-data file as an HTTP response in one format. */
export function openDataResponse(file: OpenDataFile, format: OpenDataFormat): Response {
  return new Response(file[format], { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

/** Static paths of the leaderboard files (both formats share them); each key is the digest of the bytes. */
export async function leaderboardPaths() {
  return Promise.all(
    (await leaderboardEditions()).map(async ({ scheme, year }) => ({
      params: { scheme, year: String(year) },
      cacheKey: (await leaderboardData(scheme, year)).key,
    })),
  );
}

/** Static paths of the region history files, for every region with at least one result. */
export async function regionHistoryPaths() {
  return Promise.all((await regionsWithAwards()).map(async (region) => ({ params: { region }, cacheKey: (await regionData(region)).key })));
}
