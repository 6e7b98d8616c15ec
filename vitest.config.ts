import { defineConfig } from 'vitest/config';
import { exposeKeystaticEntryIo } from './src/editor/keystatic-io-plugin.ts';

export default defineConfig({
  // The editor's tests run Keystatic's own entry reader and writer (browser
  // build, React fields): see src/editor/keystatic-io-plugin.ts.
  plugins: [exposeKeystaticEntryIo()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture trees; each takes seconds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    server: { deps: { inline: [/@keystatic\/core/] } },
  },
});
