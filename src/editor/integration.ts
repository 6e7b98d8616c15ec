/**
 * The newsroom editor (Keystatic) at /redaksi/, for `astro dev` only: under `astro build`
 * nothing is added and the packages are never imported, so `dist/` is what it is without
 * the editor (tests/build/editor-absent.test.ts). Replaces `@keystatic/astro`'s integration
 * so that Keystatic's API route can be wrapped (src/editor/routes/keystatic-api.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../site-config.ts';
import { bumpContentGeneration, setContentRefresher } from './content-generation.ts';
import { exposeKeystaticEntryIo } from './keystatic-io-plugin.ts';

export function newsroomEditor(): AstroIntegration {
  return {
    name: 'warta-redaksi',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, injectRoute, injectScript }) => {
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
            plugins: [keystaticConfigModule(), exposeKeystaticEntryIo(), keystaticApiTrailingSlash()],
            optimizeDeps: { entries: ['keystatic.config.*', '.astro/keystatic-imports.js'] },
            // Processed by Vite on the server so the browser build is used there too (keystatic-io-plugin.ts).
            ssr: { noExternal: ['@keystatic/core'] },
          },
        });
        injectRoute({ pattern: '/redaksi/[...path]', entrypoint: new URL('./routes/redaksi.ts', import.meta.url), prerender: false });
        injectRoute({ pattern: '/api/redaksi/[action]', entrypoint: new URL('./routes/redaksi-api.ts', import.meta.url), prerender: false });
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: '@keystatic/astro/internal/keystatic-astro-page.astro', prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: new URL('./routes/keystatic-api.ts', import.meta.url), prerender: false });
        // The read-only view for a file whose form Keystatic cannot open (it does nothing outside /keystatic).
        injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('./unopenable-entry.ts', import.meta.url)))};`);
      },
      // A save in the editor (or any edit of the tree) reloads the content
      // collections, so the preview shows it, and re-runs the editor's check.
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const contentDir = path.resolve(CONTENT_DIR);
        let timer: NodeJS.Timeout | undefined;
        const refresh = () => {
          clearTimeout(timer);
          // Bad content is reported by the content loader (and the editor's check panel); the preview keeps its last good data.
          timer = setTimeout(() => refreshContent?.({}).catch((error: Error) => logger.warn(error.message.split('\n')[0] ?? '')), 200);
        };
        setContentRefresher(refresh);
        const changed = (file: string) => {
          if (!file.startsWith(contentDir + path.sep)) return;
          bumpContentGeneration();
          refresh();
        };
        server.watcher.add(contentDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
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

/**
 * Keystatic calls `/api/keystatic/tree` without a trailing slash, which the site's
 * `trailingSlash: 'always'` answers with 404; the slash is added before Astro routes it.
 */
function keystaticApiTrailingSlash() {
  const addSlash = (req: { url?: string }, _res: unknown, next: () => void) => {
    if (req.url && /^\/(api\/)?keystatic(\/|\?|$)/.test(req.url)) {
      const [pathname, query] = req.url.split('?', 2) as [string, string | undefined];
      if (!pathname.endsWith('/')) req.url = `${pathname}/${query === undefined ? '' : `?${query}`}`;
    }
    next();
  };
  return {
    name: 'warta-keystatic-trailing-slash',
    // Astro puts its trailing-slash check first in a post hook; this runs after it and goes before it.
    configureServer(server: { middlewares: { stack: { route: string; handle: typeof addSlash }[] } }) {
      return () => {
        server.middlewares.stack.unshift({ route: '', handle: addSlash });
      };
    },
  };
}
