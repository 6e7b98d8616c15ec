import { z } from 'zod';
import { idSchema, dateTimeSchema } from './common.ts';
import { slugify } from './slug.ts';

const ZONES = ['hijau', 'kuning', 'merah'] as const;

/**
 * One award result as a journalist records it. Everything else (grade, label,
 * zone, colour, streak, rank) is computed by the award engine from the scheme.
 */
export const awardClaimSchema = z
  .object({
    /** Scheme id, a file in `content/schemes/`. */
    scheme: idSchema,
    /** The assessment year. */
    year: z.number({ error: 'tahun penilaian berupa angka, mis. 2024' }).int().min(1900).max(2100),
    /** Score for a scored scheme: `93.31` or `"93,31"`. */
    score: z.union([z.number(), z.string()]).optional(),
    /** Result for a category scheme, e.g. `WTP`. */
    result: z.string().trim().min(1).optional(),
    /** Claimed zone; may stand alone when only the zone was published. */
    zone: z.enum(ZONES, { error: 'hijau, kuning atau merah' }).optional(),
    /** Region id; defaults to the article's region. */
    region: idSchema.optional(),
    /** Claimed grade; checked against the computed one. */
    grade: z.string().trim().min(1).optional(),
    /** The decree, e.g. `Keputusan Ketua Ombudsman RI Nomor 252 Tahun 2024`. */
    decree: z.string().trim().optional(),
  })
  .strict()
  .superRefine((award, ctx) => {
    if (award.score === undefined && award.result === undefined && award.zone === undefined && award.grade === undefined) {
      ctx.addIssue({ code: 'custom', message: 'isi salah satu: score, result, zone atau grade' });
    }
  });

export type AwardClaim = z.output<typeof awardClaimSchema>;

/** Most tags one article may carry: more dilutes topic pages and related links. */
export const ARTICLE_TAGS_MAX = 15;
/** Longest tag, in characters: a tag is a topic name, not a sentence. */
export const TAG_LENGTH_MAX = 50;
/** Largest article body, in bytes of MDX (UTF-8): a long feature is under 100 KB. */
export const ARTICLE_BODY_MAX_BYTES = 200 * 1024;

/**
 * A tag as written; its topic page is addressed by `slugify(tag)`, so a tag
 * with no letter or digit of a-z, 0-9 (`🎉`, `日本語`) would have no address:
 * it is refused rather than dropped.
 */
export const tagSchema = z
  .string({ error: 'tag berupa teks, mis. "Pelayanan Publik"' })
  .trim()
  .min(1, { error: 'tag tidak boleh kosong' })
  .max(TAG_LENGTH_MAX, { error: `tag paling panjang ${TAG_LENGTH_MAX} karakter` })
  .refine((tag) => slugify(tag) !== '', {
    error: 'tag memuat huruf a-z atau angka 0-9 (alamat halaman topik dibentuk darinya), mis. "Pelayanan Publik"; emoji atau aksara lain saja tidak bisa',
  });

/**
 * Front matter of an article (`content/articles/**\/<slug>.mdx`). The lead
 * image's schema is a parameter: a path for the content check, Astro's
 * `image()` in the content collection, so both apply the same rules.
 */
export function createArticleSchema<TImage extends z.ZodType>(imageSchema: TImage) {
  return z
  .object({
    /** Headline, 10-160 characters. */
    title: z.string({ error: 'judul wajib diisi (10-160 karakter)' }).trim().min(10, { error: 'judul 10-160 karakter' }).max(160, { error: 'judul 10-160 karakter' }),
    /** The lead used in cards, meta and feeds; at most 300 characters. */
    description: z.string({ error: 'ringkasan wajib diisi (paling banyak 300 karakter)' }).trim().min(1).max(300, { error: 'paling banyak 300 karakter' }),
    /** Publication date-time; without an offset it is WIB. */
    date: dateTimeSchema,
    /** Last substantive update; not before `date`. */
    updated: dateTimeSchema.optional(),
    /** Author id, a file in `content/authors/`. */
    author: idSchema,
    /** Editor id, a file in `content/authors/`. */
    editor: idSchema.optional(),
    /** Region id, a file in `content/regions/`. */
    region: idSchema.optional(),
    /** Rubric, e.g. `pelayanan-publik`. */
    section: idSchema.optional(),
    /** Tags, shown as written and addressed by their slug; at most 15, each at most 50 characters. */
    tags: z
      .array(tagSchema)
      .max(ARTICLE_TAGS_MAX, { error: (issue) => `paling banyak ${ARTICLE_TAGS_MAX} tag per artikel (ada ${(issue.input as unknown[]).length})` })
      .default([]),
    /** Lead image, a path relative to the article file. */
    image: imageSchema.optional(),
    /** Alternative text for `image`; required when `image` is set. */
    imageAlt: z.string().trim().min(1).optional(),
    /** Credit line for `image`, e.g. `Foto: Warta Prestasi`. */
    imageCredit: z.string().trim().min(1).optional(),
    /** Award results reported by this article. */
    awards: z.array(awardClaimSchema).default([]),
    /** Hand-picked "Baca Juga" slugs, in order. */
    related: z.array(idSchema).default([]),
    /** A draft is never built into the public site. */
    draft: z.boolean({ error: 'true atau false' }).default(false),
  })
  .strict()
  .superRefine((article, ctx) => {
    if (article.image && !article.imageAlt) {
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'wajib diisi bila ada image: teks pengganti gambar untuk pembaca tunanetra' });
    }
    if (article.updated && article.date && article.updated.getTime() < article.date.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'tidak boleh sebelum date' });
    }
    article.awards.forEach((award, index) => {
      if (!award.region && !article.region) {
        ctx.addIssue({ code: 'custom', path: ['awards', index, 'region'], message: 'isi region pada penghargaan atau region artikel' });
      }
    });
  });
}

/** The article schema with the lead image as a path (content check, tests). */
export const articleSchema = createArticleSchema(z.string().trim().min(1));

export type ArticleData = z.output<typeof articleSchema>;
