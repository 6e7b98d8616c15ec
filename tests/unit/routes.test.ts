import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import * as routes from '../../src/model/routes.ts';

const pages = new URL('../../src/pages/', import.meta.url);
const award = { region: 'musi-banyuasin', scheme: 'ombudsman', year: 2024 };

// Each route with a sample path and the page file under src/pages/ that answers it.
const CASES: [string, string, string][] = [
  [routes.homePath(), '', 'index.astro'],
  [routes.portalFeedPath(), 'rss.xml', 'rss.xml.ts'],
  [routes.articlePath('muba-juara'), 'berita/muba-juara/', 'berita/[slug].astro'],
  [routes.indexPath(), 'indeks/', 'indeks/[...page].astro'],
  [routes.openDataPath(), 'data/', 'data/index.astro'],
  [routes.searchPath(), 'cari/', 'cari'],
  [routes.newsSitemapPath(), 'sitemap-news.xml', 'sitemap-news.xml.ts'],
  [routes.sitemapIndexPath(), 'sitemap-index.xml', '../integrations/sitemap.ts'],
  [routes.regionsPath(), 'daerah/', 'daerah/index.astro'],
  [routes.regionPath('musi-banyuasin'), 'daerah/musi-banyuasin/', 'daerah/[region]/[...page].astro'],
  [routes.regionFeedPath('musi-banyuasin'), 'daerah/musi-banyuasin/rss.xml', 'daerah/[region]/rss.xml.ts'],
  [routes.regionResultsPath('musi-banyuasin', 'csv'), 'daerah/musi-banyuasin/penghargaan.csv', 'daerah/[region]/penghargaan.csv.ts'],
  [routes.topicPath('air-bersih'), 'topik/air-bersih/', 'topik/[tag]/[...page].astro'],
  [routes.topicFeedPath('air-bersih'), 'topik/air-bersih/rss.xml', 'topik/[tag]/rss.xml.ts'],
  [routes.authorPath('sari'), 'penulis/sari/', 'penulis/[author]/[...page].astro'],
  [routes.schemesPath(), 'penghargaan/', 'penghargaan/index.astro'],
  [routes.schemePath('ombudsman'), 'penghargaan/ombudsman/', 'penghargaan/[scheme]/index.astro'],
  [routes.schemeFeedPath('ombudsman'), 'penghargaan/ombudsman/rss.xml', 'penghargaan/[scheme]/rss.xml.ts'],
  [routes.leaderboardPath('ombudsman', 2024), 'penghargaan/ombudsman/2024/', 'penghargaan/[scheme]/[year].astro'],
  [routes.leaderboardDataPath('ombudsman', 2024, 'json'), 'penghargaan/ombudsman/2024.json', 'penghargaan/[scheme]/[year].json.ts'],
  [routes.badgePath(award), 'lencana/musi-banyuasin/ombudsman-2024.svg', 'lencana/[region]/[badge].svg.ts'],
  [routes.cardPath('muba-juara'), 'kartu/muba-juara.png', 'kartu/[slug].png.ts'],
];

describe('routes', () => {
  it.each(CASES)('%s is the path of %s', (path, expected) => {
    expect(path).toBe(expected);
  });

  it.each(CASES)('%s is answered by a page under src/pages/ (%s)', (_path, _expected, page) => {
    expect(existsSync(new URL(page, pages)), page).toBe(true);
  });

  it('covers every route the module exports', () => {
    expect(CASES).toHaveLength(Object.keys(routes).length);
  });
});
