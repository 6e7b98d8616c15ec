import { describe, expect, it } from 'vitest';
import { canReuseOutput, decideStaleFiles, type OutputStamp } from '../../src/build/output-reuse.ts';

const stamp: OutputStamp = { outDir: '/site/dist', ino: 42, birthtimeMs: 1764500000000.5 };

describe('canReuseOutput', () => {
  it('reuses only the very directory the last successful build finished', () => {
    expect(canReuseOutput(stamp, { ...stamp })).toBe(true);
  });

  it('starts empty without a stamp (first build, or the last one failed) or without a directory', () => {
    expect(canReuseOutput(undefined, stamp)).toBe(false);
    expect(canReuseOutput(stamp, undefined)).toBe(false);
  });

  it('starts empty when the directory was replaced, even if its inode number came back', () => {
    expect(canReuseOutput(stamp, { ...stamp, ino: 43 })).toBe(false);
    expect(canReuseOutput(stamp, { ...stamp, birthtimeMs: stamp.birthtimeMs + 1 })).toBe(false);
  });

  it('starts empty for another output directory, or where birth times are unknown', () => {
    expect(canReuseOutput(stamp, { ...stamp, outDir: '/site/dist-base' })).toBe(false);
    expect(canReuseOutput({ ...stamp, birthtimeMs: 0 }, { ...stamp, birthtimeMs: 0 })).toBe(false);
  });
});

describe('decideStaleFiles', () => {
  it('deletes what this build did not write, outside directories other steps own', () => {
    const files = ['index.html', 'berita/lama/index.html', 'berita/baru/index.html', 'pagefind/fragment/x.pf_fragment', 'favicon.svg'];
    const keep = new Set(['index.html', 'berita/baru/index.html', 'favicon.svg']);
    expect(decideStaleFiles(files, keep, ['pagefind'])).toEqual(['berita/lama/index.html']);
  });

  it('does not treat a file that merely starts like an owned directory as inside it', () => {
    expect(decideStaleFiles(['pagefind.html'], new Set(), ['pagefind'])).toEqual(['pagefind.html']);
  });
});
