import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const MUBA_2024 = '/berita/muba-raih-zona-hijau-ombudsman-2024/';
const MUBA_TITLE = 'Musi Banyuasin Raih Zona Hijau Ombudsman RI Tiga Tahun Berturut-turut';

// The first search loads Pagefind's WebAssembly and index chunks; on a busy machine that takes seconds.
const expectSearch = expect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });
const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');

/** Waits until the latest search has rendered (the list is busy while it runs). */
async function settled(page: Page): Promise<void> {
  await expectSearch(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
}

/** The number at the start of the status line (`12 hasil untuk …`). */
async function resultCount(page: Page): Promise<number> {
  await settled(page);
  await expectSearch(status(page)).toHaveText(/^\d+ (hasil|berita)/);
  return Number((await status(page).textContent())!.match(/^(\d+)/)![1]);
}

test('a query finds the Musi Banyuasin 2024 article, with title, date, region and a highlighted excerpt', async ({ page }) => {
  await page.goto('/cari/');
  const box = page.getByRole('searchbox', { name: 'Kata kunci' });
  await box.fill('Musi Banyuasin zona hijau 2024');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/cari\/\?q=Musi\+Banyuasin\+zona\+hijau\+2024$/);
  await expectSearch(status(page)).toHaveText(/^\d+ hasil untuk “Musi Banyuasin zona hijau 2024”$/);
  const hit = results(page).filter({ has: page.locator(`a[href="${MUBA_2024}"]`) });
  await expect(hit).toHaveCount(1);
  await expect(hit.getByRole('heading', { level: 3 })).toHaveText(MUBA_TITLE);
  await expect(hit.locator('time')).toHaveText('14 November 2024');
  await expect(hit.locator('time')).toHaveAttribute('datetime', '2024-11-14T10:30:00+07:00');
  await expect(hit.locator('.meta')).toContainText('Muba');
  await expect(hit.locator('.search-result-excerpt mark').first()).toBeVisible();
  await expect(hit.locator('img')).toHaveAttribute('src', /^\/_astro\/.+\.webp$/);
});

test('/cari/?q=zona+hijau opens with results, in relevance order, and “terbaru” sorts newest first', async ({ page }) => {
  await page.goto('/cari/?q=zona+hijau');
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('zona hijau');
  const count = await resultCount(page);
  expect(count).toBeGreaterThan(1);
  await expectSearch(status(page)).toHaveText(`${count} hasil untuk “zona hijau”`);
  await expect(page.getByLabel('Urutkan')).toHaveValue('relevansi');

  await page.getByLabel('Urutkan').selectOption('terbaru');
  await expect(page).toHaveURL(/\?q=zona\+hijau&urut=terbaru$/);
  await settled(page);
  await expectSearch(status(page)).toHaveText(`${count} hasil untuk “zona hijau”`);
  const dates = await results(page).locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
  expect(dates.length).toBe(Math.min(count, 10));
  const instants = dates.map((iso) => Date.parse(iso));
  expect([...instants].sort((a, b) => b - a)).toEqual(instants);
});

test('a region filter narrows the results and stays in the URL', async ({ page }) => {
  await page.goto('/cari/?q=zona+hijau');
  const before = await resultCount(page);
  const daerah = page.getByRole('group', { name: 'Daerah' });
  const muba = daerah.getByRole('checkbox', { name: /^Kabupaten Musi Banyuasin \(\d+\)$/ });
  const expected = Number((await daerah.locator('label', { hasText: 'Kabupaten Musi Banyuasin' }).textContent())!.match(/\((\d+)\)/)![1]);
  await muba.check();
  await expect(page).toHaveURL(/\?q=zona\+hijau&daerah=Kabupaten\+Musi\+Banyuasin$/);
  await expectSearch(status(page)).toHaveText(`${expected} hasil untuk “zona hijau” sesuai saringan`);
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(before);
  await expect(results(page)).toHaveCount(Math.min(expected, 10));
  for (const region of await results(page).locator('.meta').allTextContents()) expect(region).toContain('Muba');
  await expect(daerah.getByRole('checkbox', { name: /^Kabupaten Musi Banyuasin/ })).toBeChecked();

  // The filtered state survives a reload; clearing the filter brings every result back.
  await page.reload();
  await expectSearch(status(page)).toHaveText(`${expected} hasil untuk “zona hijau” sesuai saringan`);
  await page.getByRole('button', { name: 'Hapus semua saringan' }).click();
  await expect(page).toHaveURL(/\?q=zona\+hijau$/);
  await expectSearch(status(page)).toHaveText(`${before} hasil untuk “zona hijau”`);
});

