/**
 * Every region of Indonesia is known (idn-area-data): an article about a
 * region with no file in content/regions/ builds with the right dateline
 * zone, a misspelt id fails check and build alike with the closest ids, and
 * only regions with content get pages and feeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree, checkTree, copyFixture, type BuildResult, type Tree } from './harness.ts';

const JAYAPURA = `---
title: Pelayanan terpadu di Kota Jayapura diperluas
description: Artikel uji tentang daerah tanpa berkas di content/regions/.
date: "2024-11-20T10:30:00+09:00"
author: penulis-uji
region: kota-jayapura
tags: [Pelayanan Publik]
---

JAYAPURA - Paragraf pertama.
`;

const SORONG_DRAFT = `---
title: Draf tentang Kota Sorong yang belum terbit
description: Artikel uji yang masih draf.
date: 2024-11-20T10:30
author: penulis-uji
region: kota-sorong
draft: true
---

SORONG - Paragraf pertama.
`;

describe('regions from idn-area-data', () => {
  let tree: Tree;
  let build: BuildResult;
  beforeAll(async () => {
    tree = copyFixture('basic', 'all-regions-known');
    writeFileSync(path.join(tree.dir, 'articles/2024/jayapura-terpadu.mdx'), JAYAPURA);
    writeFileSync(path.join(tree.dir, 'articles/2024/draf-sorong.mdx'), SORONG_DRAFT);
    build = await buildTree(tree);
  }, 240_000);
  afterAll(() => rmSync(path.dirname(tree.dir), { recursive: true, force: true }));

  it('builds an article about a region without a region file, dated in its province zone (WIT)', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(tree.dir, 'regions/kota-jayapura.yaml'))).toBe(false);
    const html = readFileSync(path.join(tree.outDir, 'berita/jayapura-terpadu/index.html'), 'utf8');
    expect(html).toContain('datetime="2024-11-20T10:30:00+09:00"');
    expect(html).toContain('WIT');
    expect(html).toContain('href="/daerah/kota-jayapura/"');
  });

  it('makes region pages and feeds only for regions with published content (and their provinces)', () => {
    const pages = readdirSync(path.join(tree.outDir, 'daerah'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(pages).toEqual(['kota-ambon', 'kota-jayapura', 'maluku', 'musi-banyuasin', 'papua', 'sumatera-selatan']);
    for (const id of pages) {
      expect(existsSync(path.join(tree.outDir, 'daerah', id, 'index.html')), id).toBe(true);
      expect(existsSync(path.join(tree.outDir, 'daerah', id, 'rss.xml')), id).toBe(true);
    }
    // Not the draft's region, nor any of the other 540-odd known regions.
    expect(existsSync(path.join(tree.outDir, 'daerah/kota-sorong'))).toBe(false);
    expect(existsSync(path.join(tree.outDir, 'daerah/aceh'))).toBe(false);
    const directory = readFileSync(path.join(tree.outDir, 'daerah/index.html'), 'utf8');
    expect(directory).toContain('Kota Jayapura');
    expect(directory).toContain('Provinsi Papua');
    expect(directory).not.toContain('Kota Sorong');
    expect(directory).not.toContain('Aceh');
  });

  it('gives a region its page once the newsroom writes a file for it, even one that adds nothing (rebuild)', async () => {
    writeFileSync(path.join(tree.dir, 'regions/kota-sorong.yaml'), 'name: Kota Sorong\n');
    const rebuild = await buildTree(tree);
    expect(rebuild.code, rebuild.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(tree.outDir, 'daerah/kota-sorong/index.html'))).toBe(true);
    expect(existsSync(path.join(tree.outDir, 'daerah/papua-barat-daya/index.html'))).toBe(true);
  }, 240_000);
});

describe('an unknown region id', () => {
  it('fails the check and the build naming the file and the closest known ids', async () => {
    const tree = copyFixture('basic', 'all-regions-unknown');
    writeFileSync(path.join(tree.dir, 'articles/2024/jayapura-terpadu.mdx'), JAYAPURA.replace('region: kota-jayapura', 'region: kota-jaypura'));
    const lines = await checkTree(tree);
    const build = await buildTree(tree);
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });
    const expected = 'articles/2024/jayapura-terpadu.mdx:6 region: ditemukan "kota-jaypura"';
    const line = lines.find((candidate) => candidate.includes(expected));
    expect(line, lines.join('\n')).toBeDefined();
    expect(line).toContain('mungkin maksudnya: "kota-jayapura"');
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(line);
  }, 240_000);

  it('in a results table names the file and line, with suggestions', async () => {
    const tree = copyFixture('awards', 'all-regions-table');
    const resultsDir = path.join(tree.dir, 'results');
    const scheme = readdirSync(resultsDir)[0]!;
    const year = readdirSync(path.join(resultsDir, scheme)).find((name) => name.endsWith('.csv'))!;
    const file = path.join(resultsDir, scheme, year);
    const text = readFileSync(file, 'utf8').replace(/\n?$/, '\n');
    const header = text.split('\n').find((line) => line.trim() && !line.startsWith('#'))!;
    const columns = header.split(',');
    const row = columns.map((column) => (column === 'region' ? 'kota-jaypura' : column === 'score' ? '80' : '')).join(',');
    writeFileSync(file, `${text}${row}\n`);
    const lineNumber = text.split('\n').length;
    const lines = await checkTree(tree);
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });
    const line = lines.find((candidate) => candidate.includes(`${scheme}/${year}:${lineNumber} region: ditemukan "kota-jaypura"`));
    expect(line, lines.join('\n')).toBeDefined();
    expect(line).toContain('mungkin maksudnya: "kota-jayapura"');
  }, 120_000);

  it('in a region file: a misspelt file name or a type that contradicts the package is named with its line', async () => {
    const tree = copyFixture('basic', 'all-regions-files');
    writeFileSync(path.join(tree.dir, 'regions/kota-jaypura.yaml'), 'capital: Jayapura\n');
    writeFileSync(path.join(tree.dir, 'regions/musi-banyuasin.yaml'), 'name: Kabupaten Musi Banyuasin\ntype: kota\nprovince: sumatera-selatan\n');
    const lines = await checkTree(tree);
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });
    expect(lines.find((line) => line.includes('regions/kota-jaypura.yaml name: ditemukan (kosong)')), lines.join('\n')).toContain('mungkin maksudnya: "kota-jayapura"');
    expect(lines.find((line) => line.includes('regions/musi-banyuasin.yaml:2 type: ditemukan "kota"')), lines.join('\n')).toContain('kabupaten, seperti di data wilayah idn-area-data');
  }, 120_000);
});
