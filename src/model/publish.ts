import { parseContentDateTime } from '../schemas/datetime.ts';

/**
 * The one publish rule: an article is published when it is not a draft and its
 * date is not after the build time. Pages, feeds, sitemaps, search, related
 * links, badges and counts all ask this module, never decide for themselves.
 */

export interface Publishable {
  draft?: boolean | undefined;
  date: Date;
}

/** True when the article may appear anywhere in the built site. */
export function isPublished(article: Publishable, now: Date): boolean {
  return article.draft !== true && article.date.getTime() <= now.getTime();
}

/** Whether an article is public, and if not why (draft or scheduled), for the preview banner. */
export function decidePublishState(article: Publishable, now: Date): 'published' | 'draft' | 'scheduled' {
  if (article.draft === true) return 'draft';
  if (article.date.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

/**
 * The build's notion of "now". `WARTA_NOW` (ISO 8601) pins it, so fixture
 * builds and reproducible rebuilds do not depend on the wall clock. Without
 * an offset it is read in WIB like every content date, never in the
 * machine's own time zone.
 */
export function decideBuildTime(env: Record<string, string | undefined>, wallClock: Date = new Date()): Date {
  const pinned = env.WARTA_NOW;
  if (!pinned) return wallClock;
  const date = parseContentDateTime(pinned);
  if (!date) {
    throw new Error(`WARTA_NOW: "${pinned}" is not an ISO 8601 date-time`);
  }
  return date;
}

/** Newest first, slug as the tie-breaker so the order never depends on file order. */
export function compareNewestFirst<T extends { date: Date; slug: string }>(a: T, b: T): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
