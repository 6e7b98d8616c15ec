import { z } from 'zod';
import { idSchema } from './common.ts';
import { TIME_ZONE_NAMES } from './datetime.ts';

export const REGION_TYPES = ['provinsi', 'kabupaten', 'kota'] as const;
/** Longest region name, in characters (badges and cards lay it out). */
export const REGION_NAME_MAX = 80;

/** The fields of a region (a province, regency or city), before the cross-field rule. */
export const regionFieldsSchema = z
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
    /** Official Kemendagri area code (`16` a province, `16.06` a regency or city); from idn-area-data unless the package lacks the region. */
    code: z.string().trim().regex(/^\d{2}(\.\d{2})?$/, { error: 'kode wilayah Kemendagri, mis. "16" atau "16.06"' }).optional(),
  });

/** A whole region record: a file for a region idn-area-data lacks, or a merged region. */
export const regionSchema = regionFieldsSchema
  .superRefine((region, ctx) => {
    if (region.type !== 'provinsi' && !region.province) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: 'wajib untuk kabupaten dan kota: id provinsi, mis. "sumatera-selatan"' });
    }
  });

export type RegionData = z.output<typeof regionSchema>;

/**
 * A file in `content/regions/`: for a region idn-area-data already knows it
 * only adds or overrides fields, so `name` and `type` may be left out
 * (src/model/region-registry.ts merges it and reports what is missing).
 */
export const regionFileSchema = regionFieldsSchema.partial({ name: true, type: true });

export type RegionFileData = z.output<typeof regionFileSchema>;
