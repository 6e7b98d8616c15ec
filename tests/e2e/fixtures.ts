import { test as base, expect } from '@playwright/test';

/**
 * Every page test fails on a console error or a failed request for one of our
 * own files, so a broken asset cannot hide behind a passing assertion.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // Failed loads are judged by the response listener below, which knows our own URLs.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('response', (response) => {
        if (response.url().startsWith(baseURL ?? '') && response.status() >= 400 && !response.url().includes('/tidak-ada')) {
          problems.push(`${response.status()} ${response.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'console errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
