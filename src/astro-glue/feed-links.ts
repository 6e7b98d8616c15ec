/**
 * Feed titles and addresses for pages (the `<link rel="alternate">` in the
 * head and the visible RSS link), kept apart from src/astro-glue/feeds.ts so pages
 * do not pull in the feed renderer.
 */
import { url } from './site.ts';
import { decideFeedChannel, type FeedChannel, type FeedSubject } from '../model/feed.ts';
import { SITE_NAME } from '../site-config.ts';

/** A feed's channel (title, paths), as pages and endpoints both see it. */
export function feedChannel(subject: FeedSubject): FeedChannel {
  return decideFeedChannel(subject, SITE_NAME);
}

/** `<link rel="alternate">` entry for BaseLayout's `feeds` prop. */
export function feedLink(subject: FeedSubject): { title: string; href: string } {
  const channel = feedChannel(subject);
  return { title: channel.title, href: url(channel.feedPath) };
}
