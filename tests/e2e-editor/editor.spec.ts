/**
 * A journalist's day in the newsroom editor, in a real browser: create an
 * article (title, region, author, a paragraph, a Baca Juga, an award with a
 * score), save it as a draft, see the preview with its banner and the badge
 * the build will compute, publish it, and find the page with the computed
 * badge and the Baca Juga link in a production build of the same tree.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EDITOR_TEST_CONTENT, ROOT } from './paths.mjs';

const TITLE = 'Palembang Pertahankan Kategori A Ombudsman 2024';
const SLUG = 'palembang-pertahankan-kategori-a-ombudsman-2024';
const BACA_JUGA = 'muba-raih-zona-hijau-ombudsman-2024';
const OUT_DIR = path.join(path.dirname(EDITOR_TEST_CONTENT), 'dist');

function articleFile(): string {
  const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  return path.join(ROOT, EDITOR_TEST_CONTENT, 'articles', String(year), `${SLUG}.mdx`);
}

async function pick(page: Page, scope: ReturnType<Page['locator']> | Page, name: string, typed: string, option: RegExp) {
  const box = scope.getByRole('combobox', { name });
  await box.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

test('create, save as draft, preview, publish, build', async ({ page }) => {
  // The Indonesian entry leads to the articles.
  await page.goto('/redaksi/');
  await expect(page).toHaveURL(/\/keystatic\/collection\/berita$/);
  // The first visit may reload once while Vite prepares the editor's modules.
  await expect(page.getByText('Musi Banyuasin Raih Zona Hijau Ombudsman RI Tiga Tahun Berturut-turut')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Judul (title)').fill(TITLE);
  await expect(page.getByLabel('Folder/nama berkas (slug)')).toHaveValue(new RegExp(`^\\d{4}/${SLUG}$`));
  await page.getByLabel('Ringkasan (description)').fill('Kota Palembang kembali meraih kategori A dalam penilaian kepatuhan Ombudsman RI 2024.');
  await pick(page, page, 'Penulis (author)', 'Rina', /Rina Wulandari/);
  await pick(page, page, 'Daerah (region)', 'Kota Palembang', /^Kota Palembang \(kota-palembang\)$/);

  // Body: a paragraph, a Baca Juga from the palette, another paragraph.
  const body = page.locator('[contenteditable="true"]').first();
  await body.click();
  await page.keyboard.type('PALEMBANG - Kota Palembang meraih skor 90,12 dalam penilaian kepatuhan Ombudsman RI 2024.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Paragraf penutup berita uji editor.');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  // "/" opens the insert menu: the palette's components and Keystatic's basic blocks.
  await expect(async () => {
    await page.keyboard.type('/');
    await expect(page.getByRole('option', { name: /^BacaJuga/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('option', { name: /^BacaJuga/ }).click();
  await page.getByRole('button', { name: 'Edit' }).first().click();
  const bacaJuga = page.getByRole('dialog');
  await pick(page, bacaJuga, 'slug', 'Zona Hijau Ombudsman RI Tiga', new RegExp(`\\(${BACA_JUGA}\\)`));
  await bacaJuga.getByRole('button', { name: 'Done' }).click();

  // An award with a score; the badge is computed, not typed.
  await page.getByRole('button', { name: 'Add' }).first().click();
  const award = page.getByRole('dialog');
  await pick(page, award, 'Skema (scheme)', 'Ombudsman', /\(ombudsman\)$/);
  await award.getByLabel('Tahun penilaian (year)').fill('2024');
  await award.getByLabel('Skor (score)').fill('90,12');
  // The badge the build will compute, beside the score, before anything is saved or published:
  // Palembang was A (hijau) in 2023 too, so two years running.
  const badge = award.locator('[data-redaksi-lencana]');
  await expect(badge).toHaveAttribute('data-grade', 'A');
  await expect(badge).toHaveAttribute('data-zone', 'hijau');
  await expect(badge).toHaveAttribute('data-streak', '2');
  await expect(badge).toContainText('Kategori A');
  await award.getByRole('button', { name: 'Add' }).click();

  // Save as a draft (new articles start as drafts).
  await expect(page.getByRole('checkbox', { name: /Draf \(draft\)/ })).toBeChecked();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(new RegExp(`/item/\\d{4}%2F${SLUG}$`));
  await expect.poll(() => existsSync(articleFile())).toBe(true);
  const draft = readFileSync(articleFile(), 'utf8');
  expect(draft).toMatch(/^draft: true$/m);
  expect(draft).toContain(`<BacaJuga slug="${BACA_JUGA}" />`);
  expect(draft).toMatch(/^ +score: '?90,12'?$/m);

  // The project's content check ran on the saved file: no problem.
  await expect(page.locator('[data-redaksi-status]')).toHaveAttribute('data-redaksi-status', 'lolos');

  // The preview shows the draft with its banner.
  const preview = await page.context().newPage();
  // The dev server reloads the collections after the save.
  await expect(async () => expect((await preview.goto(`/berita/${SLUG}/`))?.status()).toBe(200)).toPass({ timeout: 60_000 });
  await expect(preview.getByText(/DRAF/).first()).toBeVisible();
  await expect(preview.locator(`aside[data-baca-juga] a[href="/berita/${BACA_JUGA}/"]`)).toHaveCount(1);
  await preview.close();

  // Publish: untick the draft and save.
  await page.getByRole('checkbox', { name: /Draf \(draft\)/ }).uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => readFileSync(articleFile(), 'utf8')).not.toMatch(/^draft:/m);

  // A production build of the same tree has the page, the computed badge and the Baca Juga link.
  rmSync(path.join(ROOT, OUT_DIR), { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, WARTA_CONTENT_DIR: EDITOR_TEST_CONTENT, WARTA_OUT_DIR: OUT_DIR },
    encoding: 'utf8',
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const built = path.join(ROOT, OUT_DIR, 'berita', SLUG, 'index.html');
  expect(existsSync(built)).toBe(true);
  const site = await page.context().newPage();
  await site.goto(pathToFileURL(built).href);
  const badges = site.locator('[data-award][data-scheme="ombudsman"][data-year="2024"][data-region="kota-palembang"]');
  await expect(badges.first()).toHaveAttribute('data-grade', 'A');
  await expect(badges.first()).toHaveAttribute('data-score', '90.12');
  await expect(badges.first()).toHaveAttribute('data-streak', '2');
  await expect(site.locator(`aside[data-baca-juga] a[href="/berita/${BACA_JUGA}/"]`)).toHaveCount(1);
  await expect(site.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('a file the editor cannot express opens read-only with the reason, and is not saved', async ({ page }) => {
  const file = path.join(ROOT, EDITOR_TEST_CONTENT, 'articles', '2024', 'uji-hanya-baca.mdx');
  const text = '---\ntitle: "Berkas dengan import untuk uji"\ndescription: Ringkasan.\ndate: 2024-11-14T10:30\nauthor: rina-wulandari\nregion: musi-banyuasin\ndraft: true\n---\n\nimport X from "./x.js";\n\nParagraf pertama.\n\n<Peta daerah="muba" />\n';
  writeFileSync(file, text);
  await page.goto('/redaksi/');
  await expect(page.getByText('Berkas dengan import untuk uji')).toBeVisible({ timeout: 120_000 });
  await page.goto('/keystatic/collection/berita/item/2024%2Fuji-hanya-baca');
  // The dev server's own content check reports the bad file in Vite's error overlay too; close it.
  const closeOverlay = () => page.evaluate(() => document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove()));
  await expect(page.getByLabel('Ringkasan (description)')).toBeVisible({ timeout: 60_000 });
  await closeOverlay();
  const status = page.locator('[data-redaksi-status]');
  await expect(status).toHaveAttribute('data-redaksi-status', 'hanya-baca');
  await expect(status).toContainText('tanpa import/export');
  await expect(status).toContainText('<Peta>');
  // The body is shown as its source, nothing dropped; a save is refused with the reason.
  await expect(page.locator('[contenteditable="true"]').first()).toContainText('import X from "./x.js";');
  await closeOverlay();
  await page.getByLabel('Ringkasan (description)').fill('Ringkasan yang diubah.');
  await closeOverlay();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/hanya baca di editor/).first()).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(text);
});

test('a file whose front matter the editor cannot parse shows the read-only view with the reason, and is not saved', async ({ page }) => {
  const relative = path.posix.join(EDITOR_TEST_CONTENT, 'articles', '2024', 'uji-front-matter.mdx');
  const file = path.join(ROOT, relative);
  // `tags` written as text, not as a list: Keystatic cannot open the form at all.
  const text = '---\ntitle: "Berkas dengan tag sebagai teks untuk uji"\ndescription: Ringkasan.\ndate: 2024-11-14T10:30\nauthor: rina-wulandari\nregion: musi-banyuasin\ntags: satu, dua\ndraft: true\n---\n\nParagraf pertama.\n';
  writeFileSync(file, text);
  try {
    await page.goto('/redaksi/');
    await expect(page.getByText('Musi Banyuasin Raih Zona Hijau Ombudsman RI Tiga Tahun Berturut-turut')).toBeVisible({ timeout: 120_000 });
    await page.goto('/keystatic/collection/berita/item/2024%2Fuji-front-matter');
    const view = page.locator('[data-redaksi-formulir="tidak-terbuka"]');
    await expect(view).toHaveAttribute('data-redaksi-status', 'hanya-baca', { timeout: 60_000 });
    await expect(view).toContainText('uji-front-matter.mdx');
    await expect(view).toContainText('front matter tidak terbaca');
    await expect(view).toContainText('tags');
    // The content check's own message for the field, in the journalists' words.
    await expect(view.locator('[data-redaksi-problems]')).toContainText('tags');
    // A save of the file (as Keystatic's form would send it) is refused with the reason.
    const save = await page.request.post('/api/keystatic/update/', {
      data: { additions: [{ path: relative, contents: Buffer.from(text.replace('satu, dua', '[satu]')).toString('base64') }], deletions: [] },
    });
    expect(save.status()).toBe(409);
    expect(await save.text()).toMatch(/hanya baca di editor: editor tidak dapat membuka formulir/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    // Another article's form opens as usual, without the view.
    await page.goto('/keystatic/collection/berita/item/2024%2Fhasil-nasional-ombudsman-2024');
    await expect(page.getByLabel('Ringkasan (description)')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('[data-redaksi-status]')).not.toHaveAttribute('data-redaksi-status', 'memuat');
    await expect(page.locator('[data-redaksi-formulir]')).toHaveCount(0);
  } finally {
    rmSync(file, { force: true });
  }
});
