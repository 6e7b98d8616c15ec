import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../e2e/fixtures.ts';

const expectSearch = expect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

// Runs against the site built with WARTA_BASE=/portal/ (playwright.base.config.ts).
// The shared fixture fails on any 4xx of our origin, so a file requested
// outside /portal/ (e.g. /pagefind/pagefind.js) fails the test.

test('search works under /portal/: header form, Pagefind bundle, result links and images', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));

  await page.goto('/portal/');
  await page.getByRole('searchbox', { name: 'Cari berita' }).fill('zona hijau');
  await page.getByRole('searchbox', { name: 'Cari berita' }).press('Enter');
  await expect(page).toHaveURL(/\/portal\/cari\/\?q=zona\+hijau$/);
  await expectSearch(page.locator('[data-search-status]')).toHaveText(/^\d+ hasil untuk “zona hijau”$/);

  const links = await page.locator('[data-search-results] h3 a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(href).toMatch(/^\/portal\/berita\/[a-z0-9-]+\/$/);
  const images = await page.locator('[data-search-results] img').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src')!));
  expect(images.length).toBeGreaterThan(0);
  for (const src of images) expect(src).toMatch(/^\/portal\/_astro\//);
  expect(requested).toContain('/portal/pagefind/pagefind.js');
  expect(requested.filter((path) => !path.startsWith('/portal/'))).toEqual([]);

  await page.getByRole('group', { name: 'Daerah' }).getByRole('checkbox', { name: /^Kabupaten Musi Banyuasin / }).check();
  await expect(page).toHaveURL(/\/portal\/cari\/\?q=zona\+hijau&daerah=Kabupaten\+Musi\+Banyuasin$/);
  await expectSearch(page.locator('[data-search-status]')).toHaveText(/^\d+ hasil untuk “zona hijau” sesuai saringan$/);

  await page.locator('[data-search-results] a[href="/portal/berita/muba-raih-zona-hijau-ombudsman-2024/"]').click();
  await expect(page).toHaveURL(/\/portal\/berita\/muba-raih-zona-hijau-ombudsman-2024\/$/);
  await expect(page.locator('article[data-pagefind-body] h1')).toContainText('Musi Banyuasin');

  await page.goBack();
  await expect(page).toHaveURL(/\/portal\/cari\/\?q=zona\+hijau&daerah=Kabupaten\+Musi\+Banyuasin$/);
  await expectSearch(page.locator('[data-search-status]')).toHaveText(/sesuai saringan$/);
});

test('an index in several parts searches as one: every article counted once, newest first across parts', async ({ page }) => {
  const outDir = path.resolve(import.meta.dirname, '../..', process.env.BASE_E2E_OUT_DIR ?? '.tmp/search-dist-base');
  const articles = readdirSync(path.join(outDir, 'berita')).filter((slug) => existsSync(path.join(outDir, 'berita', slug, 'index.html'))).length;
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'bagian.json'), 'utf8')) as { parts: { pages: number }[] };
  expect(manifest.parts.length).toBe(Math.ceil(articles / 8));
  expect(Math.max(...manifest.parts.map((part) => part.pages))).toBeLessThanOrEqual(8);
  expect(manifest.parts.reduce((sum, part) => sum + part.pages, 0)).toBe(articles);

  // Without a query the facets count every article: each year's count adds up to all of them.
  await page.goto('/portal/cari/');
  const years = page.getByRole('group', { name: 'Tahun' }).getByRole('checkbox');
  await expect(years.first()).toBeVisible();
  const counts = await years.evaluateAll((boxes) => boxes.map((box) => Number(/\((\d+)\)$/.exec((box as HTMLInputElement).labels?.[0]?.textContent ?? '')?.[1])));
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(articles);

  // Newest first through every result, "Tampilkan lebih banyak" included.
  await page.goto('/portal/cari/?q=ombudsman&urut=terbaru');
  await expectSearch(page.locator('[data-search-status]')).toHaveText(/^\d+ hasil untuk “ombudsman”$/);
  const total = Number(/^(\d+)/.exec((await page.locator('[data-search-status]').textContent())!)![1]);
  expect(total).toBeGreaterThan(10);
  const more = page.getByRole('button', { name: /Tampilkan lebih banyak/ });
  while (await more.isVisible()) {
    const shown = await page.locator('[data-search-results] > li').count();
    await more.click();
    await expect(page.locator('[data-search-results] > li')).not.toHaveCount(shown);
  }
  const dates = await page.locator('[data-search-results] time').evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute('datetime')!)));
  expect(dates.length).toBe(total);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  const links = await page.locator('[data-search-results] h3 a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
  expect(new Set(links).size).toBe(total);
});
