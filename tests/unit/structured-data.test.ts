import { describe, expect, it } from 'vitest';
import { decideArticleCrumbs, decideBreadcrumbList, decideNewsArticle, type NewsArticleInput } from '../../src/model/structured-data.ts';

const publisher = { name: 'Warta Prestasi', url: 'https://contoh.test/', logoUrl: 'https://contoh.test/feed-logo.png', logoWidth: 144, logoHeight: 144 };

const input: NewsArticleInput = {
  url: 'https://contoh.test/berita/terbit-ambon/',
  headline: 'Artikel terbit tentang Kota Ambon',
  description: 'Ringkasan',
  date: new Date('2024-11-14T03:30:00Z'),
  timeZone: 'WIT',
  author: { name: 'Penulis Uji', url: 'https://contoh.test/penulis/penulis-uji/' },
  images: ['https://contoh.test/_astro/a.jpg'],
  keywords: ['Pelayanan Publik'],
  place: 'Kota Ambon',
  publisher,
};

describe('decideNewsArticle', () => {
  it('describes the article with dates in its own zone', () => {
    const data = decideNewsArticle(input);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Artikel terbit tentang Kota Ambon',
      datePublished: '2024-11-14T12:30:00+09:00',
      dateModified: '2024-11-14T12:30:00+09:00',
      author: [{ '@type': 'Person', name: 'Penulis Uji', url: 'https://contoh.test/penulis/penulis-uji/' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Warta Prestasi', logo: { '@type': 'ImageObject', url: 'https://contoh.test/feed-logo.png' } },
      image: ['https://contoh.test/_astro/a.jpg'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://contoh.test/berita/terbit-ambon/' },
      contentLocation: { '@type': 'AdministrativeArea', name: 'Kota Ambon' },
      inLanguage: 'id',
      isAccessibleForFree: true,
    });
    expect(data).not.toHaveProperty('editor');
    expect(data).not.toHaveProperty('articleSection');
  });

  it('uses the update as dateModified, never an update before publication', () => {
    expect(decideNewsArticle({ ...input, timeZone: 'WIB', updated: new Date('2024-11-15T01:00:00Z') }).dateModified).toBe('2024-11-15T08:00:00+07:00');
    expect(decideNewsArticle({ ...input, timeZone: 'WIB', updated: new Date('2024-11-01T01:00:00Z') }).dateModified).toBe('2024-11-14T10:30:00+07:00');
  });

  it('adds the editor and section when there are', () => {
    const data = decideNewsArticle({ ...input, editor: { name: 'Redaktur Uji' }, section: 'pelayanan-publik' });
    expect(data.editor).toEqual({ '@type': 'Person', name: 'Redaktur Uji' });
    expect(data.articleSection).toBe('pelayanan-publik');
  });
});

describe('breadcrumbs', () => {
  it('goes Beranda > region > article, or Beranda > index > article', () => {
    const withRegion = decideArticleCrumbs({
      home: 'https://contoh.test/',
      index: 'https://contoh.test/indeks/',
      region: { name: 'Kota Ambon', url: 'https://contoh.test/daerah/kota-ambon/' },
      article: { title: 'Judul', url: 'https://contoh.test/berita/a/' },
    });
    expect(withRegion.map((crumb) => crumb.name)).toEqual(['Beranda', 'Kota Ambon', 'Judul']);
    const without = decideArticleCrumbs({ home: 'https://contoh.test/', index: 'https://contoh.test/indeks/', article: { title: 'Judul', url: 'https://contoh.test/berita/a/' } });
    expect(without[1]).toEqual({ name: 'Indeks Berita', url: 'https://contoh.test/indeks/' });
    expect(decideBreadcrumbList(withRegion)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://contoh.test/' },
        { '@type': 'ListItem', position: 2, name: 'Kota Ambon', item: 'https://contoh.test/daerah/kota-ambon/' },
        { '@type': 'ListItem', position: 3, name: 'Judul', item: 'https://contoh.test/berita/a/' },
      ],
    });
  });
});
