/**
 * What the editor's fields ask the dev server (src/editor/routes/redaksi-api.ts),
 * and where the open article lives. Browser only; harmless on the server.
 */
export type OptionSource = 'regions' | 'authors' | 'schemes' | 'articles';

export interface EditorOption {
  id: string;
  label: string;
}

export const COLLECTION = 'berita';

/** The content tree the editor writes (`WARTA_CONTENT_DIR`, defined by the editor integration). */
export const EDITOR_CONTENT_DIR: string = (import.meta as { env?: Record<string, string | undefined> }).env?.WARTA_EDITOR_CONTENT_DIR ?? 'content';

export function editorApi(action: string): string {
  return `/api/redaksi/${action}/`;
}

const cache = new Map<OptionSource, Promise<EditorOption[]>>();

/** Options of one kind, fetched once per page load. */
export function fetchOptions(source: OptionSource): Promise<EditorOption[]> {
  let pending = cache.get(source);
  if (!pending) {
    pending = fetch(`${editorApi('pilihan')}?jenis=${source}`).then((response) => response.json() as Promise<EditorOption[]>);
    cache.set(source, pending);
  }
  return pending;
}

/** `content/articles/2024/slug.mdx` of the entry open in Keystatic, or undefined on the create page. */
export function openArticlePath(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  const match = /\/keystatic\/collection\/[^/]+\/item\/([^/]+)/.exec(window.location.pathname);
  return match ? `${EDITOR_CONTENT_DIR}/articles/${decodeURIComponent(match[1]!)}.mdx` : undefined;
}

let articleRegion = '';

/** The article's region as picked in the open form, for the badge preview of a claim without its own region. */
export function rememberArticleRegion(region: string): void {
  articleRegion = region;
}

export function rememberedArticleRegion(): string {
  return articleRegion;
}
