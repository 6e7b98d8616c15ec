import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/browser.mjs';

/**
 * The sample site built and served under WARTA_BASE=/portal/, for tests/e2e-base/*.spec.ts.
 *   npx playwright test -c tests/e2e-base/playwright.base.config.ts
 * BASE_E2E_SKIP_BUILD=1 serves an existing build of that directory.
 */
const PORT = Number(process.env.BASE_E2E_PORT ?? 4422);
const BASE = '/portal/';
const OUT_DIR = process.env.BASE_E2E_OUT_DIR ?? '.tmp/search-dist-base';
// Search parts of 8 pages: /cari/ is tested over an index in several parts, as a large archive's is.
const build = `WARTA_BASE=${BASE} WARTA_OUT_DIR=${OUT_DIR} WARTA_SEARCH_PART_SIZE=8 ASTRO_TELEMETRY_DISABLED=1 node node_modules/astro/bin/astro.mjs build`;
const serve = `node scripts/serve-dist.mjs --dir ${OUT_DIR} --base ${BASE} --port ${PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: process.env.BASE_E2E_SKIP_BUILD ? serve : `${build} && ${serve}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
