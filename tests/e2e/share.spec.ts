import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

const MUBA_2024 = '/berita/muba-raih-zona-hijau-ombudsman-2024/';

test('an article offers labelled share links and its URL to copy, loading nothing from elsewhere', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(MUBA_2024);
  const share = page.getByRole('complementary', { name: 'Bagikan' });
  await expect(share).toBeVisible();
  for (const name of ['Bagikan ke WhatsApp', 'Bagikan ke Facebook', 'Bagikan ke X (Twitter)', 'Bagikan ke Telegram', 'Bagikan lewat surel']) {
    await expect(share.getByRole('link', { name })).toBeVisible();
  }
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const field = share.getByRole('textbox', { name: 'Salin tautan berita' });
  await expect(field).toHaveValue(canonical!);
  await expect(field).not.toBeEditable();
  await expect(share.getByRole('link', { name: 'Bagikan ke WhatsApp' })).toHaveAttribute('href', `https://wa.me/?text=${encodeURIComponent(`${await page.locator('h1').textContent()}\n${canonical}`)}`);
  // Keyboard: every share link takes focus in order.
  await share.getByRole('link', { name: 'Bagikan ke WhatsApp' }).focus();
  await page.keyboard.press('Tab');
  await expect(share.getByRole('link', { name: 'Bagikan ke Facebook' })).toBeFocused();
  // Nothing requested from another host before a click.
  expect(requested.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  const axe = await new AxeBuilder({ page }).include('[data-share]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
});

test('an award article\'s share card is its own 1200x630 PNG', async ({ page, request }) => {
  await page.goto(MUBA_2024);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/kartu\/muba-raih-zona-hijau-ombudsman-2024\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  const bytes = await response.body();
  expect(bytes.readUInt32BE(16)).toBe(1200);
  expect(bytes.readUInt32BE(20)).toBe(630);
  expect(bytes.length).toBeLessThanOrEqual(100 * 1024);
});
