/**
 * Digests of the bytes of the images articles reference, so an image replaced
 * under the same file name changes the article's entry digest (and with it the
 * page's cache key). Hashing every image on every build would cost a full read
 * of the newsroom's photos, so a digest is remembered per file with the
 * file's size, modification and change times and inode; any write to the file
 * changes its change time, which no tool can set back.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import path from 'node:path';

interface Remembered {
  stamp: string;
  digest: string;
}

export class ImageDigests {
  private readonly known: Record<string, Remembered>;
  private readonly used: Record<string, Remembered> = {};

  /** `file`: where the remembered digests are kept between builds (Astro's cache directory). */
  constructor(private readonly file: string) {
    this.known = readRemembered(file);
  }

  /** The digest of one image's bytes; `missing` for a file that does not exist (the check reports it). */
  of(absolute: string): string {
    const seen = this.used[absolute];
    if (seen) return seen.digest;
    let stamp: string;
    try {
      const info = statSync(absolute, { bigint: true });
      if (!info.isFile()) return 'missing';
      stamp = `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`;
    } catch {
      return 'missing';
    }
    const known = this.known[absolute];
    const remembered = known?.stamp === stamp ? known : { stamp, digest: createHash('sha256').update(readFileSync(absolute)).digest('hex') };
    this.used[absolute] = remembered;
    return remembered.digest;
  }

  /** One digest over an article's images, in the order given. */
  ofAll(absolutes: string[]): string {
    return createHash('sha256').update(absolutes.map((absolute) => `${absolute}\0${this.of(absolute)}`).join('\n')).digest('hex');
  }

  /** Keeps the digests of the images this build used (under a temporary name, then renamed). */
  save(): void {
    writeFileAtomic.sync(this.file, JSON.stringify(this.used), { fsync: false });
  }
}

function readRemembered(file: string): Record<string, Remembered> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Remembered>;
  } catch {
    return {}; // a damaged cache file only costs re-hashing
  }
}

/** The files an article's images name: relative to the article, remote and absolute sources left out. */
export function resolveArticleImages(articleFile: string, sources: (string | undefined)[]): string[] {
  return sources
    .filter((src): src is string => typeof src === 'string' && src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/'))
    .map((src) => path.resolve(path.dirname(articleFile), src));
}
