/**
 * The newsroom editor exists only under `astro dev`: a build carries no trace
 * of it (no /keystatic or /redaksi route, no React or Keystatic code, no
 * script on article pages). The byte-for-byte comparison with a build without
 * the integration is in the merge notes; this guards the way it could leak.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTree, copyFixture, listFiles, readTextFiles } from './harness.ts';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

describe('the editor is absent from the build', () => {
  const tree = copyFixture('basic', 'editor-absent');

  it('no editor route, code or script in dist/', async () => {
    const result = await buildTree(tree);
    expect(result.code, result.output).toBe(0);
    const files = listFiles(tree.outDir);
    expect(files.filter((file) => /keystatic|redaksi/i.test(file))).toEqual([]);
    const mentions = [...readTextFiles(tree.outDir)].filter(([, text]) => /keystatic|@keystar|react-dom|\/redaksi\//i.test(text)).map(([file]) => file);
    expect(mentions).toEqual([]);
    const articles = files.filter((file) => /^berita\/[^/]+\/index\.html$/.test(file));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const page = fromHtml(readFileSync(path.join(tree.outDir, file), 'utf8'));
      const scripts: Element[] = [];
      visit(page, 'element', (node: Element) => {
        if (node.tagName === 'script' && node.properties.type !== 'application/ld+json') scripts.push(node);
      });
      expect(scripts, file).toEqual([]);
    }
  });
});
