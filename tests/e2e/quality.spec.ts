/**
 * Quality gates in a real browser, over every page of the built site:
 * axe (WCAG 2.1 A and AA) finds nothing in light and in dark, and with the
 * Content-Security-Policy enforced (the `_headers` policy that
 * scripts/serve-dist.mjs sends, plus each page's `<meta>`) nothing is
 * blocked. Search still works under that policy. The static gates
 * (scripts/quality/) run here too, so `npm test` runs every gate.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test as plain } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { AXE_SOURCE, axe, watchCsp } from './quality-helpers.ts';
import { GATE_NAMES, GATES } from '../../scripts/quality/gates.ts';
import { formatProblems } from '../../scripts/quality/dist.ts';
import { PAGE_CSP_HEADER, PAGE_CSP_META } from '../../src/security-policy.ts';

const DIST = process.env.WARTA_OUT_DIR || 'dist';
const BASE = `/${(process.env.WARTA_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/** Pages per test: a test loads them one after another in one browser page. */
const CHUNK = 10;

/** Every HTML page of the build as a URL path (`berita/x/index.html` -> `/berita/x/`), bundles excluded. */
function listPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && child !== 'pagefind') walk(child);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        pages.push(`${BASE}${child === 'index.html' ? '' : child.endsWith('/index.html') ? child.slice(0, -'index.html'.length) : child}`);
      }
    }
  };
  walk('');
  return pages.sort();
}

const pages = listPages(DIST);

test('the build has pages to check', () => {
  expect(pages.length, `no HTML pages in ${DIST}: build first`).toBeGreaterThan(0);
});

for (let start = 0; start < pages.length; start += CHUNK) {
  const chunk = pages.slice(start, start + CHUNK);
  test(`axe (light and dark) and CSP: ${chunk[0]} … (${chunk.length} pages)`, async ({ page }) => {
    test.setTimeout(30_000 + chunk.length * 15_000);
    const violations = await watchCsp(page);
    await page.addInitScript(AXE_SOURCE);
    const problems: string[] = [];
    for (const pathname of chunk) {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(pathname);
      if (response?.status() !== 200) problems.push(`${pathname}: HTTP ${response?.status()}`);
      if (!response?.headers()['content-security-policy']) problems.push(`${pathname}: served without a Content-Security-Policy header`);
      for (const violation of await axe(page)) problems.push(`${pathname} [light]: ${violation}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const violation of await axe(page)) problems.push(`${pathname} [dark]: ${violation}`);
      for (const violation of await violations()) problems.push(`${pathname}: CSP violation: ${violation}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('search works with the CSP enforced, and nothing is blocked', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto(`${BASE}cari/`);
  expect(response?.headers()['content-security-policy']).toBe(PAGE_CSP_HEADER);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', PAGE_CSP_META);
  const box = page.getByRole('searchbox', { name: 'Kata kunci' });
  await box.fill('zona hijau');
  await box.press('Enter');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ hasil untuk “zona hijau”$/);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
});

// The static gates over the same build (also `npm run test:quality`).
plain.describe('static gates', () => {
  for (const gate of GATE_NAMES) {
    plain(`gate: ${gate}`, async () => {
      plain.setTimeout(180_000);
      const problems = await GATES[gate](DIST);
      expect(problems, `${gate}:\n${formatProblems(problems)}`).toEqual([]);
    });
  }
});
