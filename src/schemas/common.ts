import { z } from 'zod';
import { SLUG_PATTERN } from '../model/slug.ts';
import { parseContentDateTime } from '../model/datetime.ts';

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
