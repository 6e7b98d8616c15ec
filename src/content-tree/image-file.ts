/**
 * The on-disk half of the image rule (src/model/raster-image.ts): a path an
 * article uses must resolve, symlinks followed, to a file inside the content
 * directory whose name and first bytes both say JPEG, PNG, WebP or AVIF.
 * Used by the content check, so `check:content` and the build agree.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeNonLocalImage, detectRasterFormat, RASTER_EXTENSIONS, RASTER_HEADER_BYTES } from '../model/raster-image.ts';

const EXAMPLE = 'mis. "./gambar/foto.jpg"';
const FORMATS = 'JPEG, PNG, WebP atau AVIF (.jpg, .jpeg, .png, .webp, .avif)';

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function readHeader(file: string): Uint8Array {
  const bytes = new Uint8Array(RASTER_HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

function realOrResolved(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** Checks images against one content directory, reading each file once. */
export function createImageChecker(contentDir: string): (articleFile: string, src: string) => string | undefined {
  const realContentDir = realOrResolved(contentDir);
  const verdicts = new Map<string, string | undefined>();
  return (articleFile, src) => {
    const nonLocal = describeNonLocalImage(src);
    if (nonLocal) return `berkas gambar lokal relatif terhadap artikel, ${EXAMPLE} (bukan ${nonLocal})`;
    const absolute = path.resolve(path.dirname(articleFile), src);
    if (!verdicts.has(absolute)) verdicts.set(absolute, judge(contentDir, realContentDir, absolute));
    return verdicts.get(absolute);
  };
}

/** What is wrong with the file at `absolute`, or undefined when it is a usable image. */
function judge(contentDir: string, realContentDir: string, absolute: string): string | undefined {
  if (!isInside(path.resolve(contentDir), absolute)) return `berkas gambar di dalam folder content/, relatif terhadap artikel, ${EXAMPLE}`;
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return `berkas gambar yang ada, relatif terhadap artikel, ${EXAMPLE}`;
  }
  if (!isInside(realContentDir, real)) return `berkas gambar di dalam folder content/ (tautan simbolik ke luar content/ tidak dipakai), ${EXAMPLE}`;
  const promised = RASTER_EXTENSIONS.get(path.extname(absolute).toLowerCase());
  if (!promised) return `gambar ${FORMATS}; SVG dan format lain tidak dipakai`;
  if (!statSync(real).isFile()) return `berkas gambar yang ada, relatif terhadap artikel, ${EXAMPLE}`;
  const actual = detectRasterFormat(readHeader(real));
  if (actual !== promised) {
    return actual
      ? `isi berkas sesuai ekstensinya: berkas ini ${actual.toUpperCase()}, namanya ${path.extname(absolute)}`
      : `gambar ${FORMATS}; isi berkas ini bukan gambar raster (mis. SVG yang diganti namanya)`;
  }
  return undefined;
}
