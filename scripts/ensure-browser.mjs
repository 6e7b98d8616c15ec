// Makes sure the end-to-end tests have a Chromium: Playwright's own where it
// is installed, else Debian's `chromium` (installed with apt-get when we are
// root), else stop with one line saying what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const found = findChromium();
if (found !== null) {
  console.log(`Browser: ${found ?? "Playwright's own Chromium"}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found; installing Debian\'s chromium with apt-get...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error(`apt-get failed: ${error.message}`);
  }
  const after = findChromium();
  if (after !== null) {
    console.log(`Browser: ${after}`);
    process.exit(0);
  }
}

console.error(
  'No Chromium for the tests: run `npx playwright install chromium`, or `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
