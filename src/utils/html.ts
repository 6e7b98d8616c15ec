import { escapeUTF8 } from 'entities';

/**
 * Escapes text for HTML and XML built as strings (Baca Juga blocks, feed
 * extras, sitemaps): `&`, `<`, `>`, `"` and `'` become references, so the
 * result is safe in text and in a quoted attribute. The project's one
 * escaper; trees are serialised by hast-util-to-html.
 */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}
