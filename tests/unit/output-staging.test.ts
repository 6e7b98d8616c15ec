import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareOutputs, mirrorDir, prepareStaging, publishStaged, recoverInterruptedSwap, resolveOutputPaths, swapIn, type OutputPaths } from '../../src/build/output-staging.ts';
import { OUTPUT_MARKER } from '../../src/build/output-guard.ts';
import { listFiles } from '../../src/utils/files.ts';

let work: string;
let paths: OutputPaths;
let cache: string;

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'warta-output-'));
  paths = resolveOutputPaths(path.join(work, 'dist'));
  cache = path.join(work, 'cache');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('resolveOutputPaths', () => {
  it('stages beside the output, and writes through a symlinked output', () => {
    mkdirSync(path.join(work, 'www'));
    symlinkSync(path.join(work, 'www'), path.join(work, 'dist'));
    const linked = resolveOutputPaths(path.join(work, 'dist'));
    expect(linked.live).toBe(path.join(work, 'www'));
    expect(linked.staging).toBe(path.join(work, '.www.warta-next'));
  });
});

describe('mirrorDir', () => {
  it('copies only files whose size or mtime differ and deletes the rest', () => {
    write(paths.live, { 'a.html': 'a', 'b/c.html': 'c', 'd.html': 'd' });
    write(paths.staging, { 'old/x.html': 'x' });
    expect(mirrorDir(paths.live, paths.staging)).toEqual({ copied: 3, deleted: 1 });
    expect(listFiles(paths.staging).sort()).toEqual(['a.html', 'b/c.html', 'd.html']);
    expect(existsSync(path.join(paths.staging, 'old'))).toBe(false);
    expect(mirrorDir(paths.live, paths.staging)).toEqual({ copied: 0, deleted: 0 });
    write(paths.live, { 'a.html': 'A' });
    utimesSync(path.join(paths.live, 'a.html'), new Date(), new Date(Date.now() + 5000));
    expect(mirrorDir(paths.live, paths.staging)).toEqual({ copied: 1, deleted: 0 });
    expect(read(paths.staging, 'a.html')).toBe('A');
  });
});

describe('compareOutputs', () => {
  it('counts by content: a file rewritten with the same bytes is not a change', () => {
    write(paths.live, { 'same.html': 'same', 'rewritten.html': 'r', 'edited.html': 'e1', 'gone.html': 'g' });
    mirrorDir(paths.live, paths.staging);
    write(paths.staging, { 'rewritten.html': 'r', 'edited.html': 'e2', 'new.html': 'n' });
    rmSync(path.join(paths.staging, 'gone.html'));
    expect(compareOutputs(paths.staging, paths.live)).toEqual({ added: ['new.html'], changed: ['edited.html'], removed: ['gone.html'] });
    // The rewritten file got its old mtime back, for mtime-based deploy tools.
    expect(statSync(path.join(paths.staging, 'rewritten.html')).mtimeMs).toBeCloseTo(statSync(path.join(paths.live, 'rewritten.html')).mtimeMs, 0);
  });
});

describe('publishing and staging', () => {
  it('swaps the staged output in and keeps the previous one as the next staging directory', () => {
    write(paths.live, { [OUTPUT_MARKER]: '', 'index.html': 'lama' });
    write(paths.staging, { [OUTPUT_MARKER]: '', 'index.html': 'baru' });
    swapIn(paths);
    expect(read(paths.live, 'index.html')).toBe('baru');
    expect(read(paths.staging, 'index.html')).toBe('lama');
  });

  it('starts from the live output only when it is this cache\'s last build', () => {
    write(paths.staging, { 'index.html': 'satu' });
    publishStaged(paths, cache);
    expect(prepareStaging(paths, cache).reused).toBe(true);
    expect(read(paths.staging, 'index.html')).toBe('satu');
    // Another tree's build (another cache) swapped its output in since.
    write(paths.staging, { 'index.html': 'lain' });
    publishStaged(paths, path.join(work, 'other-cache'));
    const staged = prepareStaging(paths, cache);
    expect(staged.reused).toBe(false);
    expect(listFiles(paths.staging)).toEqual([OUTPUT_MARKER]);
  });

  it('finishes a swap interrupted after either rename', () => {
    write(paths.parked, { [OUTPUT_MARKER]: '', 'index.html': 'lama' });
    write(paths.staging, { [OUTPUT_MARKER]: '', 'index.html': 'baru' });
    recoverInterruptedSwap(paths);
    expect(read(paths.live, 'index.html')).toBe('baru');
    expect(read(paths.staging, 'index.html')).toBe('lama');
    expect(existsSync(paths.parked)).toBe(false);

    rmSync(paths.staging, { recursive: true });
    write(paths.parked, { [OUTPUT_MARKER]: '', 'index.html': 'lama' });
    recoverInterruptedSwap(paths);
    expect(read(paths.live, 'index.html')).toBe('baru');
    expect(read(paths.staging, 'index.html')).toBe('lama');
  });
});
