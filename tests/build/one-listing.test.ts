/**
 * One file listing for the content check and the build (issue 13, item 9):
 * odd files (sub-folders, deeper results, upper-case extensions, symbolic
 * links, one id in two files) are reported by both with the same lines, and
 * the layouts that are accepted (`.yml`, articles in nested folders, hidden
 * system files) are seen by both.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree, cacheDirOf, checkTree, copyFixture, listFiles, ROOT, type Tree } from './harness.ts';

const OUTSIDE = path.join(ROOT, '.tmp', 'build-tests', 'listing-outside');

function put(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** A fixture copy with its own empty Astro cache: every run starts from the same state. */
function freshTree(name: string): Tree {
  const tree = copyFixture('basic', name);
  rmSync(cacheDirOf(tree), { recursive: true, force: true });
  return tree;
}

const article = (dir: string) => readFileSync(path.join(dir, 'articles/2024/terbit-muba.mdx'), 'utf8');

afterAll(() => rmSync(OUTSIDE, { recursive: true, force: true }));

describe('the check and the build list the same files', () => {
  it('report every odd file with the same lines', async () => {
    const tree = freshTree('listing-odd');
    const d = tree.dir;
    put(d, 'regions/sub/kota-baru.yaml', 'name: Kota Baru\ntype: kota\nprovince: maluku\n');
    put(d, 'authors/tim/penulis-lain.yaml', 'name: Penulis Lain\n');
    put(d, 'schemes/arsip/skema-lama.yaml', 'name: Skema Lama\n');
    put(d, 'regions/KOTA-BESAR.YAML', 'name: Kota Besar\ntype: kota\nprovince: maluku\n');
    put(d, 'authors/penulis-uji.yml', 'name: Penulis Uji Kembar\n');
    put(d, 'articles/2024/BESAR.MDX', article(d).replace('Artikel terbit', 'Artikel besar'));
    put(d, 'results/ombudsman/2023.CSV', 'region,score\nmusi-banyuasin,90\n');
    put(d, 'results/ombudsman/arsip/2022.csv', 'region,score\nmusi-banyuasin,90\n');
    // An article that relies on the region in a sub-folder: the check must not pass it while the build drops the region.
    put(d, 'articles/2024/kota-baru.mdx', article(d).replace('region: musi-banyuasin', 'region: kota-baru'));
    // Symbolic links to a file inside content/, to a file outside and to a folder outside.
    put(OUTSIDE, 'rahasia.yaml', 'name: Rahasia\ntype: kota\nprovince: maluku\n');
    put(OUTSIDE, 'artikel/asing.mdx', article(d).replace('Artikel terbit', 'Artikel asing'));
    symlinkSync(path.join(d, 'articles/2024/terbit-muba.mdx'), path.join(d, 'articles/lain/tautan.mdx'));
    symlinkSync(path.join(OUTSIDE, 'rahasia.yaml'), path.join(d, 'regions/rahasia.yaml'));
    symlinkSync(path.join(OUTSIDE, 'artikel'), path.join(d, 'articles/luar'));

    const lines = await checkTree(tree);
    const build = await buildTree(tree);
    rmSync(tree.outDir, { recursive: true, force: true });

    expect(build.code, build.output.slice(-2000)).not.toBe(0);
    for (const [file, expected] of [
      ['regions/sub/kota-baru.yaml', 'tanpa subfolder'],
      ['authors/tim/penulis-lain.yaml', 'tanpa subfolder'],
      ['schemes/arsip/skema-lama.yaml', 'tanpa subfolder'],
      ['regions/KOTA-BESAR.YAML', 'content/regions/'],
      ['authors/penulis-uji.yml', 'satu berkas untuk id "penulis-uji"'],
      ['authors/penulis-uji.yaml', 'satu berkas untuk id "penulis-uji"'],
      ['articles/2024/BESAR.MDX', '.mdx (huruf kecil)'],
      ['results/ombudsman/2023.CSV', '<tahun>.csv'],
      ['results/ombudsman/arsip/2022.csv', '<tahun>.csv'],
      ['articles/2024/kota-baru.mdx', 'region: ditemukan "kota-baru"'],
      ['articles/lain/tautan.mdx', 'symlink'],
      ['regions/rahasia.yaml', 'symlink'],
      ['articles/luar', 'symlink'],
    ]) {
      const line = lines.find((candidate) => candidate.startsWith(`${tree.contentDir}/${file}`) && candidate.includes(expected!));
      expect(line, `${file} in:\n${lines.join('\n')}`).toBeDefined();
    }
    // The build reports the very same lines as the check.
    for (const line of lines) expect(build.output).toContain(line);
    expect(build.output).toContain(`Konten tidak lolos pemeriksaan (${lines.length} masalah)`);
  });

  it('build what the check accepts: .yml data, nested article folders, hidden system files', async () => {
    const tree = freshTree('listing-accepted');
    const d = tree.dir;
    put(d, 'authors/penulis-yml.yml', 'name: Penulis Berkas Yml\n');
    put(d, 'regions/.gitkeep', '');
    put(d, 'articles/2024/satu/dua/berita-dalam.mdx', article(d).replace('author: penulis-uji', 'author: penulis-yml').replace('Artikel terbit', 'Artikel dalam'));
    expect(await checkTree(tree)).toEqual([]);
    const build = await buildTree(tree);
    expect(build.code, build.output.slice(-2000)).toBe(0);
    const files = listFiles(tree.outDir);
    expect(files).toContain('berita/berita-dalam/index.html');
    expect(files).toContain('penulis/penulis-yml/index.html');
    expect(readFileSync(path.join(tree.outDir, 'berita/berita-dalam/index.html'), 'utf8')).toContain('Penulis Berkas Yml');
    rmSync(tree.outDir, { recursive: true, force: true });
  });
});
