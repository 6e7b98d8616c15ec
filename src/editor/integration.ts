/**
 * The newsroom editor (Keystatic) at /redaksi/, for `astro dev` only.
 *
 * Nothing here runs for `astro build`: the hook returns before adding React,
 * Keystatic or any route, and the packages are imported lazily, so `dist/` is
 * exactly what it is without the editor (tests/build/editor-absent.test.ts).
 *
 * This replaces `@keystatic/astro`'s own integration (same Vite plugin and UI
 * page) so that Keystatic's API route can be wrapped: a save is refused for a
 * file the editor cannot round-trip, and every save runs the content check
 * (src/editor/routes/keystatic-api.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../site-config.ts';
import { exposeKeystaticEntryIo } from './keystatic-io-plugin.ts';

/** The Indonesian entry path journalists are given; Keystatic's UI itself lives at /keystatic. */
export const EDITOR_PATH = '/redaksi/';

export function newsroomEditor(): AstroIntegration {
  return {
    name: 'warta-redaksi',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, injectRoute }) => {
        if (command !== 'dev') return;
        const { default: react } = await import('@astrojs/react');
        const dotAstro = new URL('./.astro/', config.root);
        mkdirSync(dotAstro, { recursive: true });
        // Pre-bundled together so the first visit does not reload the page mid-way.
        writeFileSync(
          new URL('keystatic-imports.js', dotAstro),
          'import "@keystatic/astro/ui";\nimport "@keystatic/astro/api";\nimport "@keystatic/core/ui";\n',
        );
        updateConfig({
          integrations: [react()],
          vite: {
            define: { 'import.meta.env.WARTA_EDITOR_CONTENT_DIR': JSON.stringify(CONTENT_DIR) },
            plugins: [keystaticConfigModule(), exposeKeystaticEntryIo()],
            optimizeDeps: { entries: ['keystatic.config.*', '.astro/keystatic-imports.js'] },
          },
        });
        injectRoute({ pattern: '/redaksi/[...path]', entrypoint: new URL('./routes/redaksi.ts', import.meta.url), prerender: false });
        injectRoute({ pattern: '/api/redaksi/[action]', entrypoint: new URL('./routes/redaksi-api.ts', import.meta.url), prerender: false });
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: '@keystatic/astro/internal/keystatic-astro-page.astro', prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: new URL('./routes/keystatic-api.ts', import.meta.url), prerender: false });
      },
    },
  };
}

/** `virtual:keystatic-config` is the project's keystatic.config.ts, as in `@keystatic/astro`. */
function keystaticConfigModule() {
  return {
    name: 'warta-keystatic-config',
    resolveId(this: { resolve(id: string, importer: string): Promise<unknown> }, id: string) {
      if (id === 'virtual:keystatic-config') return this.resolve('./keystatic.config', './a');
      return null;
    },
  };
}
