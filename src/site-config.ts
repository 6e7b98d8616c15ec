/**
 * Build settings read from the environment, in one place, so fixture builds
 * (tests, benchmarks) can point the same site at another content tree.
 */
import { decideBuildTime } from './model/publish.ts';

/** Content tree, relative to the project root (`WARTA_CONTENT_DIR`). */
export const CONTENT_DIR = process.env.WARTA_CONTENT_DIR || 'content';

/** The publish rule's "now" (`WARTA_NOW` pins it). */
export const BUILD_TIME = decideBuildTime(process.env);

/** Preview mode shows drafts and scheduled articles with a banner (`astro dev`). */
export const SITE_NAME = 'Warta Prestasi';
export const SITE_TAGLINE = 'Kabar prestasi dan pelayanan publik daerah';
