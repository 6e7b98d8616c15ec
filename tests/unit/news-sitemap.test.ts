import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decideNewsArticles, renderNewsSitemap, NEWS_WINDOW_MS, type NewsSitemapArticle } from '../../src/model/news-sitemap.ts';

const now = new Date('2026-11-30T00:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const article = (slug: string, date: Date, publishState: NewsSitemapArticle['publishState'] = 'published'): NewsSitemapArticle => ({
  slug,
  url: `/berita/${slug}/`,
  title: `Judul ${slug}`,
  date,
  timeZone: 'WIB',
  publishState,
});

describe('decideNewsArticles', () => {
  it('keeps published articles from the last two days, boundaries included', () => {
    const picked = decideNewsArticles(
      [
        article('tepat-batas', at(-NEWS_WINDOW_MS)),
        article('lewat-batas', at(-NEWS_WINDOW_MS - 1)),
        article('kemarin', at(-24 * 3600_000)),
        article('sekarang', now),
        article('nanti', at(1), 'scheduled'),
        article('draf', at(-1000), 'draft'),
      ],
      now,
    );
    expect(picked.map((item) => item.slug)).toEqual(['sekarang', 'kemarin', 'tepat-batas']);
  });
});

describe('renderNewsSitemap', () => {
  it('writes a valid news sitemap with escaped titles and offset dates', () => {
    const xml = renderNewsSitemap([{ ...article('a', new Date('2026-11-29T03:00:00Z')), title: 'Skor "A" & <Zona> 🎉' }], {
      origin: 'https://contoh.test',
      publicationName: 'Warta Prestasi',
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser().parse(xml);
    const news = parsed.urlset.url['news:news'];
    expect(parsed.urlset.url.loc).toBe('https://contoh.test/berita/a/');
    expect(news['news:publication']).toEqual({ 'news:name': 'Warta Prestasi', 'news:language': 'id' });
    expect(news['news:publication_date']).toBe('2026-11-29T10:00:00+07:00');
    expect(news['news:title']).toBe('Skor "A" & <Zona> 🎉');
  });

  it('writes an empty urlset when there is no recent news', () => {
    const xml = renderNewsSitemap([], { origin: 'https://contoh.test', publicationName: 'Warta Prestasi' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>');
  });
});
