/**
 * A photo replaced under the same file name shows on the rebuild (issue 13,
 * item 10a): the article's entry digest covers the bytes of its images, so the
 * incremental build re-renders its page, and the result equals a clean build
 * of the same tree, byte for byte.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { buildTree, cacheDirOf, copyFixture, copyTree, differences, listFiles, type BuildResult, type Tree } from './harness.ts';

const ARTICLE_PAGE = 'berita/skor-hostile/index.html';
const BODY_IMAGE = 'articles/2026/gambar/grafik.png';
const LEAD_IMAGE = 'articles/2026/gambar/sampul.jpg';

/** The same picture with its colours inverted: same name, same format, other bytes. */
async function replaceImage(tree: Tree, file: string): Promise<void> {
  const full = path.join(tree.dir, file);
  const before = readFileSync(full);
  const after = await sharp(before).negate({ alpha: false }).toBuffer();
  expect(after.equals(before)).toBe(false);
  writeFileSync(full, after);
}

/** `/_astro/…` images a page refers to. */
const imageRefs = (html: string) => [...html.matchAll(/\/_astro\/[^"' ,)]+\.(?:png|jpe?g|webp|avif)/g)].map((m) => m[0]).sort();

describe('an image replaced under the same name', () => {
  let tree: Tree;
  let first: BuildResult;
  let firstRefs: string[] = [];
  beforeAll(async () => {
    tree = copyFixture('hostile', 'image-replace');
    rmSync(cacheDirOf(tree), { recursive: true, force: true });
    first = await buildTree(tree);
    if (first.code === 0) firstRefs = imageRefs(readFileSync(path.join(tree.outDir, ARTICLE_PAGE), 'utf8'));
  });

  it('first build refers to both images', () => {
    expect(first.code, first.output.slice(-2000)).toBe(0);
    expect(firstRefs.length).toBeGreaterThanOrEqual(2);
  });

  // The body image alone first: the lead image also reaches the page key through the share image.
  it.each([
    ['body', BODY_IMAGE],
    ['lead', LEAD_IMAGE],
  ])('a %s image shows on the rebuild, which equals a clean build', async (round, file) => {
    const before = imageRefs(readFileSync(path.join(tree.outDir, ARTICLE_PAGE), 'utf8'));
    await replaceImage(tree, file);
    const rebuild = await buildTree(tree);
    expect(rebuild.code, rebuild.output.slice(-2000)).toBe(0);
    expect(rebuild.output).toContain('(cached)'); // the rebuild really reuses pages
    const after = imageRefs(readFileSync(path.join(tree.outDir, ARTICLE_PAGE), 'utf8'));
    expect(after.filter((ref) => !before.includes(ref)).length, `new image files for the ${round} image`).toBeGreaterThan(0);
    for (const ref of after) expect(listFiles(tree.outDir)).toContain(ref.slice(1));

    const clean = copyTree(tree, `image-replace-clean-${round}`);
    rmSync(cacheDirOf(clean), { recursive: true, force: true });
    const cleanBuild = await buildTree(clean);
    expect(cleanBuild.code, cleanBuild.output.slice(-2000)).toBe(0);
    expect(differences(tree.outDir, clean.outDir)).toEqual([]);
  });
});
