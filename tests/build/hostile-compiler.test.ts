/**
 * Issue 13, items 5-7, through the real build (tests/fixtures/hostile-compiler:
 * the basic fixture plus an article whose attributes, link title, code fence
 * and image alt hold marker lookalikes).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { isBodyMarkerTag } from '../../src/model/body-markers.ts';
import { buildTree, checkTree, copyFixture, readTextFiles } from './harness.ts';

const PAGE = 'berita/penanda-palsu/index.html';

function edit(file: string, from: string, to: string): void {
  const before = readFileSync(file, 'utf8');
  if (!before.includes(from)) throw new Error(`fixture edit: ${from} not in ${file}`);
  writeFileSync(file, before.replace(from, to));
}

describe('marker lookalikes build as plain text', () => {
  it('builds; no badge, Baca Juga block or date is injected, no marker is left, the attributes are intact', { timeout: 240_000 }, async () => {
    const tree = copyFixture('hostile-compiler', 'hostile-compiler-lookalikes');
    expect(await checkTree(tree)).toEqual([]);
    const build = await buildTree(tree);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const files = readTextFiles(tree.outDir);
    const page = files.get(PAGE)!;
    expect(page).toBeDefined();
    expect(page).not.toContain('data-award');
    expect(page).not.toContain('Januari 2001');
    expect(page).toContain('title="Video: Rapat <!--lencana:ombudsman:2024--> <!--lencana-blok:sakip:2023--> <!--bj:bukan-slug-->');
    expect(page).toContain('class="language-<!--bj:Bad-Slug-->"');
    expect(page).toContain('title="judul <!--lencana:ombudsman:2024--> <!--bj:Bad Slug-->"');
    // Every real slot was filled or removed, on every page and in every feed.
    for (const [file, text] of files) {
      if (!file.endsWith('.html')) continue;
      const left: string[] = [];
      visit(fromHtml(text), 'element', (element: Element) => {
        if (isBodyMarkerTag(element.tagName)) left.push(element.tagName);
      });
      expect(left, file).toEqual([]);
    }
    expect(files.get('rss.xml')).toContain('Paragraf kelima');
    expect(files.get('rss.xml')).not.toMatch(/&lt;warta-(slot|baca-juga|lencana|waktu) data-(n|slug|scheme|iso)="/);
    rmSync(tree.outDir, { recursive: true, force: true });
  });
});

describe('hostile images and tags fail the check and the build with the same lines', () => {
  it('refuses remote, escaping, symlinked-out and SVG images, too many or slug-less tags, and an oversized body', { timeout: 240_000 }, async () => {
    const tree = copyFixture('hostile-compiler', 'hostile-compiler-refused');
    const article = path.join(tree.dir, 'articles/2025/penanda-palsu.mdx');
    const pictures = path.join(tree.dir, 'articles/2025/gambar');
    writeFileSync(path.join(pictures, 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(path.join(pictures, 'ikon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(path.join(tree.dir, '..', 'luar'), { recursive: true });
    writeFileSync(path.join(tree.dir, '..', 'luar', 'rahasia.jpg'), readFileSync(path.join(pictures, 'foto.jpg')));
    symlinkSync(path.join(tree.dir, '..', 'luar', 'rahasia.jpg'), path.join(pictures, 'tautan.jpg'));
    const text = readFileSync(article, 'utf8')
      .replace('tags: [Uji Penanda]', 'tags: [Uji Penanda]\nimage: ../../../luar/rahasia.jpg\nimageAlt: Foto')
      .concat('\n![Logo](./gambar/logo.png)\n\n![Ikon](./gambar/ikon.svg)\n\n<Gambar src="./gambar/tautan.jpg" alt="Tautan" />\n\n![Luar](https://contoh.id/foto.jpg)\n\nTeks ![Ref][r].\n\n[r]: data:image/svg+xml;base64,PHN2Zz4=\n');
    writeFileSync(article, text);
    // A front matter problem stops that article's other checks, so tags are broken in two others.
    const tags = Array.from({ length: 16 }, (_, i) => `Topik ${i}`).join(', ');
    edit(path.join(tree.dir, 'articles/lain/terbit-ambon.mdx'), 'tags: [Pelayanan Publik]', `tags: [${tags}]`);
    edit(path.join(tree.dir, 'articles/2024/terbit-muba.mdx'), 'tags: [Pelayanan Publik, Zona Hijau]', 'tags: [Pelayanan Publik, 🎉, 日本語]');
    const big = path.join(tree.dir, 'articles/2025/terlalu-besar.mdx');
    writeFileSync(big, readFileSync(path.join(tree.dir, 'articles/2024/terbit-muba.mdx'), 'utf8').concat(`\n${'Kalimat panjang. '.repeat(13_000)}\n`));

    const lines = await checkTree(tree);
    const build = await buildTree(tree);
    rmSync(tree.outDir, { recursive: true, force: true });
    expect(build.code).not.toBe(0);
    const at = 'articles/2025/penanda-palsu.mdx';
    const expected = [
      ['articles/lain/terbit-ambon.mdx:7 tags: ditemukan', 'paling banyak 15 tag per artikel (ada 16)'],
      ['articles/2024/terbit-muba.mdx:8 tags[1]: ditemukan "🎉"', 'tag memuat huruf a-z atau angka 0-9'],
      ['articles/2024/terbit-muba.mdx:8 tags[2]: ditemukan "日本語"', 'tag memuat huruf a-z atau angka 0-9'],
      [`${at}:8 image: ditemukan "../../../luar/rahasia.jpg"`, 'di dalam folder content/'],
      [`${at}:`, 'isi gambar: ditemukan "./gambar/logo.png"', 'bukan gambar raster'],
      [`${at}:`, 'isi gambar: ditemukan "./gambar/ikon.svg"', 'SVG dan format lain tidak dipakai'],
      [`${at}:`, 'isi gambar: ditemukan "./gambar/tautan.jpg"', 'tautan simbolik ke luar content/'],
      [`${at}:`, 'isi gambar: ditemukan "https://contoh.id/foto.jpg"', 'berkas gambar lokal'],
      [`${at}:`, 'isi gambar: ditemukan "data:image/svg+xml;base64,PHN2Zz4="', 'berkas gambar lokal'],
      ['articles/2025/terlalu-besar.mdx:', 'isi: ditemukan 2', 'paling besar 200 KB'],
    ];
    for (const fragments of expected) {
      expect(lines.find((line) => fragments.every((fragment) => line.includes(fragment))), `${fragments.join(' … ')}\n${lines.join('\n')}`).toBeDefined();
    }
    // The build reports the very same lines as the check: they cannot disagree.
    for (const line of lines) expect(build.output).toContain(line);
  });
});
