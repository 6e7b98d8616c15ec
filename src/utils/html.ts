import { escapeUTF8 } from 'entities';

/**
 * The one escaper for HTML/XML built as strings (trees go through hast-util-to-html);
 * quotes are escaped too, so the result is safe in a quoted attribute.
 */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}
