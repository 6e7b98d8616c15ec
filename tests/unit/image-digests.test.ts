/**
 * Image digests (issue 13, item 10a): the bytes decide, even when a tool
 * puts the old modification time back; unchanged files are not re-read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImageDigests, resolveArticleImages } from '../../src/loaders/image-digests.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'warta-images-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ImageDigests', () => {
  it('changes when the bytes change under the same name, even with the old modification time put back', () => {
    const image = path.join(dir, 'foto.jpg');
    const cache = path.join(dir, 'digests.json');
    writeFileSync(image, 'gambar-lama');
    utimesSync(image, 1_700_000_000, 1_700_000_000); // whole seconds: restorable exactly
    const first = new ImageDigests(cache);
    const before = first.of(image);
    first.save();
    writeFileSync(image, 'gambar-baru'); // same size
    utimesSync(image, 1_700_000_000, 1_700_000_000);
    expect(statSync(image).mtimeMs).toBe(1_700_000_000_000);
    expect(new ImageDigests(cache).of(image)).not.toBe(before);
  });

  it('trusts the remembered digest while the file is untouched, without reading it again', () => {
    const image = path.join(dir, 'foto.jpg');
    const cache = path.join(dir, 'digests.json');
    writeFileSync(image, 'gambar');
    const first = new ImageDigests(cache);
    first.of(image);
    first.save();
    const remembered = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, { stamp: string; digest: string }>;
    remembered[image]!.digest = 'diingat';
    writeFileSync(cache, JSON.stringify(remembered));
    expect(new ImageDigests(cache).of(image)).toBe('diingat');
  });

  it('names a missing file as missing, and digests a list in order', () => {
    const digests = new ImageDigests(path.join(dir, 'digests.json'));
    expect(digests.of(path.join(dir, 'tidak-ada.jpg'))).toBe('missing');
    writeFileSync(path.join(dir, 'a.jpg'), 'a');
    writeFileSync(path.join(dir, 'b.jpg'), 'b');
    const ab = digests.ofAll([path.join(dir, 'a.jpg'), path.join(dir, 'b.jpg')]);
    expect(digests.ofAll([path.join(dir, 'b.jpg'), path.join(dir, 'a.jpg')])).not.toBe(ab);
  });

  it('resolves sources relative to the article, leaving remote and absolute ones out', () => {
    expect(resolveArticleImages('/c/articles/2024/x.mdx', ['./gambar/a.jpg', undefined, 'https://x.test/a.jpg', 'data:image/png;base64,AA', '/a.jpg', '../b.png'])).toEqual([
      '/c/articles/2024/gambar/a.jpg',
      '/c/articles/b.png',
    ]);
  });
});
