import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildTree, checkTree, copyFixture, editFile } from './harness.ts';

const ARTICLE = 'articles/2024/terbit-muba.mdx';

/** Each case breaks the basic fixture one way; the build and the check must both name it. */
const cases: {
  name: string;
  breakTree: (dir: string) => void;
  /** Fragments the one-line message must contain: file, field, value, expectation. */
  expect: string[];
}[] = [
  {
    name: 'missing required field',
    breakTree: (dir) => editFile(dir, ARTICLE, (text) => text.replace(/^title: .*\n/m, '')),
    expect: [`${ARTICLE}`, 'title: ditemukan (tidak diisi)', 'judul wajib diisi'],
  },
  {
    name: 'unknown author',
    breakTree: (dir) => editFile(dir, ARTICLE, (text) => text.replace('author: penulis-uji', 'author: budi-santoso')),
    expect: [`${ARTICLE}:5 author: ditemukan "budi-santoso"`, 'content/authors/'],
  },
  {
    name: 'unknown region',
    breakTree: (dir) => editFile(dir, ARTICLE, (text) => text.replace('region: musi-banyuasin', 'region: musi-banyuasinn')),
    expect: [`${ARTICLE}:7 region: ditemukan "musi-banyuasinn"`, 'content/regions/'],
  },
  {
    name: 'invalid date',
    breakTree: (dir) => editFile(dir, ARTICLE, (text) => text.replace('date: 2024-11-14T10:30', 'date: 14-11-2024')),
    expect: [`${ARTICLE}:4 date: ditemukan "14-11-2024"`, 'ISO 8601'],
  },
  {
    name: 'import in MDX',
    breakTree: (dir) => editFile(dir, ARTICLE, (text) => text.replace('SEKAYU - Paragraf pertama.', 'import Peta from "../peta.astro"\n\nSEKAYU - Paragraf pertama.')),
    expect: [`${ARTICLE}:11 isi: ditemukan "import Peta from`, 'tanpa import/export'],
  },
  {
    name: 'unknown component',
    breakTree: (dir) => editFile(dir, ARTICLE, (text) => `${text}\n<Peta daerah="muba" />\n`),
    expect: [`${ARTICLE}:`, 'isi: ditemukan <Peta>', 'komponen yang tersedia: BacaJuga, Kutipan, Gambar'],
  },
  {
    name: 'duplicate slug',
    breakTree: (dir) => {
      mkdirSync(path.join(dir, 'articles/2025'), { recursive: true });
      writeFileSync(path.join(dir, 'articles/2025/terbit-muba.mdx'), readFileSync(path.join(dir, ARTICLE), 'utf8'));
    },
    expect: ['slug: ditemukan "terbit-muba"', 'articles/2024/terbit-muba.mdx', 'articles/2025/terbit-muba.mdx'],
  },
  {
    name: 'unknown field (typo)',
    breakTree: (dir) => editFile(dir, ARTICLE, (text) => text.replace('tags:', 'tag:')),
    expect: [`${ARTICLE}:8 tag: ditemukan`, 'field yang dikenal'],
  },
  {
    name: 'related slug that does not exist',
    breakTree: (dir) => editFile(dir, 'articles/lain/terbit-ambon.mdx', (text) => text.replace('related: [terbit-muba]', 'related: [tidak-ada]')),
    expect: ['terbit-ambon.mdx:8 related[0]: ditemukan "tidak-ada"', 'slug artikel yang ada'],
  },
  {
    name: 'related slug that is a draft',
    breakTree: (dir) => editFile(dir, 'articles/lain/terbit-ambon.mdx', (text) => text.replace('related: [terbit-muba]', 'related: [draf-rahasia]')),
    expect: ['terbit-ambon.mdx:8 related[0]: ditemukan "draf-rahasia"', 'masih draf'],
  },
];


describe('bad input fails the build with file, field, value and expectation', () => {
  it.each(cases)('$name', async ({ name, breakTree, expect: fragments }) => {
    const tree = copyFixture('basic', `bad-${name.replace(/\W+/g, '-')}`);
    breakTree(tree.dir);
    const lines = await checkTree(tree);
    const build = await buildTree(tree);
    rmSync(tree.outDir, { recursive: true, force: true });

    expect(build.code, build.output.slice(-2000)).not.toBe(0);
    const line = lines.find((candidate) => fragments.every((fragment) => candidate.includes(fragment)));
    expect(line, `check lines:\n${lines.join('\n')}`).toBeDefined();
    // The build reports the very same lines as the check: they cannot disagree.
    for (const checkLine of lines) expect(build.output).toContain(checkLine);
  });
});
