/**
 * Which URLs the portal lets through, in one place for the content schemas, the MDX body
 * check, the feed sanitizer and the security gate.
 *
 * The scheme is decided on the URL as a browser reads it, not as written: character
 * references are decoded repeatedly (`&amp;#106;avascript:`), and all C0 controls are
 * removed, stricter than the WHATWG parser, so `java\u0001script:` is refused rather
 * than read as a relative path.
 */
import { decodeHTML } from 'entities';

/** Schemes a link or a source may use (without the colon, lower-case). */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
export type AllowedScheme = (typeof ALLOWED_SCHEMES)[number];

export type UrlSafety =
  /** `scheme` is undefined for a relative URL (`/x/`, `../a.jpg`, `#id`, `//host/x`). */
  | { allowed: true; scheme: AllowedScheme | undefined }
  | { allowed: false; scheme: string };

/** How many rounds of character-reference decoding (`&amp;#106;` needs two). */
const DECODE_ROUNDS = 4;

/** The text the scheme is read from: references decoded, controls removed, lower-cased. */
export function normalizeUrlForScheme(raw: string): string {
  let text = raw;
  for (let round = 0; round < DECODE_ROUNDS && text.includes('&'); round++) {
    const decoded = decodeHTML(text);
    if (decoded === text) break;
    text = decoded;
  }
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, '').trim().toLowerCase();
}

/** A scheme is letters, digits, `+`, `-`, `.` after a first letter, then `:` (WHATWG scheme state). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/** Whether `raw` (an attribute value, a markdown link, a YAML field) is a URL the portal allows. */
export function decideUrlSafety(raw: string): UrlSafety {
  const scheme = SCHEME.exec(normalizeUrlForScheme(raw))?.[1];
  if (scheme === undefined) return { allowed: true, scheme: undefined };
  if ((ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return { allowed: true, scheme: scheme as AllowedScheme };
  return { allowed: false, scheme };
}

export function isAllowedUrl(raw: string): boolean {
  return decideUrlSafety(raw).allowed;
}

/** Indonesian wording of the rule, for content problems. */
export const ALLOWED_URL_EXPECTED =
  'alamat http:// atau https://, mailto:, tel: atau alamat relatif (mis. "/berita/judul/"); skema lain seperti javascript: atau data: ditolak';

/** The parsed result is checked again, so what the URL parser makes of the text is what is decided on. */
export function resolveAllowedUrl(value: string, base: string): URL | null {
  if (!isAllowedUrl(value)) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  return isAllowedUrl(url.href) ? url : null;
}

/** A problem in the shape the MDX body check reports (src/mdx/compile-article.ts `BodyProblem`). */
export interface LinkProblem {
  line: number | undefined;
  field: string;
  value: string;
  expected: string;
}

/** The problem with a link written in an article body (`[teks](url)`, `[label]: url`), or undefined when it is allowed. */
export function checkBodyLink(url: string, line: number | undefined): LinkProblem | undefined {
  if (isAllowedUrl(url)) return undefined;
  const shown = JSON.stringify(url);
  return { line, field: 'isi tautan', value: shown.length > 80 ? `${shown.slice(0, 77)}...` : shown, expected: ALLOWED_URL_EXPECTED };
}

/** Schemes that run script when followed or loaded. */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'livescript']);

/** The script scheme (`javascript`, `vbscript`) of `raw` as a browser reads it, or undefined when it runs no script. */
export function scriptSchemeOf(raw: string): string | undefined {
  const safety = decideUrlSafety(raw);
  return !safety.allowed && SCRIPT_SCHEMES.has(safety.scheme) ? safety.scheme : undefined;
}
