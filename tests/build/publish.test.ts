import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree, copyFixture, readTextFiles, type Tree, type BuildResult } from './harness.ts';

describe('a fixture tree with published, draft and future articles', () => {
  let tree: Tree;
  let build: BuildResult;
  beforeAll(async () => {
    tree = copyFixture('basic', 'publish');
    build = await buildTree(tree);
  });

  const page = (route: string) => path.join(tree.outDir, route, 'index.html');

  it('builds', () => {
    expect(build.output).toContain('Complete!');
    expect(build.code).toBe(0);
  });

  it('gives every published article its page', () => {
    for (const slug of ['terbit-muba', 'terbit-ambon']) expect(existsSync(page(`berita/${slug}`)), slug).toBe(true);
  });

  it('builds no page for a draft or a future article', () => {
    expect(existsSync(page('berita/draf-rahasia'))).toBe(false);
    expect(existsSync(page('berita/terjadwal-masa-depan'))).toBe(false);
    expect(existsSync(page('topik/rahasia-draf'))).toBe(false);
    expect(existsSync(page('topik/masa-depan'))).toBe(false);
  });

  it('mentions drafts and future articles nowhere in dist/', () => {
    for (const [file, text] of readTextFiles(tree.outDir)) {
      for (const needle of ['draf-rahasia', 'unikdrafxyz', 'terjadwal-masa-depan', 'unikmasadepanxyz', 'Rahasia Draf']) {
        expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
      }
    }
  });

  it('builds the listing pages', () => {
    for (const route of ['', 'indeks', 'daerah', 'daerah/musi-banyuasin', 'daerah/kota-ambon', 'topik/pelayanan-publik', 'penulis/penulis-uji']) {
      expect(existsSync(page(route)), route).toBe(true);
    }
    expect(existsSync(path.join(tree.outDir, '404.html'))).toBe(true);
    const index = readFileSync(page('indeks'), 'utf8');
    expect(index).toContain('/berita/terbit-muba/');
    expect(index).toContain('/berita/terbit-ambon/');
    expect(index).toContain('2 berita');
  });

  it('dates an article in its region\'s time zone', () => {
    const ambon = readFileSync(page('berita/terbit-ambon'), 'utf8');
    expect(ambon).toContain('Kamis, 14 November 2024 12.30 WIT');
    const muba = readFileSync(page('berita/terbit-muba'), 'utf8');
    expect(muba).toContain('Kamis, 14 November 2024 10.30 WIB');
    expect(muba).toMatch(/Penulis: <a[^>]*>Penulis Uji<\/a>\s*\| Editor: <a[^>]*>Redaktur Uji<\/a>/);
  });

  it('renders a one-line pull quote as a figure, not inside a paragraph', () => {
    const ambon = readFileSync(page('berita/terbit-ambon'), 'utf8');
    expect(ambon).toContain('<figure class="kutipan">');
    expect(ambon).not.toMatch(/<p>\s*<figure/);
  });
});
