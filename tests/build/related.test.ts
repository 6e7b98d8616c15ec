import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree, copyFixture, listFiles, type Tree, type BuildResult } from './harness.ts';

/** Inline blocks in document order with the number of body paragraphs before each. */
function inlineBlocks(html: string): { href: string; paragraphsBefore: number; paragraphsAfter: number }[] {
  const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('<footer class="article-footer"'));
  const blocks: { href: string; paragraphsBefore: number; paragraphsAfter: number }[] = [];
  const total = (body.match(/<p>/g) ?? []).length;
  const asideRe = /<aside[^>]*data-baca-juga[^>]*>([\s\S]*?)<\/aside>/g;
  for (const match of body.matchAll(asideRe)) {
    const before = (body.slice(0, match.index).match(/<p>/g) ?? []).length;
    const links = [...match[1]!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links, 'one link per block').toHaveLength(1);
    expect(match[0]).toContain('data-pagefind-ignore');
    expect(match[0]).toContain('BACA JUGA:');
    blocks.push({ href: links[0]!, paragraphsBefore: before, paragraphsAfter: total - before });
  }
  return blocks;
}

describe('Baca Juga and Berita Terkait on a fixture tree', () => {
  let tree: Tree;
  let build: BuildResult;
  const read = (slug: string) => readFileSync(path.join(tree.outDir, 'berita', slug, 'index.html'), 'utf8');

  beforeAll(async () => {
    tree = copyFixture('related', 'related');
    build = await buildTree(tree);
  });

  it('builds', () => expect(build.code, build.output.slice(-2000)).toBe(0));

  it('gives a 40-paragraph article exactly 3 inline blocks between paragraphs, hand-picked first', () => {
    const blocks = inlineBlocks(read('panjang-empat-puluh-paragraf'));
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.href).toBe('/berita/terbit-ambon/');
    expect(blocks[0]!.paragraphsBefore).toBe(2);
    for (const block of blocks) {
      expect(block.paragraphsBefore).toBeGreaterThanOrEqual(2);
      expect(block.paragraphsAfter).toBeGreaterThanOrEqual(1);
    }
    for (let i = 1; i < blocks.length; i += 1) {
      const gap = blocks[i]!.paragraphsBefore - blocks[i - 1]!.paragraphsBefore;
      expect(gap).toBeGreaterThanOrEqual(3);
      expect(gap).toBeLessThanOrEqual(4);
    }
    expect(new Set(blocks.map((block) => block.href)).size).toBe(3);
  });

  it('gives a 2-paragraph article no inline block', () => {
    expect(inlineBlocks(read('pendek-dua-paragraf'))).toEqual([]);
  });

  it('lists up to 5 more in Berita Terkait, none repeated from the inline blocks', () => {
    const html = read('panjang-empat-puluh-paragraf');
    const inline = new Set(inlineBlocks(html).map((block) => block.href));
    const section = /<section[^>]*data-berita-terkait[^>]*>([\s\S]*?)<\/section>/.exec(html);
    expect(section).not.toBeNull();
    const links = [...section![1]!.matchAll(/<li><a href="(\/berita\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(5);
    for (const link of links) expect(inline.has(link), link).toBe(false);
    expect(section![1]).toMatch(/<time datetime=/);
  });

  it('never links an article to itself, a draft or a future article', () => {
    const pages = listFiles(path.join(tree.outDir, 'berita')).filter((file) => file.endsWith('/index.html'));
    expect(pages.length).toBeGreaterThan(5);
    let inlineLinks = 0;
    for (const file of pages) {
      const slug = file.split('/')[0]!;
      const html = readFileSync(path.join(tree.outDir, 'berita', file), 'utf8');
      // Every slice must exist, or the checks below would pass on empty text.
      const start = html.indexOf('<main');
      const end = html.indexOf('</main>');
      expect(start, `${slug}: <main>`).toBeGreaterThanOrEqual(0);
      expect(end, `${slug}: </main>`).toBeGreaterThan(start);
      const article = html.slice(start, end);
      const asides = [...article.matchAll(/<aside[^>]*data-baca-juga[\s\S]*?<\/aside>/g)].map((m) => m[0]);
      const terkait = /<section[^>]*data-berita-terkait[\s\S]*?<\/section>/.exec(article)?.[0];
      expect(terkait, `${slug}: Berita Terkait section`).toBeDefined();
      const hrefs = (part: string) => [...part.matchAll(/href="(\/berita\/[^"]+)"/g)].map((m) => m[1]!);
      const terkaitLinks = hrefs(terkait!);
      expect(terkaitLinks.length, `${slug}: Berita Terkait links`).toBeGreaterThan(0);
      const asideLinks = asides.flatMap(hrefs);
      expect(asideLinks.length, `${slug}: one link per Baca Juga block`).toBe(asides.length);
      inlineLinks += asideLinks.length;
      for (const link of [...asideLinks, ...terkaitLinks]) {
        expect(link).not.toBe(`/berita/${slug}/`);
        expect(link).not.toContain('draf-rahasia');
        expect(link).not.toContain('terjadwal-masa-depan');
      }
    }
    // The 40-paragraph article alone has three blocks.
    expect(inlineLinks).toBeGreaterThanOrEqual(3);
  });
});
