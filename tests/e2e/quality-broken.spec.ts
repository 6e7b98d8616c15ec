/**
 * The browser-side gates can fail: on the deliberately broken fixture site
 * (tests/fixtures/broken-dist) axe finds the missing alt text and the
 * low-contrast text, and the enforced CSP reports the inline script and
 * styles; on the fixed copy (tests/fixtures/fixed-dist) both find nothing.
 * The fixture files are served from a made-up origin through Playwright's
 * router, with the project's CSP header, as a host would serve them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { AXE_SOURCE, axe, watchCsp } from './quality-helpers.ts';
import { PAGE_CSP_HEADER } from '../../src/security-policy.ts';

const ORIGIN = 'http://fixture.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** Serves a fixture directory at ORIGIN (http, or https after `upgrade-insecure-requests`). */
async function serveFixture(page: Page, fixture: 'broken-dist' | 'fixed-dist'): Promise<void> {
  const root = path.resolve('tests/fixtures', fixture);
  await page.route(
    (url) => url.hostname === 'fixture.test',
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      try {
        const body = await readFile(file);
        await route.fulfill({
          status: 200,
          body,
          headers: { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': PAGE_CSP_HEADER },
        });
      } catch {
        await route.fulfill({ status: 404, body: 'not found' });
      }
    },
  );
}

async function axeBothModes(page: Page, pathname: string): Promise<string[]> {
  await page.addInitScript(AXE_SOURCE);
  await page.goto(`${ORIGIN}${pathname}`);
  const light = (await axe(page)).map((violation) => `[light] ${violation}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await axe(page)).map((violation) => `[dark] ${violation}`);
  return [...light, ...dark];
}

test('axe reports the image without alt and the low-contrast text on the broken page, light and dark', async ({ page }) => {
  await serveFixture(page, 'broken-dist');
  const violations = await axeBothModes(page, '/aksesibilitas/');
  for (const mode of ['light', 'dark']) {
    expect(violations.some((violation) => violation.startsWith(`[${mode}] image-alt (critical)`) && violation.includes('img'))).toBe(true);
    expect(violations.some((violation) => violation.startsWith(`[${mode}] color-contrast (serious)`) && violation.includes('.pucat'))).toBe(true);
  }
});

test('axe finds nothing on the fixed page', async ({ page }) => {
  await serveFixture(page, 'fixed-dist');
  expect(await axeBothModes(page, '/aksesibilitas/')).toEqual([]);
});

test('the enforced CSP reports the inline script and the inline styles of the broken page', async ({ page }) => {
  await serveFixture(page, 'broken-dist');
  const violations = await watchCsp(page);
  await page.goto(`${ORIGIN}/berita/skrip/`);
  const found = await violations();
  expect(found.some((violation) => violation.startsWith('script-src-elem blocked inline'))).toBe(true);
  expect(found.some((violation) => violation.startsWith('style-src-elem blocked inline'))).toBe(true);
  expect(found.some((violation) => violation.startsWith('style-src-attr blocked inline'))).toBe(true);
  // The blocked script did not run.
  await expect(page.locator('html')).not.toHaveAttribute('data-inline', 'ya');
});

test('the fixed page loads with no CSP violation', async ({ page }) => {
  await serveFixture(page, 'fixed-dist');
  const violations = await watchCsp(page);
  await page.goto(`${ORIGIN}/berita/skrip/`);
  expect(await violations()).toEqual([]);
  // The search page's external module script runs under the policy.
  await page.goto(`${ORIGIN}/cari/`);
  await expect(page.locator('html')).toHaveAttribute('data-cari', 'siap');
  expect(await violations()).toEqual([]);
});
