import { z } from 'zod';
import { idSchema } from './common.ts';
import { TIME_ZONE_NAMES } from '../model/datetime.ts';

export const REGION_TYPES = ['provinsi', 'kabupaten', 'kota'] as const;
/** Longest region name, in characters (badges and cards lay it out). */
export const REGION_NAME_MAX = 80;

/** A rated body: a province, regency or city (`content/regions/<id>.yaml`). */
export const regionSchema = z
  .object({
    /** Official name, e.g. `Kabupaten Musi Banyuasin`. */
    name: z.string().trim().min(2).max(REGION_NAME_MAX, { error: `paling panjang ${REGION_NAME_MAX} karakter` }),
    /** `provinsi`, `kabupaten` or `kota`. */
    type: z.enum(REGION_TYPES, { error: `salah satu dari: ${REGION_TYPES.join(', ')}` }),
    /** The province's region id; required for a regency or city. */
    province: idSchema.optional(),
    /** Short name used in cards and tables, e.g. `Muba`. */
    shortName: z.string().trim().min(1).max(REGION_NAME_MAX, { error: `paling panjang ${REGION_NAME_MAX} karakter` }).optional(),
    /** Capital or seat, used as the dateline city (e.g. `Sekayu`). */
    capital: z.string().trim().min(1).optional(),
    /** Time zone; a regency or city follows its province, WIB when unknown. */
    timezone: z.enum(TIME_ZONE_NAMES as [string, ...string[]], { error: 'WIB, WITA atau WIT' }).optional(),
    /** One or two sentences about the region for its page. */
    description: z.string().trim().optional(),
  })
  .superRefine((region, ctx) => {
    if (region.type !== 'provinsi' && !region.province) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: 'wajib untuk kabupaten dan kota: id provinsi, mis. "sumatera-selatan"' });
    }
  });

export type RegionData = z.output<typeof regionSchema>;
