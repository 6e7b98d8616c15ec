/**
 * Incremental builds (experimental.incrementalBuild with the cache keys of
 * src/astro-glue/article-page.ts, list-routes.ts and page-keys.ts) must never
 * serve a stale page: after each kind of edit, a rebuild on the warm cache
 * must equal a clean build of the same content, file for file and byte for
 * byte. It must also really reuse pages, or the comparison proves nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree, cacheDirOf, copyFixture, copyTree, differences, editFile, listFiles, type BuildResult, type Tree } from './harness.ts';

const edit = (tree: Tree, file: string, change: (text: string) => string) => editFile(tree.dir, file, change);

const reused = (build: BuildResult) => (build.output.match(/\((?:restored|cached)\)/g) ?? []).length;
/** Whether a route's file was written by this build (Astro logs a reused one as `<file> (cached)`). */
const rendered = (build: BuildResult, file: string) => {
  if (!build.output.includes(`${file}`)) throw new Error(`${file} is not in the build log`);
  return !build.output.includes(`${file} (cached)`) && !build.output.includes(`${file} (restored)`);
};

async function rebuildAndCompare(tree: Tree, round: string): Promise<{ rebuild: BuildResult; diff: string[] }> {
  const rebuild = await buildTree(tree);
  expect(rebuild.code, rebuild.output.slice(-2000)).toBe(0);
  return { rebuild, diff: await compareWithClean(tree, round) };
}

async function compareWithClean(tree: Tree, round: string): Promise<string[]> {
  const clean = copyTree(tree, `incremental-clean-${round}`);
  rmSync(cacheDirOf(clean), { recursive: true, force: true });
  const cleanBuild = await buildTree(clean);
  expect(cleanBuild.code, cleanBuild.output.slice(-2000)).toBe(0);
  expect(reused(cleanBuild)).toBe(0);
  return differences(tree.outDir, clean.outDir);
}

describe('incremental rebuilds equal clean builds', () => {
  let tree: Tree;
  let first: BuildResult;
  let unchanged: BuildResult;
  beforeAll(async () => {
    tree = copyFixture('hostile', 'incremental');
    // A results table: awards that no article reports, shown on region pages and badges.
    mkdirSync(path.join(tree.dir, 'results/ombudsman'), { recursive: true });
    writeFileSync(
      path.join(tree.dir, 'results/ombudsman/2023.csv'),
      '# Uji: hasil Ombudsman 2023.\nregion,score,grade\nmusi-banyuasin,91.72,A\nkota-ambon,70.10,C\n',
    );
    rmSync(cacheDirOf(tree), { recursive: true, force: true });
    first = await buildTree(tree);
    unchanged = await buildTree(tree);
  });

  it('reuses every keyed page when nothing changed', () => {
    expect(first.code, first.output.slice(-2000)).toBe(0);
    expect(reused(first)).toBe(0);
    expect(unchanged.code).toBe(0);
    expect(rendered(unchanged, '/berita/terbit-muba/index.html')).toBe(false);
    expect(reused(unchanged)).toBeGreaterThan(10);
    // The previous output is the starting point, so stale files must be deleted by the build itself.
    expect(unchanged.output).toContain('keluaran terakhir dipakai ulang');
    expect(unchanged.output).toMatch(/dist\/: 0 berkas baru, 0 berubah, 0 dihapus/);
  });

  it('after a body edit of a Baca Juga target, a region rename and an author rename', async () => {
    edit(tree, 'articles/lain/terbit-ambon.mdx', (text) => `${text}\nParagraf tambahan setelah penyuntingan kotaambonbaru.\n`);
    edit(tree, 'regions/musi-banyuasin.yaml', (text) => text.replace('Kabupaten Musi Banyuasin', 'Kabupaten Musi Banyuasin Raya'));
    edit(tree, 'authors/penulis-uji.yaml', (text) => text.replace('Penulis Uji', 'Penulis Uji Kedua'));
    const { rebuild, diff } = await rebuildAndCompare(tree, 'a');
    expect(diff).toEqual([]);
    expect(rendered(rebuild, '/berita/terbit-ambon/index.html')).toBe(true);
    expect(readFileSync(path.join(tree.outDir, 'berita/terbit-ambon/index.html'), 'utf8')).toContain('kotaambonbaru');
  });

  it('after a title edit, a score that changes the grade, and an article turned draft', async () => {
    edit(tree, 'articles/2024/terbit-muba.mdx', (text) => text.replace('title: Artikel terbit tentang Musi Banyuasin', 'title: Judul baru tentang Musi Banyuasin'));
    edit(tree, 'articles/2026/skor-hostile.mdx', (text) => text.replace('score: 93.31', 'score: 80.25'));
    edit(tree, 'articles/2026/berita-kemarin.mdx', (text) => text.replace('tags: [Berita Singkat]', 'tags: [Berita Singkat]\ndraft: true'));
    const { rebuild, diff } = await rebuildAndCompare(tree, 'b');
    expect(diff).toEqual([]);
    expect(reused(rebuild)).toBeGreaterThan(0);
    expect(listFiles(tree.outDir)).not.toContain('berita/berita-kemarin/index.html');
  });

  it('after a results table changes a grade no article reports', async () => {
    edit(tree, 'results/ombudsman/2023.csv', (text) => text.replace('kota-ambon,70.10,C', 'kota-ambon,85.00,B'));
    const { rebuild, diff } = await rebuildAndCompare(tree, 'results');
    expect(diff).toEqual([]);
    expect(rendered(rebuild, '/daerah/kota-ambon/index.html')).toBe(true);
    expect(rendered(rebuild, '/lencana/kota-ambon/ombudsman-2023.svg')).toBe(true);
    expect(rendered(rebuild, '/daerah/maluku/index.html')).toBe(false);
  });

  it('after a title edit of an explicit Baca Juga target', async () => {
    // skor-hostile shows terbit-ambon's title in its <BacaJuga slug="terbit-ambon" /> block.
    edit(tree, 'articles/lain/terbit-ambon.mdx', (text) => text.replace(/^title: (.*)$/m, 'title: $1 (judul disunting)'));
    const { rebuild, diff } = await rebuildAndCompare(tree, 'explicit-target');
    expect(diff).toEqual([]);
    expect(rendered(rebuild, '/berita/skor-hostile/index.html')).toBe(true);
    expect(readFileSync(path.join(tree.outDir, 'berita/skor-hostile/index.html'), 'utf8')).toContain('(judul disunting)');
  });

  it('after a new article', async () => {
    writeFileSync(
      path.join(tree.dir, 'articles/lain/artikel-baru-ambon.mdx'),
      readFileSync(path.join(tree.dir, 'articles/lain/terbit-ambon.mdx'), 'utf8')
        .replace('title: Artikel terbit tentang Kota Ambon', 'title: Artikel baru tentang Kota Ambon')
        .replace('date: "2024-11-14T10:30:00+07:00"', 'date: "2024-11-15T10:30:00+07:00"'),
    );
    appendFileSync(path.join(tree.dir, 'articles/lain/artikel-baru-ambon.mdx'), '\nIsi khusus artikel baru.\n');
    const { diff } = await rebuildAndCompare(tree, 'c');
    expect(diff).toEqual([]);
    expect(listFiles(tree.outDir)).toContain('berita/artikel-baru-ambon/index.html');
  });

  it('never reuses an output directory another content tree has written since', async () => {
    const other = copyFixture('basic', 'incremental-other');
    expect((await buildTree({ ...other, outDir: tree.outDir })).code).toBe(0);
    const rebuild = await buildTree(tree);
    expect(rebuild.code, rebuild.output.slice(-2000)).toBe(0);
    expect(rebuild.output).not.toContain('keluaran terakhir dipakai ulang');
    expect(await compareWithClean(tree, 'd')).toEqual([]);
  });
});