test('year, scheme and zone facets are offered with counts, and combine', async ({ page }) => {
  await page.goto('/cari/?q=ombudsman');
  const all = await resultCount(page);
  for (const name of ['Daerah', 'Provinsi', 'Tahun', 'Skema penghargaan', 'Zona']) {
    await expect(page.getByRole('group', { name, exact: true }).getByRole('checkbox').first()).toBeVisible();
  }
  const years = await page.getByRole('group', { name: 'Tahun' }).getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => Number((box as HTMLInputElement).value)));
  expect([...years].sort((a, b) => b - a)).toEqual(years);
  const zones = await page.getByRole('group', { name: 'Zona' }).getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  expect(zones[0]).toBe('Zona Hijau');
  await expect(page.getByRole('group', { name: 'Skema penghargaan' }).getByRole('checkbox', { name: /^Ombudsman RI \(\d+\)$/ })).toBeVisible();

  await page.getByRole('group', { name: 'Tahun' }).getByRole('checkbox', { name: /^2024 / }).check();
  await expect(page).toHaveURL(/\?q=ombudsman&tahun=2024$/);
  const in2024 = await resultCount(page);
  expect(in2024).toBeGreaterThan(0);
  expect(in2024).toBeLessThan(all);
  for (const datetime of await results(page).locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!))) {
    expect(datetime.startsWith('2024-')).toBe(true);
  }

  await page.getByRole('group', { name: 'Zona' }).getByRole('checkbox', { name: /^Zona Hijau / }).check();
  await expect(page).toHaveURL(/\?q=ombudsman&tahun=2024&zona=Zona\+Hijau$/);
  const green = await resultCount(page);
  expect(green).toBeGreaterThan(0);
  expect(green).toBeLessThanOrEqual(in2024);
  await expect(results(page).locator(`a[href="${MUBA_2024}"]`)).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Zona' }).getByRole('checkbox', { name: /^Zona Hijau / })).toBeChecked();
});

test('a nonsense query says so in Indonesian', async ({ page }) => {
  await page.goto('/cari/?q=qwzxjkvbnm');
  await expectSearch(status(page)).toHaveText('Tidak ada hasil untuk “qwzxjkvbnm”. Coba kata lain atau periksa ejaan.');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tampilkan lebih banyak' })).toBeHidden();
});

test('the query survives reload and back navigation', async ({ page }) => {
  await page.goto('/cari/');
  await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('sekayu adipura');
  await page.getByRole('searchbox', { name: 'Kata kunci' }).press('Enter');
  await expect(page).toHaveURL(/\/cari\/\?q=sekayu\+adipura$/);
  const count = await resultCount(page);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('sekayu adipura');
  await expectSearch(status(page)).toHaveText(`${count} hasil untuk “sekayu adipura”`);

  await results(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/berita\/[a-z0-9-]+\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/cari\/\?q=sekayu\+adipura$/);
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('sekayu adipura');
  await expectSearch(status(page)).toHaveText(`${count} hasil untuk “sekayu adipura”`);

  // A second search is a new history entry, also when its results came live while typing
  // (before Enter); later keystrokes update that entry instead of adding one per prefix.
  const box = page.getByRole('searchbox', { name: 'Kata kunci' });
  await box.fill('ombuds');
  await expectSearch(status(page)).toHaveText(/hasil untuk “ombuds”$/);
  await box.fill('ombudsman');
  await expectSearch(status(page)).toHaveText(/hasil untuk “ombudsman”$/);
  await expect(page).toHaveURL(/\?q=ombudsman$/);
  await box.press('Enter');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=sekayu\+adipura$/);
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('sekayu adipura');
  await expectSearch(status(page)).toHaveText(`${count} hasil untuk “sekayu adipura”`);
});

