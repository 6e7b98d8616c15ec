/**
 * Keystatic's `parseEntry`/`serializeEntryToFiles` sit unexported in its browser UI bundle;
 * the round-trip test and the read-only check must use exactly those, not a copy, so this
 * Vite plugin exports them from the pinned bundle. The server gets the browser build too:
 * the Node build ships no MDX parser.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEYSTATIC_DIST = path.join(ROOT, 'node_modules/@keystatic/core/dist');
/** The UI bundle of the pinned @keystatic/core (package.json pins it exactly). */
export const KEYSTATIC_UI_BUNDLE = path.join(KEYSTATIC_DIST, 'keystatic-core-ui.js');

const EXPOSED = 'export { parseEntry as wartaParseEntry, serializeEntryToFiles as wartaSerializeEntryToFiles, getCollectionFormat as wartaGetCollectionFormat, getCollectionItemPath as wartaGetCollectionItemPath };';

/** Keystatic entry points the server (SSR, vitest) loads from the browser build. */
const BROWSER_BUILD: Record<string, string> = {
  '@keystatic/core': path.join(KEYSTATIC_DIST, 'keystatic-core.js'),
  '@keystatic/core/content-components': path.join(KEYSTATIC_DIST, 'keystatic-core-content-components.js'),
};

export function exposeKeystaticEntryIo() {
  return {
    name: 'warta-keystatic-entry-io',
    enforce: 'pre' as const,
    // Only on the server: the browser already gets this build, pre-bundled once.
    resolveId(id: string, _importer: string | undefined, options?: { ssr?: boolean }) {
      if (id === 'virtual:warta-keystatic-ui') return KEYSTATIC_UI_BUNDLE;
      return options?.ssr ? (BROWSER_BUILD[id] ?? null) : null;
    },
    transform(code: string, id: string) {
      if (path.normalize(id.split('?')[0]!) !== KEYSTATIC_UI_BUNDLE) return null;
      for (const name of ['function parseEntry(', 'function serializeEntryToFiles(', 'getCollectionFormat', 'getCollectionItemPath']) {
        if (!code.includes(name)) throw new Error(`@keystatic/core changed: ${name} not found in ${id}; update src/editor/keystatic-io-plugin.ts`);
      }
      return { code: `${code}\n${EXPOSED}\n`, map: null };
    },
  };
}
