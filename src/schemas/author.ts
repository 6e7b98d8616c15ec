import { z } from 'zod';

/** A journalist or editor (`content/authors/<id>.yaml`). */
export const authorSchema = z.object({
  /** Name as printed in the byline. */
  name: z.string().trim().min(2),
  /** Role, e.g. `Wartawan` or `Redaktur`. */
  role: z.string().trim().optional(),
  /** A short biography for the author page. */
  bio: z.string().trim().optional(),
  /** Home base, e.g. `Sekayu`. */
  base: z.string().trim().optional(),
});

export type AuthorData = z.output<typeof authorSchema>;
