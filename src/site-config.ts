/**
 * Build settings read from the environment, in one place, so fixture builds
 * (tests, benchmarks) can point the same site at another content tree.
 */
import { createHash } from 'node:crypto';
import { decideBuildTime } from './model/publish.ts';

/** Content tree, relative to the project root (`WARTA_CONTENT_DIR`). */
export const CONTENT_DIR = process.env.WARTA_CONTENT_DIR || 'content';

/** Output directory, relative to the project root (`WARTA_OUT_DIR`). */
export const OUT_DIR = process.env.WARTA_OUT_DIR || 'dist';

/**
 * Astro's cache directory for a content tree, relative to the project root.
 * Each tree gets its own, so fixture builds never reuse the sample site's
 * data store, incremental cache or output stamp (and can run side by side).
 */
export function cacheDirFor(contentDir: string): string {
  return `node_modules/.astro/${createHash('sha1').update(contentDir).digest('hex').slice(0, 8)}`;
}

/** The publish rule's "now" (`WARTA_NOW` pins it). */
export const BUILD_TIME = decideBuildTime(process.env);

export const SITE_NAME = 'Warta Prestasi';
export const SITE_TAGLINE = 'Kabar prestasi dan pelayanan publik daerah';
