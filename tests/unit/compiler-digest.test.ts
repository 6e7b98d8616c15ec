/**
 * Cached article bodies are keyed by the compiler digest (issue 13, item
 * 10b): it must change with any module the compiler imports, transitively,
 * and with the installed version of any package those modules use or that
 * those packages depend on; and only with those.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectCompilerSources, computeCompilerDigest, readImports } from '../../src/loaders/compiler-digest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let root: string;

function put(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const lock = (unifiedVersion: string, troughVersion: string, playwrightVersion: string) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': { name: 'x' },
      'node_modules/unified': { version: unifiedVersion, integrity: `sha-u${unifiedVersion}`, dependencies: { trough: '^2' } },
      'node_modules/unified/node_modules/trough': { version: troughVersion, integrity: `sha-t${troughVersion}` },
      'node_modules/trough': { version: '1.0.0', integrity: 'sha-t-top' },
      'node_modules/playwright': { version: playwrightVersion, integrity: `sha-p${playwrightVersion}` },
    },
  });

const ENTRY = ['src/mdx/compile-article.ts'];
const digest = () => computeCompilerDigest(root, ENTRY);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'warta-compiler-'));
  put('src/mdx/compile-article.ts', [
    "import { unified } from 'unified';",
    "import type { Root } from 'hast';",
    "import { readFileSync } from 'node:fs';",
    "import { palette } from './palette.ts';",
    "export { slug } from '../model/slug.ts';",
    'export const compile = (x: Map<string, Root>): number => x.size < 2 && x.size > 0 ? 1 : palette;',
    "export const later = () => import('../model/lazy.ts');",
  ].join('\n'));
  put('src/mdx/palette.ts', "import { format } from '../model/format.ts';\nexport const palette: number = format(1);\n");
  put('src/model/format.ts', "import { palette } from '../mdx/palette.ts';\nexport const format = (n: number) => n;\n");
  put('src/model/slug.ts', 'export const slug = 1;\n');
  put('src/model/lazy.ts', 'export const lazy = 1;\n');
  put('src/model/types-only.ts', 'export type T = 1;\n');
  put('src/model/unrelated.ts', 'export const unrelated = 1;\n');
  put('package.json', '{}');
  put('package-lock.json', lock('11.0.5', '2.2.0', '1.0.0'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the compiler digest', () => {
  it('follows static, re-exported and dynamic imports transitively, cycles included, not type-only ones', async () => {
    put('src/mdx/palette.ts', "import type { T } from '../model/types-only.ts';\nimport { format } from '../model/format.ts';\nexport const palette: T = format(1);\n");
    expect(await collectCompilerSources(root, ENTRY)).toEqual({
      modules: ['src/mdx/compile-article.ts', 'src/mdx/palette.ts', 'src/model/format.ts', 'src/model/lazy.ts', 'src/model/slug.ts'],
      packages: ['unified'],
    });
  });

  it.each([
    ['a module two imports away (src/model)', 'src/model/format.ts'],
    ['a re-exported module', 'src/model/slug.ts'],
    ['a dynamically imported module', 'src/model/lazy.ts'],
    ['the entry itself', 'src/mdx/compile-article.ts'],
  ])('changes when %s changes', async (_what, file) => {
    const before = await digest();
    put(file, `${readFileSync(path.join(root, file), 'utf8')}// edited\n`);
    expect(await digest()).not.toBe(before);
  });

  it('changes when an imported package or one of its own dependencies is upgraded', async () => {
    const before = await digest();
    put('package-lock.json', lock('11.0.6', '2.2.0', '1.0.0'));
    const afterUnified = await digest();
    expect(afterUnified).not.toBe(before);
    put('package-lock.json', lock('11.0.6', '2.3.0', '1.0.0'));
    expect(await digest()).not.toBe(afterUnified);
  });

  it('stays the same for modules and packages the compiler does not use', async () => {
    const before = await digest();
    put('src/model/unrelated.ts', 'export const unrelated = 2;\n');
    put('src/model/types-only.ts', 'export type T = 2;\n');
    put('package-lock.json', lock('11.0.5', '2.2.0', '9.9.9'));
    // trough at the top level is not the copy unified resolves.
    put('package-lock.json', readFileSync(path.join(root, 'package-lock.json'), 'utf8').replace('sha-t-top', 'sha-t-top-2'));
    expect(await digest()).toBe(before);
  });

  it('reads TypeScript with a real lexer: generics and comparisons, strings that look like imports', () => {
    const source = [
      "const text = \"import x from './fake.ts'\";",
      "// import y from './commented.ts'",
      "import { a } from './real.ts';",
      'const f = <T,>(v: T): Array<T> => [v];',
    ].join('\n');
    expect(readImports(source, 'x.ts')).toEqual(['./real.ts']);
  });

  it('covers the real compiler beyond src/mdx/, and its unified packages', async () => {
    const { modules, packages } = await collectCompilerSources(ROOT);
    expect(modules).toContain('src/mdx/compile-article.ts');
    expect(modules.some((file) => file.startsWith('src/model/'))).toBe(true);
    expect(packages).toEqual(expect.arrayContaining(['unified', 'remark-parse', 'remark-rehype']));
  });
});
