import { test, expect } from './fixtures.ts';

const MUBA_2024 = '/berita/muba-raih-zona-hijau-ombudsman-2024/';

test('a Baca Juga link opens its article', async ({ page }) => {
  await page.goto(MUBA_2024);
  const link = page.locator('aside[data-baca-juga] a').first();
  const headline = (await link.textContent())!.trim();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('article h1')).toHaveText(headline);
});

test('the Musi Banyuasin 2024 story links on topic: Muba, Ombudsman results or public service in Sumatera Selatan', async ({ page }) => {
  await page.goto(MUBA_2024);
  const hrefs = await page
    .locator('aside[data-baca-juga] a, section[data-berita-terkait] a[href^="/berita/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  for (const href of hrefs) {
    expect(href).not.toBe(MUBA_2024);
    await page.goto(href);
    const kicker = (await page.locator('article .kicker').textContent().catch(() => '')) ?? '';
    const body = (await page.locator('article').textContent()) ?? '';
    const aboutMuba = /Musi Banyuasin|Muba|Sekayu/.test(kicker + body);
    const ombudsman = /Ombudsman/.test(body);
    const sumselService = /Sumatera Selatan|Sumsel/.test(body) && /pelayanan publik/i.test(body);
    expect(aboutMuba || ombudsman || sumselService, `${href} (${kicker})`).toBe(true);
  }
});
