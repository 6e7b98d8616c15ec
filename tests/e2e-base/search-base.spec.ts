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