test('more results load on request, and focus moves to the first new one', async ({ page }) => {
  await page.goto('/cari/?q=pelayanan');
  const count = await resultCount(page);
  // 28 sample articles mention "pelayanan": more than one page of 10, or the test proves nothing.
  expect(count, 'the sample site must give more than one page of results for "pelayanan"').toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(10);
  await expect(page.locator('[data-search-shown]')).toHaveText(`Menampilkan 10 dari ${count}`);
  await page.getByRole('button', { name: 'Tampilkan lebih banyak' }).click();
  await expect(results(page)).toHaveCount(Math.min(count, 20));
  await expect(results(page).nth(10).getByRole('link')).toBeFocused();
});

test('search is usable with the keyboard alone', async ({ page }) => {
  await page.goto('/cari/');
  await page.getByRole('searchbox', { name: 'Kata kunci' }).focus();
  await page.keyboard.type('zona hijau');
  await page.keyboard.press('Enter');
  await resultCount(page);
  // Tab from the box reaches the submit button, the filters' disclosure, then their checkboxes.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cari', exact: true }).last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('summary', { hasText: 'Saring hasil' })).toBeFocused();
  await page.keyboard.press('Tab');
  const first = page.getByRole('group', { name: 'Daerah' }).getByRole('checkbox').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(page).toHaveURL(/&daerah=/);
  await expect(page.getByRole('group', { name: 'Daerah' }).getByRole('checkbox').first()).toBeFocused();
});

test('on a phone the filters fold away above the results, open from the keyboard, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/cari/?q=zona+hijau');
  await resultCount(page);
  const summary = page.locator('summary', { hasText: 'Saring hasil' });
  const daerah = page.getByRole('group', { name: 'Daerah' });
  await expect(daerah).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(daerah).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await daerah.getByRole('checkbox').first().check();
  await expect(summary).toContainText('(1 aktif)');
});

test('the result count is announced in a polite live region', async ({ page }) => {
  await page.goto('/cari/?q=zona+hijau');
  await expectSearch(status(page)).toHaveAttribute('aria-live', 'polite');
  await expectSearch(status(page)).toHaveAttribute('role', 'status');
  await expect(page.getByRole('status')).toHaveText(/^\d+ hasil untuk “zona hijau”$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /cari/ with results and filters shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/cari/?q=zona+hijau&tahun=2024');
    await resultCount(page);
    await expect(page.locator('.search-result-excerpt mark').first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('an article page loads no Pagefind file and no script, even when its header search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(MUBA_2024);
  await page.getByRole('searchbox', { name: 'Cari berita' }).focus();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
  expect(requested.filter((path) => path.endsWith('.js'))).toEqual([]);
  await expect(page.locator('script')).toHaveCount(await page.locator('script[type="application/ld+json"]').count());

  await page.getByRole('searchbox', { name: 'Cari berita' }).fill('zona hijau');
  await page.getByRole('searchbox', { name: 'Cari berita' }).press('Enter');
  await expect(page).toHaveURL(/\/cari\/\?q=zona\+hijau$/);
  await resultCount(page);
  expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search is a plain form to /cari/?q=, and the search page says it needs JavaScript', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Cari berita' }).fill('zona hijau');
    await page.getByRole('searchbox', { name: 'Cari berita' }).press('Enter');
    await expect(page).toHaveURL(/\/cari\/\?q=zona\+hijau$/);
    const note = page.locator('.notice', { hasText: 'Pencarian memerlukan JavaScript.' });
    await expect(note).toBeVisible();
    await expect(note.getByRole('link', { name: 'Indeks Berita' })).toHaveAttribute('href', '/indeks/');
    await expect(page.locator('[data-search-status]')).toBeHidden();
  });
});
