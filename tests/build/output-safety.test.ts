/**
 * No build, however it fails or is configured, deletes a file it did not
 * write or leaves a half-written site behind (issue 13, "Data loss first").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildTree, cacheDirOf, copyFixture, copyTree, differences, listFiles, ROOT, startBuild, waitForOutput, type Tree } from './harness.ts';
import { rmSync } from 'node:fs';

/** Every file under `dir` with a digest of its bytes, to prove nothing changed. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha1').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

describe('an output directory the build does not own is refused, touching nothing', () => {
  let tree: Tree;
  beforeAll(() => {
    tree = copyFixture('basic', 'output-refused');
  });

  it.each([
    ['the content tree', () => tree.dir, /berisi konten/],
    ['the project root', () => ROOT, /berisi akar proyek/],
    ['a folder inside the content tree', () => path.join(tree.dir, 'articles'), /di dalam konten|berisi konten/],
  ])('WARTA_OUT_DIR = %s', async (_name, dir, message) => {
    const before = snapshot(tree.dir);
    const result = await buildTree(tree, { WARTA_OUT_DIR: dir() });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('WARTA_OUT_DIR: build ditolak, tidak ada yang diubah');
    expect(result.output).toMatch(message);
    expect(snapshot(tree.dir)).toEqual(before);
  });

  it('a web root holding files no build wrote', async () => {
    const webRoot = path.join(path.dirname(tree.dir), 'www');
    mkdirSync(path.join(webRoot, 'uploads'), { recursive: true });
    writeFileSync(path.join(webRoot, 'index.php'), '<?php echo "situs lain";');
    writeFileSync(path.join(webRoot, 'uploads', 'foto.jpg'), 'jpg');
    const before = snapshot(webRoot);
    const result = await buildTree(tree, { WARTA_OUT_DIR: webRoot });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/www tidak kosong \(index\.php, uploads\)/);
    expect(snapshot(webRoot)).toEqual(before);
    expect(existsSync(path.join(path.dirname(webRoot), '.www.warta-next'))).toBe(false);
  });

  it('writes through a symlinked output directory instead of replacing the link', async () => {
    const target = path.join(path.dirname(tree.dir), 'situs');
    const link = path.join(path.dirname(tree.dir), 'dist-link');
    mkdirSync(target, { recursive: true });
    symlinkSync(target, link);
    for (let round = 0; round < 2; round += 1) {
      const result = await buildTree(tree, { WARTA_OUT_DIR: link });
      expect(result.code, result.output.slice(-1500)).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(existsSync(path.join(target, 'index.html'))).toBe(true);
    }
  });
});

describe('a failed, killed or concurrent build leaves the last complete output', () => {
  let tree: Tree;
  let good: Map<string, string>;
  beforeAll(async () => {
    tree = copyFixture('basic', 'output-interrupted');
    rmSync(cacheDirOf(tree), { recursive: true, force: true });
    const first = await buildTree(tree);
    expect(first.code, first.output.slice(-1500)).toBe(0);
    good = snapshot(tree.outDir);
  });

  it('a build that fails on bad content changes no file of the output', async () => {
    const article = listFiles(path.join(tree.dir, 'articles')).find((file) => file.endsWith('.mdx'))!;
    const file = path.join(tree.dir, 'articles', article);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^title: .*$/m, 'title: x'));
    const failed = await buildTree(tree);
    writeFileSync(file, text);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/title/);
    expect(snapshot(tree.outDir)).toEqual(good);
  });

  it('a build killed while rendering leaves the output as it was, and the next build equals a clean one', async () => {
    const article = listFiles(path.join(tree.dir, 'articles')).find((file) => file.endsWith('.mdx'))!;
    appendFileSync(path.join(tree.dir, 'articles', article), '\nParagraf tambahan sebelum build dihentikan.\n');
    const running = startBuild(tree);
    await waitForOutput(running, 'generating static routes');
    running.child.kill('SIGINT');
    const killed = await running.done;
    expect(killed.code).not.toBe(0);
    expect(snapshot(tree.outDir)).toEqual(good);

    const next = await buildTree(tree);
    expect(next.code, next.output.slice(-1500)).toBe(0);
    const clean = copyTree(tree, 'output-interrupted-clean');
    rmSync(cacheDirOf(clean), { recursive: true, force: true });
    expect((await buildTree(clean)).code).toBe(0);
    expect(differences(tree.outDir, clean.outDir)).toEqual([]);
    good = snapshot(tree.outDir);
  });

  it('a second build of the same tree at the same time stops with a clear message and harms nothing', async () => {
    const first = startBuild(tree);
    await waitForOutput(first, 'keluaran terakhir dipakai ulang');
    const second = await buildTree(tree);
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('sedang dipakai proses lain');
    expect((await first.done).code).toBe(0);
    expect(snapshot(tree.outDir)).toEqual(good);
  });
});
