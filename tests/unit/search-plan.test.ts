import { describe, expect, it } from 'vitest';
import { decideArchiveParts, decideSearchPlan, type SearchIndexState } from '../../src/build/search-plan.ts';

const VERSION = 'v1';
const pages = (entries: Record<string, string>) => new Map(Object.entries(entries));

/** An archive of `a`, `b`, `c` in one part, as a full build records it. */
const state: SearchIndexState = {
  version: VERSION,
  parts: [
    {
      dir: 'arsip-1',
      hash: 'h',
      pages: {
        '/berita/a/': { digest: 'a1', fragment: 'id_a' },
        '/berita/b/': { digest: 'b1', fragment: 'id_b' },
        '/berita/c/': { digest: 'c1', fragment: 'id_c' },
      },
    },
  ],
};

describe('decideArchiveParts', () => {
  it('splits the pages in URL order into as few parts as the size allows, of equal size, numbered from 1', () => {
    expect(decideArchiveParts(['/e/', '/a/', '/d/', '/b/', '/c/'], 2)).toEqual([
      { dir: 'arsip-1', urls: ['/a/', '/b/'] },
      { dir: 'arsip-2', urls: ['/c/'] },
      { dir: 'arsip-3', urls: ['/d/', '/e/'] },
    ]);
    expect(decideArchiveParts(['/a/', '/b/', '/c/', '/d/', '/e/'], 4).map((part) => part.urls.length)).toEqual([3, 2]);
    expect(decideArchiveParts(['/a/', '/b/'], 2)).toEqual([{ dir: 'arsip-1', urls: ['/a/', '/b/'] }]);
    expect(decideArchiveParts([], 2)).toEqual([]);
    const sizes = decideArchiveParts(Array.from({ length: 100_001 }, (_, i) => `/berita/${i}/`)).map((part) => part.urls.length);
    expect(sizes.length).toBe(11);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(100_001);
  });
});

describe('decideSearchPlan', () => {
  it('rebuilds every part when there is no recorded index, or it was written by another version', () => {
    const current = pages({ '/berita/a/': 'a1' });
    expect(decideSearchPlan(undefined, current, { version: VERSION })).toMatchObject({ kind: 'rebuild', reason: 'belum ada indeks' });
    expect(decideSearchPlan(state, current, { version: 'v2' })).toMatchObject({ kind: 'rebuild', reason: 'versi indeks berubah' });
  });

  it('changes nothing when no page changed', () => {
    expect(decideSearchPlan(state, pages({ '/berita/a/': 'a1', '/berita/b/': 'b1', '/berita/c/': 'c1' }), { version: VERSION })).toEqual({
      kind: 'delta',
      deltaUrls: [],
      hidden: [],
    });
  });

  it('indexes a new page in the delta part and hides nothing', () => {
    const current = pages({ '/berita/a/': 'a1', '/berita/b/': 'b1', '/berita/c/': 'c1', '/berita/baru/': 'n1' });
    expect(decideSearchPlan(state, current, { version: VERSION })).toEqual({ kind: 'delta', deltaUrls: ['/berita/baru/'], hidden: [] });
  });

  it('re-indexes an edited page in the delta part and hides its archived copy', () => {
    const current = pages({ '/berita/a/': 'a1', '/berita/b/': 'b2', '/berita/c/': 'c1' });
    expect(decideSearchPlan(state, current, { version: VERSION })).toEqual({
      kind: 'delta',
      deltaUrls: ['/berita/b/'],
      hidden: [{ part: 'arsip-1', fragment: 'id_b' }],
    });
  });

  it('hides the archived copy of a deleted or unpublished page', () => {
    const current = pages({ '/berita/a/': 'a1', '/berita/c/': 'c1' });
    expect(decideSearchPlan(state, current, { version: VERSION })).toEqual({ kind: 'delta', deltaUrls: [], hidden: [{ part: 'arsip-1', fragment: 'id_b' }] });
  });

  it('leaves the delta when a page is edited back to what was archived', () => {
    const current = pages({ '/berita/a/': 'a1', '/berita/b/': 'b1', '/berita/c/': 'c1' });
    expect(decideSearchPlan(state, current, { version: VERSION }).kind).toBe('delta');
    expect(decideSearchPlan(state, current, { version: VERSION })).toMatchObject({ deltaUrls: [], hidden: [] });
  });

  it('rebuilds every part once more pages changed than the delta limit', () => {
    const current = pages({ '/berita/a/': 'a2', '/berita/b/': 'b2', '/berita/c/': 'c1' });
    expect(decideSearchPlan(state, current, { version: VERSION, deltaLimit: 2 }).kind).toBe('delta');
    const plan = decideSearchPlan(state, pages({ '/berita/a/': 'a2', '/berita/b/': 'b2', '/berita/c/': 'c2' }), { version: VERSION, deltaLimit: 2 });
    expect(plan).toEqual({
      kind: 'rebuild',
      reason: '3 halaman berubah sejak indeks dibangun penuh',
      parts: [{ dir: 'arsip-1', urls: ['/berita/a/', '/berita/b/', '/berita/c/'] }],
    });
  });
});
