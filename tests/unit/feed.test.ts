import { describe, expect, it } from 'vitest';
import {
  decideFeedArticles,
  decideFeedCategories,
  decideFeedChannel,
  decideFeedItem,
  decideLastBuildDate,
  decideRegionArticles,
  decideSchemeArticles,
  renderChannelExtras,
  renderItemExtras,
  toXmlSafeText,
  FEED_LIMIT,
  type FeedArticle,
} from '../../src/model/feed.ts';

function article(slug: string, date: string, extra: Partial<FeedArticle> = {}): FeedArticle {
  return {
    slug,
    url: `/portal/berita/${slug}/`,
    title: `Judul ${slug}`,
    description: `Ringkasan ${slug}`,
    date: new Date(date),
    author: { name: 'Penulis Uji' },
    tags: [],
    awards: [],
    publishState: 'published',
    ...extra,
  };
}

describe('decideFeedArticles', () => {
  it('keeps the newest 50 published articles, newest first, slug breaking ties', () => {
    const many = Array.from({ length: 60 }, (_, i) => article(`a-${String(i).padStart(2, '0')}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`));
    const items = decideFeedArticles(many);
    expect(items).toHaveLength(FEED_LIMIT);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(a.date > b.date || (a.date.getTime() === b.date.getTime() && a.slug < b.slug)).toBe(true);
    }
    expect(items[0]!.date.toISOString()).toBe('2024-01-28T00:00:00.000Z');
  });

  it('never lets a draft or a scheduled article in, even when the caller passes one (preview)', () => {
    const items = decideFeedArticles([
      article('terbit', '2024-01-01T00:00:00Z'),
      article('draf', '2024-01-02T00:00:00Z', { publishState: 'draft' }),
      article('nanti', '2099-01-01T00:00:00Z', { publishState: 'scheduled' }),
    ]);
    expect(items.map((item) => item.slug)).toEqual(['terbit']);
  });

  it('does not reorder the caller\'s list', () => {
    const list = [article('lama', '2020-01-01T00:00:00Z'), article('baru', '2024-01-01T00:00:00Z')];
    decideFeedArticles(list);
    expect(list.map((item) => item.slug)).toEqual(['lama', 'baru']);
  });
});

describe('feed subjects', () => {
  it('takes a province\'s articles from byProvince and a regency\'s from byRegion', () => {
    const byRegion = new Map([['muba', ['m1']], ['sumsel', ['p1']]]);
    const byProvince = new Map([['sumsel', ['p1', 'm1']]]);
    expect(decideRegionArticles({ id: 'sumsel', type: 'provinsi' }, byRegion, byProvince)).toEqual(['p1', 'm1']);
    expect(decideRegionArticles({ id: 'muba', type: 'kabupaten' }, byRegion, byProvince)).toEqual(['m1']);
    expect(decideRegionArticles({ id: 'kosong', type: 'kota' }, byRegion, byProvince)).toEqual([]);
  });

  it('finds the articles reporting a scheme', () => {
    const a = article('a', '2024-01-01T00:00:00Z', { awards: [{ scheme: 'ombudsman', year: 2024 }] });
    const b = article('b', '2024-01-01T00:00:00Z', { awards: [{ scheme: 'bpk-opini', year: 2023 }] });
    expect(decideSchemeArticles([a, b], 'ombudsman')).toEqual([a]);
    expect(decideSchemeArticles([a, b], 'sakip')).toEqual([]);
  });

  it('names channels and paths in one place', () => {
    expect(decideFeedChannel({ kind: 'portal' }, 'Warta Prestasi')).toMatchObject({ title: 'Warta Prestasi', pagePath: '', feedPath: 'rss.xml' });
    expect(decideFeedChannel({ kind: 'region', id: 'musi-banyuasin', name: 'Kabupaten Musi Banyuasin' }, 'Warta Prestasi')).toEqual({
      title: 'Warta Prestasi: Kabupaten Musi Banyuasin',
      description: 'Berita terbaru tentang Kabupaten Musi Banyuasin di Warta Prestasi.',
      pagePath: 'daerah/musi-banyuasin/',
      feedPath: 'daerah/musi-banyuasin/rss.xml',
      follows: 'berita Kabupaten Musi Banyuasin',
    });
    expect(decideFeedChannel({ kind: 'topic', slug: 'zona-hijau', name: 'Zona Hijau' }, 'Warta Prestasi').feedPath).toBe('topik/zona-hijau/rss.xml');
    expect(decideFeedChannel({ kind: 'scheme', id: 'ombudsman', name: 'Ombudsman RI' }, 'Warta Prestasi').feedPath).toBe('penghargaan/ombudsman/rss.xml');
  });
});

describe('items', () => {
  it('lists tags then the region as categories, without repeats', () => {
    expect(
      decideFeedCategories({
        tags: [{ slug: 'zona-hijau', name: 'Zona Hijau' }, { slug: 'musi-banyuasin', name: 'Musi Banyuasin' }],
        region: { id: 'muba', name: 'Musi Banyuasin' },
      }),
    ).toEqual(['Zona Hijau', 'Musi Banyuasin']);
  });

  it('builds an item with an absolute permalink and the writer as dc:creator', () => {
    const item = decideFeedItem(
      article('muba', '2024-11-14T03:30:00Z', { author: { name: 'Rina & "Kawan"' }, region: { id: 'muba', name: 'Kabupaten Musi Banyuasin' } }),
      { origin: 'https://contoh.test', content: '<p>Isi</p>' },
    );
    expect(item).toEqual({
      title: 'Judul muba',
      link: 'https://contoh.test/portal/berita/muba/',
      description: 'Ringkasan muba',
      pubDate: new Date('2024-11-14T03:30:00Z'),
      categories: ['Kabupaten Musi Banyuasin'],
      content: '<p>Isi</p>',
      customData: '<dc:creator>Rina &amp; &quot;Kawan&quot;</dc:creator>',
    });
    expect(renderItemExtras({ author: { name: '<b>' } })).toBe('<dc:creator>&lt;b&gt;</dc:creator>');
  });

  it('removes characters XML cannot carry, keeps emoji', () => {
    expect(toXmlSafeText('a\u0000b\u0008c\u000bd\te\nf 🎉 \ud800g')).toBe('abcd\te\nf 🎉 g');
  });
});

describe('channel', () => {
  it('dates the channel by its newest publication or update', () => {
    expect(decideLastBuildDate([])).toBeUndefined();
    expect(
      decideLastBuildDate([
        { date: new Date('2024-01-01T00:00:00Z') },
        { date: new Date('2023-01-01T00:00:00Z'), updated: new Date('2024-02-01T00:00:00Z') },
      ])?.toISOString(),
    ).toBe('2024-02-01T00:00:00.000Z');
  });

  it('renders language, atom:link self, lastBuildDate and image, escaped', () => {
    const xml = renderChannelExtras({
      selfUrl: 'https://contoh.test/rss.xml?a=1&b=2',
      lastBuildDate: new Date('2024-11-14T03:30:00Z'),
      image: { url: 'https://contoh.test/feed-logo.png', title: 'A & <B>', link: 'https://contoh.test/', width: 144, height: 144 },
    });
    expect(xml).toBe(
      '<language>id</language><atom:link href="https://contoh.test/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>' +
        '<lastBuildDate>Thu, 14 Nov 2024 03:30:00 GMT</lastBuildDate>' +
        '<image><url>https://contoh.test/feed-logo.png</url><title>A &amp; &lt;B&gt;</title><link>https://contoh.test/</link><width>144</width><height>144</height></image>',
    );
  });
});
