import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

const MUBA_2024 = '/berita/muba-raih-zona-hijau-ombudsman-2024/';

test('the front page leads with a story and links to the archive', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('.card-lead h2 a')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Terbaru' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Indeks Berita' }).click();
  await expect(page).toHaveURL(/\/indeks\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Indeks Berita' })).toBeVisible();
});

test('an article shows headline, lead, byline and an Indonesian dateline in its zone', async ({ page }) => {
  await page.goto(MUBA_2024);
  const article = page.locator('article[data-pagefind-body]');
  await expect(article).toHaveCount(1);
  await expect(article.locator('h1')).toContainText('Musi Banyuasin');
  await expect(article.locator('.byline')).toHaveText(/^Penulis: .+ \| Editor: .+$/);
  await expect(article.locator('.dateline time').first()).toHaveText('Kamis, 14 November 2024 10.30 WIB');
  await expect(article.locator('.dateline time').first()).toHaveAttribute('datetime', '2024-11-14T10:30:00+07:00');
  await expect(article.locator('.kicker')).toHaveText('Kabupaten Musi Banyuasin');
});

test('an article in Maluku is dated in WIT', async ({ page }) => {
  await page.goto('/daerah/maluku/');
  const first = page.locator('.cards a').first();
  await first.click();
  await expect(page.locator('.dateline time').first()).toHaveText(/ WIT$/);
});

test('navigation: article -> region -> tag -> author', async ({ page }) => {
  await page.goto(MUBA_2024);
  await page.locator('.article-footer').getByRole('link', { name: 'Kabupaten Musi Banyuasin' }).click();
  await expect(page).toHaveURL(/\/daerah\/musi-banyuasin\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kabupaten Musi Banyuasin');
  await expect(page.locator(`a[href="${MUBA_2024}"]`).first()).toBeVisible();

  await page.goto(MUBA_2024);
  const tag = page.locator('.tags a').first();
  const tagName = (await tag.textContent())!.trim();
  await tag.click();
  await expect(page).toHaveURL(/\/topik\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tagName);

  await page.goto(MUBA_2024);
  await page.locator('.byline a').first().click();
  await expect(page).toHaveURL(/\/penulis\/[a-z0-9-]+\/$/);
  await expect(page.locator(`a[href="${MUBA_2024}"]`).first()).toBeVisible();
});

test('the archive paginates newest first', async ({ page }) => {
  await page.goto('/indeks/');
  const dates = await page.locator('.cards time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort().reverse()).toEqual(dates);
  const next = page.locator('a[rel="next"]');
  if (await next.count()) {
    await next.click();
    await expect(page).toHaveURL(/\/indeks\/2\/$/);
  }
});

test('an unknown address gets the Indonesian 404 page', async ({ page }) => {
  const response = await page.goto('/tidak-ada-halaman-ini/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
});

test('pages ship no JavaScript (JSON-LD data blocks are not scripts)', async ({ page }) => {
  for (const path of ['/', MUBA_2024, '/indeks/', '/daerah/musi-banyuasin/']) {
    await page.goto(path);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of [
    ['front page', '/'],
    ['article', MUBA_2024],
    ['region page', '/daerah/musi-banyuasin/'],
    ['archive', '/indeks/'],
  ]) {
    test(`axe finds no WCAG 2.1 AA violation: ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('the layout holds at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', MUBA_2024]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
