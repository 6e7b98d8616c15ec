/**
 * Reads built HTML with a real HTML parser: the browser's own (`DOMParser` in
 * the tests' headless Chromium), so pages, JSON-LD blocks and feed bodies are
 * read exactly as a browser or crawler reads them, never with a regex.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/browser.mjs';

export interface PageFacts {
  title: string;
  lang: string;
  h1: string[];
  /** `datetime` of the `<time>` elements in the article header, in order. */
  headerTimes: string[];
  /** Text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Every script element: its type and text. */
  scripts: { type: string; text: string }[];
  canonical: string | null;
  robots: string | null;
  /** `<link rel="alternate" type="application/rss+xml">`. */
  feeds: { title: string; href: string }[];
  /** `<meta property|name="…" content>`: last one wins. */
  meta: Record<string, string>;
  /** The visible RSS link(s) in `.feed-link`: href and the paragraph's text. */
  feedLinks: { href: string; text: string }[];
  /** Text of the byline's `rel=author` link. */
  author: string | null;
  /** The lead paragraph's text. */
  lead: string | null;
  /** Links of the inline Baca Juga blocks, as written. */
  bacaJuga: string[];
}

export interface FragmentFacts {
  /** Every href, src, cite and srcset candidate URL, as written. */
  urls: string[];
  scriptCount: number;
  /** `on*` attributes found. */
  handlers: string[];
  /** `data-*` attributes found. */
  dataAttributes: string[];
  commentCount: number;
  asideCount: number;
  /** Elements HTML does not know (an MDX component left over, a custom element). */
  unknownElements: string[];
  /** `<img>` without an `alt` attribute. */
  imagesWithoutAlt: number;
  imageAlts: string[];
  /** Text and href of every link whose paragraph starts with `BACA JUGA:`. */
  bacaJuga: { text: string; href: string }[];
  /** Items of the award list. */
  awardItems: string[];
  text: string;
}

export interface HtmlInspector {
  pages(htmls: string[]): Promise<PageFacts[]>;
  fragments(htmls: string[]): Promise<FragmentFacts[]>;
  close(): Promise<void>;
}

export async function openInspector(): Promise<HtmlInspector> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('No Chromium for HTML parsing: run `node scripts/ensure-browser.mjs`');
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page: Page = await browser.newPage({ javaScriptEnabled: true });
  await page.setContent('<!doctype html><title>inspector</title>');

  return {
    pages: (htmls) =>
      page.evaluate((list) => {
        return list.map((html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const all = (selector: string) => [...doc.querySelectorAll(selector)];
          const meta: Record<string, string> = {};
          for (const element of all('meta[content]')) {
            const key = element.getAttribute('property') ?? element.getAttribute('name');
            if (key) meta[key] = element.getAttribute('content') ?? '';
          }
          return {
            title: doc.title,
            lang: doc.documentElement.getAttribute('lang') ?? '',
            h1: all('h1').map((element) => element.textContent ?? ''),
            headerTimes: all('article header time[datetime]').map((element) => element.getAttribute('datetime') ?? ''),
            jsonLd: all('script[type="application/ld+json"]').map((element) => element.textContent ?? ''),
            scripts: all('script').map((element) => ({ type: element.getAttribute('type') ?? '', text: element.textContent ?? '' })),
            canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
            robots: doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
            feeds: all('link[rel="alternate"][type="application/rss+xml"]').map((element) => ({
              title: element.getAttribute('title') ?? '',
              href: element.getAttribute('href') ?? '',
            })),
            meta,
            feedLinks: all('.feed-link a').map((element) => ({
              href: element.getAttribute('href') ?? '',
              text: (element.closest('.feed-link')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            })),
            author: doc.querySelector('a[rel="author"]')?.textContent ?? null,
            lead: doc.querySelector('article .lead')?.textContent ?? null,
            bacaJuga: all('aside[data-baca-juga] a').map((element) => element.getAttribute('href') ?? ''),
          };
        });
      }, htmls),

    fragments: (htmls) =>
      page.evaluate((list) => {
        return list.map((html) => {
          const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
          const elements = [...doc.body.querySelectorAll('*')];
          const urls: string[] = [];
          const handlers: string[] = [];
          const dataAttributes: string[] = [];
          for (const element of elements) {
            for (const attribute of [...element.attributes]) {
              if (attribute.name.startsWith('on')) handlers.push(`${element.tagName} ${attribute.name}`);
              if (attribute.name.startsWith('data-')) dataAttributes.push(`${element.tagName} ${attribute.name}`);
              if (['href', 'src', 'cite', 'poster', 'action', 'formaction'].includes(attribute.name)) urls.push(attribute.value);
              if (attribute.name === 'srcset') {
                for (const candidate of attribute.value.split(',')) {
                  const url = candidate.trim().split(/\s+/)[0];
                  if (url) urls.push(url);
                }
              }
            }
          }
          const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
          let commentCount = 0;
          while (walker.nextNode()) commentCount++;
          return {
            urls,
            scriptCount: doc.querySelectorAll('script').length,
            handlers,
            dataAttributes,
            commentCount,
            asideCount: doc.querySelectorAll('aside').length,
            unknownElements: elements
              .filter((element) => element instanceof HTMLUnknownElement || element.tagName.includes('-'))
              .map((element) => element.tagName.toLowerCase()),
            imagesWithoutAlt: doc.querySelectorAll('img:not([alt])').length,
            imageAlts: [...doc.querySelectorAll('img')].map((image) => image.getAttribute('alt') ?? ''),
            bacaJuga: [...doc.querySelectorAll('p')]
              .filter((paragraph) => (paragraph.textContent ?? '').startsWith('BACA JUGA:'))
              .map((paragraph) => {
                const link = paragraph.querySelector('a');
                return { text: link?.textContent ?? '', href: link?.getAttribute('href') ?? '' };
              }),
            awardItems: [...doc.querySelectorAll('ul li')]
              .filter((item) => item.closest('ul')?.previousElementSibling?.textContent?.startsWith('Penghargaan dalam berita ini'))
              .map((item) => item.textContent ?? ''),
            text: doc.body.textContent ?? '',
          };
        });
      }, htmls),

    close: () => browser.close(),
  };
}
