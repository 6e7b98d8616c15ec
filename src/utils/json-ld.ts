/**
 * JSON for a `<script type="application/ld+json">`. The HTML parser ends a script at
 * the first `</script` even inside a JSON string, and `<!--` changes its parsing, so
 * `<`, `>`, `&` become JSON escapes; U+2028/9 too, for old parsers that end lines there.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('serializeJsonLd: value is not serializable');
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
