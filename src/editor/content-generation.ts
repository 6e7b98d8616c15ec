/**
 * A counter of changes to the content tree under `astro dev`, and the dev
 * server's "reload the collections", shared between the editor integration
 * (which sees file events and holds Astro's refreshContent) and the editor's
 * routes (loaded separately by Vite), hence kept on globalThis.
 */
const KEY = Symbol.for('warta-prestasi.editor.content-generation');
const REFRESH = Symbol.for('warta-prestasi.editor.refresh-content');
const store = globalThis as unknown as Record<symbol, number | undefined>;
const refreshStore = globalThis as unknown as Record<symbol, (() => void) | undefined>;

export function setContentRefresher(refresh: () => void): void {
  refreshStore[REFRESH] = refresh;
}

/** Something in the tree changed: re-run the editor's check and reload the preview's collections. */
export function contentChanged(): void {
  bumpContentGeneration();
  refreshStore[REFRESH]?.();
}

export function bumpContentGeneration(): void {
  store[KEY] = (store[KEY] ?? 0) + 1;
}

export function contentGeneration(): number {
  return store[KEY] ?? 0;
}
