/**
 * The newsroom editor end to end: `astro dev` on a copy of the sample content
 * (serve-editor.mjs), a real Chromium, then a production build of that copy.
 * `npm run test:e2e:editor`.
 */
import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/browser.mjs';

const PORT = Number(process.env.E2E_EDITOR_PORT ?? 4362);

export default defineConfig({
  testDir: '.',
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  // Includes a production build of the sample (~1-2 minutes on two cores).
  timeout: 600_000,
  expect: { timeout: 30_000 },
  globalTeardown: './teardown.mjs',
  use: {
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    viewport: { width: 1400, height: 1000 },
  },
  webServer: {
    command: `node tests/e2e-editor/serve-editor.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/redaksi/pilihan/?jenis=authors`,
    reuseExistingServer: false,
    timeout: 180_000,
    cwd: '../..',
  },
});
