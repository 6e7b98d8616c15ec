/**
 * What an article tells the search index besides its text: the filters a
 * reader can narrow by (region, province, year, award scheme, zone), the date
 * sort key and the result card's meta. Pure; the article page renders the
 * decision as `data-pagefind-*` attributes.
 */
import { toIsoWithOffset, wallClock } from './datetime.ts';
import type { TimeZoneName } from '../schemas/datetime.ts';
import { formatDateId } from './format-id.ts';
import type { Zone } from '../schemas/scheme.ts';

/** Filter keys, as Pagefind stores them and as `/cari/` puts them in the URL. */
export const SEARCH_FILTER_KEYS = ['daerah', 'provinsi', 'tahun', 'skema', 'zona'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** The sort key for "terbaru" (newest first). */
export const SEARCH_SORT_DATE = 'date';

/** How a zone reads as a filter value. */
export const ZONE_FILTER_LABELS: Record<Zone, string> = {
  hijau: 'Zona Hijau',
  kuning: 'Zona Kuning',
  merah: 'Zona Merah',
};

export interface SearchRecordInput {
  date: Date;
  timeZone: TimeZoneName;
  region?: { name: string; shortName?: string | undefined } | undefined;
  province?: { name: string } | undefined;
  /** The article's awards: scheme display name and computed zone. */
  awards: readonly { schemeName: string; zone: Zone | '' }[];
  /** Result card image URL (already under the site's base). */
  image?: string | undefined;
}

export interface SearchRecord {
  /** `[key, value]`, one pair per value, keys in SEARCH_FILTER_KEYS order. */
  filters: [SearchFilterKey, string][];
  /** `[key, value]`: the date as UTC ISO 8601, which sorts as text. */
  sort: [string, string][];
  /** `[key, value]` for the result card: `date` (display), `datetime` (ISO), `region`, `image`. */
  meta: [string, string][];
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

export function decideSearchRecord(input: SearchRecordInput): SearchRecord {
  const filters: [SearchFilterKey, string][] = [];
  const add = (key: SearchFilterKey, values: string[]) => {
    for (const value of unique(values)) filters.push([key, value]);
  };
  add('daerah', input.region ? [input.region.name] : []);
  add('provinsi', input.province ? [input.province.name] : []);
  add('tahun', [String(wallClock(input.date, input.timeZone).year)]);
  add('skema', input.awards.map((award) => award.schemeName));
  add('zona', input.awards.flatMap((award) => (award.zone ? [ZONE_FILTER_LABELS[award.zone]] : [])));

  // As article cards show them: `14 November 2024`, `Musi Banyuasin`.
  const meta: [string, string][] = [
    ['date', formatDateId(input.date, input.timeZone)],
    ['datetime', toIsoWithOffset(input.date, input.timeZone)],
  ];
  if (input.region) meta.push(['region', input.region.shortName ?? input.region.name]);
  if (input.image) meta.push(['image', input.image]);

  return { filters, sort: [[SEARCH_SORT_DATE, input.date.toISOString()]], meta };
}

/** `key:value` for a `data-pagefind-*` attribute (an inline value runs to the end, commas included). */
export function toPagefindAttribute([key, value]: [string, string]): string {
  return `${key}:${value.replace(/\s+/g, ' ')}`;
}
