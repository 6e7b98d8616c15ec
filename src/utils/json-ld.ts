/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser
 * ends a script at the first `</script`, whatever JSON string it sits in, and
 * `<!--` inside a script changes how it is parsed; so `<`, `>` and `&` are
 * written as JSON escapes (`\u003c` …), which every JSON parser reads back as
 * the same characters. U+2028/U+2029 are escaped too, for old JavaScript
 * parsers that treat them as line ends.
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
