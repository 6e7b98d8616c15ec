import AxeBuilder from '@axe-core/playwright';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { test, expect } from './fixtures.ts';

const MUBA_2024 = '/berita/muba-raih-zona-hijau-ombudsman-2024/';
const LEADERBOARD = '/penghargaan/ombudsman/2023/';
const REGION = '/daerah/musi-banyuasin/';
const BADGE = '/lencana/musi-banyuasin/ombudsman-2024.svg';

test('the Musi Banyuasin 2024 article shows an A / hijau badge with a streak of 3', async ({ page }) => {
  await page.goto(MUBA_2024);
  const box = page.getByRole('region', { name: 'Penghargaan' });
  await expect(box).toBeVisible();
  const badge = box.locator('[data-award][data-scheme="ombudsman"][data-year="2024"]');
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAttribute('data-region', 'musi-banyuasin');
  await expect(badge).toHaveAttribute('data-grade', 'A');
  await expect(badge).toHaveAttribute('data-zone', 'hijau');
  await expect(badge).toHaveAttribute('data-score', '93.31');
  await expect(badge).toHaveAttribute('data-streak', '3');
  // Everything the colour says is also written out.
  await expect(badge).toContainText('Ombudsman RI 2024');
  await expect(badge).toContainText('Kategori A · Kualitas Tertinggi');
  await expect(badge).toContainText('93,31');
  await expect(badge).toContainText('Zona Hijau');
  await expect(badge.getByText('3 tahun berturut-turut Zona Hijau')).toBeVisible();
  // The badge sits right after the lead image, before the story.
  const order = await page.locator('article').evaluate((article) => {
    const hero = article.querySelector('figure.hero')!;
    const box = article.querySelector('section.award-box')!;
    const prose = article.querySelector('.prose')!;
    return [hero.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING, box.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING];
  });
  expect(order.every(Boolean)).toBe(true);
});

test('the leaderboard orders rows by score and links regions and articles', async ({ page }) => {
  await page.goto(LEADERBOARD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peringkat Ombudsman RI 2023');
  const rows = page.locator('table.leaderboard tbody tr[data-award]');
  expect(await rows.count()).toBeGreaterThanOrEqual(18);
  const scores = await rows.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-score'))));
  expect(scores.every((score) => Number.isFinite(score))).toBe(true);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  const ranks = await rows.locator('td.lb-rank').allTextContents();
  expect(ranks[0]).toBe('1');
  // Musi Banyuasin's row links its region page and the article that reported it.
  const muba = page.locator('tr[data-region="musi-banyuasin"]');
  await expect(muba).toHaveAttribute('data-score', '91.72');
  await expect(muba.locator('a[href="/daerah/musi-banyuasin/"]')).toBeVisible();
  await muba.locator('a[href^="/berita/"]').click();
  await expect(page).toHaveURL(/\/berita\/[a-z0-9-]+\/$/);
  await expect(page.locator('[data-award][data-year="2023"][data-region="musi-banyuasin"]').first()).toBeAttached();
});

test('the embeddable badge is served as image/svg+xml and is well-formed XML', async ({ request }) => {
  const response = await request.get(BADGE);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
  expect(doc.svg.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(doc.svg.role).toBe('img');
  expect(doc.svg.viewBox).toMatch(/^0 0 \d+ \d+$/);
  expect(doc.svg.title['#text']).toContain('Kabupaten Musi Banyuasin, Ombudsman RI 2024');
  expect(text).toContain('>93,31<');
});

test('the badge image renders at 120 px wide on a page that embeds it', async ({ page }) => {
  await page.goto(REGION);
  const snippet = await page.locator('.award-embed pre code').first().textContent();
  expect(snippet).toMatch(/^<a href="https?:\/\/[^"]+\/daerah\/musi-banyuasin\/"><img src="https?:\/\/[^"]+\/lencana\/musi-banyuasin\/[a-z0-9-]+-\d{4}\.svg" alt="[^"]+" width="240"><\/a>$/);
  // Render the badge at 120 px: it decodes and keeps its proportions.
  await page.setContent(`<img id="b" src="${new URL(BADGE, page.url()).href}" width="120">`);
  const size = await page.locator('#b').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { width: img.width, height: img.height, natural: img.naturalWidth };
  });
  expect(size.width).toBe(120);
  expect(size.height).toBeGreaterThan(100);
  expect(size.natural).toBeGreaterThan(0);
});

test('the region page shows the award history, a score chart with a text alternative, and the embed snippet', async ({ page }) => {
  await page.goto(REGION);
  await expect(page.getByRole('heading', { name: 'Rekam jejak penghargaan' })).toBeVisible();
  const chart = page.getByRole('img', { name: /^Skor Ombudsman RI Kabupaten Musi Banyuasin, 2019–2025$/ });
  await expect(chart).toBeVisible();
  await page.getByText('Lihat data grafik').first().click();
  const table = page.locator('.chart-data table').first();
  await expect(table.getByRole('row', { name: /2024 93,31/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /2020 .*tidak diadakan/ })).toBeVisible();
  await expect(page.locator('.page-head [data-award]')).toHaveCount(1);
  await expect(page.locator('.award-timeline [data-award][data-year="2024"][data-streak="3"]')).toHaveCount(1);
  await expect(page.locator('.award-embed img').first()).toHaveJSProperty('complete', true);
});

test('award pages are reachable from the navigation and hold at 320 px', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Penghargaan' }).click();
  await expect(page).toHaveURL(/\/penghargaan\/$/);
  await page.getByRole('link', { name: 'Ombudsman RI', exact: true }).click();
  await expect(page).toHaveURL(/\/penghargaan\/ombudsman\/$/);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [MUBA_2024, REGION, LEADERBOARD, '/penghargaan/ombudsman/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of [
    ['leaderboard', LEADERBOARD],
    ['region page with charts', REGION],
    ['scheme page', '/penghargaan/ombudsman/'],
    ['article with badge', MUBA_2024],
  ]) {
    test(`axe finds no WCAG 2.1 AA violation: ${name} (${scheme})`, async ({ page }) => {
      test.slow(); // axe on long pages
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Open the chart's data table too, so it is checked.
      for (const details of await page.locator('details').all()) await details.evaluate((node: HTMLDetailsElement) => (node.open = true));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