/**
 * At the archive's shape (lists with archive pages), a publish, a deletion and
 * an unpublish each rebuild to exactly a clean build, and a publish leaves the
 * archive pages as they were.
 */
describe('incremental rebuilds of paginated lists', () => {
  let tree: Tree;
  const article = (n: number) => `---
title: Arsip berita uji nomor ${n} dari Musi Banyuasin
description: Ringkasan berita arsip nomor ${n}.
date: 2023-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}T08:${String(n % 60).padStart(2, '0')}
author: penulis-uji
region: musi-banyuasin
tags: [Arsip Uji]
---

Paragraf pertama berita arsip ${n}.
`;
  beforeAll(async () => {
    tree = copyFixture('basic', 'incremental-archive');
    mkdirSync(path.join(tree.dir, 'articles/arsip'), { recursive: true });
    for (let n = 1; n <= 64; n += 1) writeFileSync(path.join(tree.dir, `articles/arsip/arsip-${n}.mdx`), article(n));
    rmSync(cacheDirOf(tree), { recursive: true, force: true });
    const first = await buildTree(tree);
    expect(first.code, first.output.slice(-2000)).toBe(0);
    expect(listFiles(tree.outDir)).toContain('indeks/2/index.html');
    expect(listFiles(tree.outDir)).toContain('topik/arsip-uji/2/index.html');
  });

  it('after a publish: first pages change, archive pages are reused', async () => {
    writeFileSync(path.join(tree.dir, 'articles/arsip/arsip-baru.mdx'), article(65).replace(/^date: .*$/m, 'date: 2024-12-01T08:00'));
    const { rebuild, diff } = await rebuildAndCompare(tree, 'archive-publish');
    expect(diff).toEqual([]);
    expect(rendered(rebuild, '/indeks/index.html')).toBe(true);
    expect(rendered(rebuild, '/indeks/1/index.html')).toBe(false);
    expect(rendered(rebuild, '/topik/arsip-uji/1/index.html')).toBe(false);
  });

  it('after a deletion and an unpublish', async () => {
    rmSync(path.join(tree.dir, 'articles/arsip/arsip-7.mdx'));
    edit(tree, 'articles/arsip/arsip-40.mdx', (text) => text.replace('tags: [Arsip Uji]', 'tags: [Arsip Uji]\ndraft: true'));
    const { diff } = await rebuildAndCompare(tree, 'archive-delete');
    expect(diff).toEqual([]);
    expect(listFiles(tree.outDir)).not.toContain('berita/arsip-7/index.html');
    expect(listFiles(tree.outDir)).not.toContain('berita/arsip-40/index.html');
  });
});
