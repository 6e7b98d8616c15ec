import { z } from 'zod';
import { SLUG_PATTERN } from './slug.ts';
import { parseContentDateTime } from './datetime.ts';
import { decideUrlSafety } from './safe-url.ts';

/** An id or slug: lower-case `a-z0-9-`, like the file names it points to. */
export const idSchema = z
  .string({ error: 'harus berupa teks id, mis. "musi-banyuasin"' })
  .regex(SLUG_PATTERN, { error: 'hanya huruf kecil a-z, angka 0-9 dan tanda hubung, mis. "musi-banyuasin"' });

/** ISO 8601 date or date-time; without an offset it is read as WIB. */
export const dateTimeSchema = z.unknown().transform((value, ctx) => {
  const date = parseContentDateTime(value);
  if (!date) {
    ctx.addIssue({
      code: 'custom',
      message: 'tanggal ISO 8601, mis. "2024-11-14T10:30" (tanpa zona dibaca sebagai WIB) atau "2024-11-14T10:30:00+08:00"',
    });
    return z.NEVER;
  }
  return date;
});

const WEB_URL_EXPECTED = 'alamat web lengkap http:// atau https://, mis. "https://ombudsman.go.id/" (skema lain seperti javascript: atau data: ditolak)';

/** http(s) only, decided as a browser reads the URL (safe-url.ts), so no spelling of `javascript:` slips through. */
export const webUrlSchema = z
  .string({ error: WEB_URL_EXPECTED })
  .trim()
  .refine(
    (value) => {
      const safety = decideUrlSafety(value);
      return safety.allowed && (safety.scheme === 'http' || safety.scheme === 'https') && URL.canParse(value);
    },
    { error: WEB_URL_EXPECTED },
  );
