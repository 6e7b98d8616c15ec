import { describe, expect, it } from 'vitest';
import { decideSitemapInclusion, hasNoindex, readModifiedTime } from '../../src/model/sitemap.ts';

describe('sitemap inclusion', () => {
  it('lists built pages that allow indexing', () => {
    expect(decideSitemapInclusion('berita/a/', '<meta name="description" content="noindex">')).toBe(true);
    expect(decideSitemapInclusion('', '<html></html>')).toBe(true);
  });

  it('leaves out noindex pages, the 404 and search pages, and anything not built as a page', () => {
    expect(decideSitemapInclusion('berita/draf/', '<meta name="robots" content="noindex">')).toBe(false);
    expect(decideSitemapInclusion('404/', '<html></html>')).toBe(false);
    expect(decideSitemapInclusion('cari/', '<html></html>')).toBe(false);
    expect(decideSitemapInclusion('rss.xml', undefined)).toBe(false);
  });

  it('reads robots meta in any attribute order and case', () => {
    expect(hasNoindex('<META content="NOINDEX, follow" name=robots>')).toBe(true);
    expect(hasNoindex("<meta name='robots' content='none'>")).toBe(true);
    expect(hasNoindex('<meta name="robots" content="index, follow">')).toBe(false);
  });

  it('reads an article\'s modification time', () => {
    expect(readModifiedTime('<meta property="article:modified_time" content="2024-11-14T10:30:00+07:00">')).toBe('2024-11-14T10:30:00+07:00');
    expect(readModifiedTime('<meta property="og:type" content="website">')).toBeUndefined();
  });
});
