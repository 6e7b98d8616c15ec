/**
 * Which images an article may use: a local raster file (JPEG, PNG, WebP or
 * AVIF) whose bytes say so. An SVG can carry script, so it is never accepted,
 * whatever its name; nor is a remote or absolute address (issue 13, item 5).
 */

export type RasterFormat = 'jpeg' | 'png' | 'webp' | 'avif';

/** Accepted extensions (lower-cased) and the format each promises. */
export const RASTER_EXTENSIONS: ReadonlyMap<string, RasterFormat> = new Map([
  ['.jpg', 'jpeg'],
  ['.jpeg', 'jpeg'],
  ['.png', 'png'],
  ['.webp', 'webp'],
  ['.avif', 'avif'],
]);

/** Bytes `detectRasterFormat` needs from the start of a file. */
export const RASTER_HEADER_BYTES = 64;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The raster format the file's first bytes announce, or undefined (SVG, text, anything else). */
export function detectRasterFormat(bytes: Uint8Array): RasterFormat | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => bytes[i] === byte)) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  // ISO-BMFF: a `ftyp` box whose major or a compatible brand is AVIF.
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const boxSize = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length);
    for (let at = 8; at + 4 <= boxSize; at += at === 8 ? 8 : 4) {
      if (['avif', 'avis'].includes(ascii(bytes, at, at + 4))) return 'avif';
    }
  }
  return undefined;
}

/**
 * Why an image address is not a local path (undefined when it is one):
 * a scheme (`https:`, `data:`, `javascript:`), a host (`//cdn…`) or an
 * absolute path. Relative paths are resolved and checked on disk later.
 */
export function describeNonLocalImage(src: string): string | undefined {
  const trimmed = src.trim();
  if (trimmed === '') return 'alamat kosong';
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || /^[/\\]{2}/.test(trimmed)) return 'alamat web atau data';
  if (trimmed.startsWith('/') || trimmed.startsWith('\\')) return 'jalur absolut';
  return undefined;
}
