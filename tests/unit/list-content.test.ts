/**
 * The one content listing (issue 13, item 9): every odd file is either listed
 * the way the layout says or reported with a one-line problem, never dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listContent, type ContentListing } from '../../src/content-tree/list-content.ts';
import { formatProblem } from '../../src/model/problem.ts';

let root: string;
let listing: ContentListing;
let lines: string[];

function put(file: string, text = 'name: X\n'): void {
  const full = path.join(root, 'content', file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'warta-list-'));
  put('README.md', '# panduan');
  put('articles/2024/terbit.mdx', '---\n---\n');
  put('articles/2024/dalam/lebih-dalam.mdx', '---\n---\n');
  put('articles/2024/gambar/foto.jpg', 'jpg');
  put('articles/2024/BESAR.MDX', '---\n---\n');
  put('articles/2024/catatan.md', '# md');
  put('articles/2024/salah-tempat.yaml');
  put('articles/.DS_Store', '');
  put('regions/musi-banyuasin.yaml');
  put('regions/kota-ambon.yml');
  put('regions/sub/kota-baru.yaml');
  put('regions/HURUF.YAML');
  put('regions/.gitkeep', '');
  put('regions/catatan.txt', 'x');
  put('authors/penulis.yaml');
  put('authors/penulis.yml');
  put('schemes/arsip/lama.yaml');
  put('results/ombudsman/2024.csv', 'region,score\n');
  put('results/ombudsman/2023.CSV', 'region,score\n');
  put('results/ombudsman/arsip/2022.csv', 'region,score\n');
  put('results/2021.csv', 'region,score\n');
  put('results/ombudsman/2024-revisi.csv', 'region,score\n');
  put('artikel/nyasar.mdx', '---\n---\n');
  // Symbolic links: to a file inside content/, to one outside, and a linked folder.
  put('luar.txt');
  writeFileSync(path.join(root, 'rahasia.yaml'), 'name: Rahasia\n');
  mkdirSync(path.join(root, 'folder-luar'));
  writeFileSync(path.join(root, 'folder-luar', 'asing.mdx'), '---\n---\n');
  symlinkSync(path.join(root, 'content/articles/2024/terbit.mdx'), path.join(root, 'content/articles/2024/tautan.mdx'));
  symlinkSync(path.join(root, 'rahasia.yaml'), path.join(root, 'content/regions/rahasia.yaml'));
  symlinkSync(path.join(root, 'folder-luar'), path.join(root, 'content/articles/folder-luar'));
  // A linked image is the image rule's to judge (image-file.ts follows it, inside content/ only).
  symlinkSync(path.join(root, 'content/articles/2024/gambar/foto.jpg'), path.join(root, 'content/articles/2024/gambar/tautan.jpg'));
  listing = await listContent('content', root);
  lines = listing.problems.map(formatProblem);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const lineFor = (file: string) => lines.filter((line) => line.startsWith(`content/${file} `));

describe('listContent', () => {
  it('lists articles at any depth, data files directly in their folder, tables as <scheme>/<year>.csv', () => {
    expect(listing.articles.map((a) => [a.file, a.slug])).toEqual([
      ['content/articles/2024/dalam/lebih-dalam.mdx', 'lebih-dalam'],
      ['content/articles/2024/terbit.mdx', 'terbit'],
    ]);
    expect(listing.regions.map((r) => [r.file, r.id])).toEqual([
      ['content/regions/kota-ambon.yml', 'kota-ambon'],
      ['content/regions/musi-banyuasin.yaml', 'musi-banyuasin'],
    ]);
    expect(listing.schemes).toEqual([]);
    expect(listing.tables.map((t) => [t.file, t.scheme, t.year])).toEqual([['content/results/ombudsman/2024.csv', 'ombudsman', 2024]]);
  });

  it.each([
    ['articles/2024/BESAR.MDX', '.mdx (huruf kecil)'],
    ['articles/2024/catatan.md', '.mdx (huruf kecil)'],
    ['articles/2024/salah-tempat.yaml', 'di foldernya sendiri'],
    ['regions/sub/kota-baru.yaml', 'tanpa subfolder'],
    ['regions/HURUF.YAML', 'content/regions/'],
    ['regions/catatan.txt', 'content/regions/'],
    ['schemes/arsip/lama.yaml', 'tanpa subfolder'],
    ['results/ombudsman/2023.CSV', '<tahun>.csv'],
    ['results/ombudsman/arsip/2022.csv', '<tahun>.csv'],
    ['results/2021.csv', '<tahun>.csv'],
    ['results/ombudsman/2024-revisi.csv', '<tahun>.csv'],
    ['artikel/nyasar.mdx', 'content/articles/'],
    ['articles/2024/tautan.mdx', 'symlink'],
    ['regions/rahasia.yaml', 'symlink'],
    ['articles/folder-luar', 'symlink'],
  ])('reports %s', (file, expected) => {
    const found = lineFor(file);
    expect(found, lines.join('\n')).toHaveLength(1);
    expect(found[0]).toContain(`nama berkas: ditemukan "${path.basename(file)}"; diharapkan: `);
    expect(found[0]).toContain(expected);
  });

  it('reports one id given by two files, on both', () => {
    expect(lineFor('authors/penulis.yaml')[0]).toContain('content/authors/penulis.yml');
    expect(lineFor('authors/penulis.yml')[0]).toContain('content/authors/penulis.yaml');
  });

  it('reports nothing else (README, images and linked images, hidden system files are not content)', () => {
    expect(lines).toHaveLength(17);
  });

  it('never follows a link out of content/', () => {
    expect(JSON.stringify(listing)).not.toContain('asing.mdx');
    expect(listing.regions.map((r) => r.id)).not.toContain('rahasia');
  });
});
