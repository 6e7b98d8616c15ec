/**
 * What the front page shows: a lead story, the next few, a "Terbaru" column,
 * blocks for the busiest provinces and for each rubric. Every article appears
 * at most once above the region and rubric blocks.
 */
import type { SiteModel, ArticleView, RegionInfo } from './site-model.ts';

export const SECTION_LABELS: Record<string, string> = {
  'pelayanan-publik': 'Pelayanan Publik',
  pemerintahan: 'Pemerintahan',
  lingkungan: 'Lingkungan',
  'keuangan-daerah': 'Keuangan Daerah',
  opini: 'Opini',
};

/** A rubric's label: the known Indonesian name, else the id in words. */
export function decideSectionLabel(section: string): string {
  return SECTION_LABELS[section] ?? section.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

export interface FrontPage<T> {
  lead?: ArticleView<T> | undefined;
  secondary: ArticleView<T>[];
  latest: ArticleView<T>[];
  regionBlocks: { region: RegionInfo; articles: ArticleView<T>[] }[];
  sectionBlocks: { section: string; label: string; articles: ArticleView<T>[] }[];
}

export function decideFrontPage<T>(site: SiteModel<T>, options = { secondary: 2, latest: 8, regions: 3, perBlock: 3 }): FrontPage<T> {
  const articles = site.articles;
  // The lead is the newest story with a picture among the five newest, else the newest.
  const lead = articles.slice(0, 5).find((article) => article.image) ?? articles[0];
  const rest = articles.filter((article) => article !== lead);
  const secondary = rest.filter((article) => article.image).slice(0, options.secondary);
  const top = new Set([lead, ...secondary]);
  const latest = rest.filter((article) => !top.has(article)).slice(0, options.latest);

  const provinces = [...site.byProvince.entries()]
    .map(([id, list]) => ({ region: site.regions.get(id)!, articles: list }))
    .filter((block) => block.region && block.articles.length >= 2)
    .sort((a, b) => b.articles.length - a.articles.length || a.region.id.localeCompare(b.region.id))
    .slice(0, options.regions)
    .map((block) => ({ region: block.region, articles: block.articles.slice(0, options.perBlock) }));

  const sectionBlocks = [...site.bySection.entries()]
    .filter(([, list]) => list.length >= 2)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([section, list]) => ({ section, label: decideSectionLabel(section), articles: list.slice(0, options.perBlock) }));

  return { lead, secondary, latest, regionBlocks: provinces, sectionBlocks };
}
