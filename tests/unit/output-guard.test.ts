import { describe, expect, it } from 'vitest';
import { decideOutputRefusal, OUTPUT_MARKER, type ProtectedDirs } from '../../src/build/output-guard.ts';

const dirs: ProtectedDirs = {
  'akar proyek': { dir: '/site', holdsOutput: true },
  konten: { dir: '/site/content', holdsOutput: false },
  cache: { dir: '/site/node_modules/.astro/abc', holdsOutput: false },
};
const refusal = (dir: string, kind: 'directory' | 'other' | undefined, entries: string[] = []) => decideOutputRefusal({ dir, kind, entries }, dirs);

describe('decideOutputRefusal', () => {
  it('takes an absent or empty directory, or one a build marked', () => {
    expect(refusal('/site/dist', undefined)).toBeUndefined();
    expect(refusal('/site/dist', 'directory')).toBeUndefined();
    expect(refusal('/site/dist', 'directory', ['.git'])).toBeUndefined();
    expect(refusal('/site/dist', 'directory', [OUTPUT_MARKER, 'index.html', 'berita'])).toBeUndefined();
    expect(refusal('/var/www/portal', 'directory', [OUTPUT_MARKER, 'index.html'])).toBeUndefined();
  });

  it('refuses a web root holding files no build wrote', () => {
    expect(refusal('/var/www', 'directory', ['index.php', 'uploads'])).toMatch(/tidak kosong \(index\.php, uploads\).*\.warta-output/);
  });

  it('refuses the project root, the content tree, the cache and any folder holding them, marked or not', () => {
    expect(refusal('/site', 'directory', [OUTPUT_MARKER])).toMatch(/berisi akar proyek/);
    expect(refusal('/', 'directory', [OUTPUT_MARKER])).toMatch(/berisi akar proyek/);
    expect(refusal('/site/content', 'directory', [OUTPUT_MARKER])).toMatch(/berisi konten/);
    expect(refusal('/site/node_modules', 'directory', [OUTPUT_MARKER])).toMatch(/berisi cache/);
  });

  it('refuses an output inside the content tree or the cache, where the build would read its own output', () => {
    expect(refusal('/site/content/dist', undefined)).toMatch(/di dalam konten/);
    expect(refusal('/site/node_modules/.astro/abc/out', undefined)).toMatch(/di dalam cache/);
  });

  it('does not mistake a sibling with a common prefix for a folder inside', () => {
    expect(refusal('/site/content-dist', undefined)).toBeUndefined();
  });

  it('refuses a file', () => {
    expect(refusal('/site/dist', 'other')).toMatch(/bukan direktori/);
  });
});
