/**
 * Content-tree change counter and "reload the collections", on globalThis because the
 * integration (which holds refreshContent) and the routes are loaded separately by Vite.
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
