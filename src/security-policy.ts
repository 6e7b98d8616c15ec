/**
 * The portal's security policy, in one place: the Content-Security-Policy the
 * pages must satisfy, the other security headers, and the `_headers` file
 * (Netlify / Cloudflare Pages format) that ships them. The page layout puts
 * the meta-deliverable part of the CSP in every page's `<head>`;
 * `public/_headers` must equal `renderHeadersFile()` (a unit test says so;
 * `node scripts/quality/write-headers.ts` rewrites it). The quality gates
 * (`scripts/quality/`) parse and judge policies with the functions below.
 */

/** A CSP as directive name -> source expressions (empty for a flag such as `upgrade-insecure-requests`). */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The policy of every page. No inline script or style, no eval (Pagefind
 * compiles its WebAssembly, which needs only `'wasm-unsafe-eval'`), images
 * from the site or `data:` URLs, video players only from the two hosts the
 * newsroom's `<Video>` component embeds.
 */
export const PAGE_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'upgrade-insecure-requests': [],
};

/**
 * The policy of an embeddable badge (`/lencana/…svg`): a self-contained image
 * that loads nothing and runs nothing, and may be framed anywhere.
 */
export const BADGE_CSP: CspDirectives = {
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  sandbox: [],
};

/** Directives a browser ignores in `<meta http-equiv="Content-Security-Policy">` (CSP3 §3.3). */
export const META_IGNORED_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/** Security headers sent with every response besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Referrer policies that never send a full URL to another origin. */
export const STRICT_REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'] as const;

/** `name src src; name2 …` */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Parses a policy string; names are lower-cased, a repeated directive keeps its first value (as browsers do). */
export function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!(key in directives)) directives[key] = sources;
  }
  return directives;
}

/** What a page can carry in its `<meta>`: the policy without the directives meta delivery ignores. */
export function metaCsp(directives: CspDirectives): CspDirectives {
  return Object.fromEntries(
    Object.entries(directives).filter(([name]) => !(META_IGNORED_DIRECTIVES as readonly string[]).includes(name)),
  );
}

/** The page policy as a header value. */
export const PAGE_CSP_HEADER = serializeCsp(PAGE_CSP);
/** The page policy as `<meta http-equiv="Content-Security-Policy" content="…">` carries it. */
export const PAGE_CSP_META = serializeCsp(metaCsp(PAGE_CSP));

/** Header name -> value, per `_headers` path pattern, in file order. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** The rules `public/_headers` holds. */
export function decideHeaderRules(): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: [['Content-Security-Policy', PAGE_CSP_HEADER], ...Object.entries(SECURITY_HEADERS)],
    },
    {
      pattern: '/lencana/*',
      headers: [
        ['Content-Type', 'image/svg+xml; charset=utf-8'],
        ['Content-Security-Policy', serializeCsp(BADGE_CSP)],
        ['Cross-Origin-Resource-Policy', 'cross-origin'],
      ],
    },
    {
      pattern: '/_astro/*',
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    },
  ];
}

/** `public/_headers`, as written to disk. */
export function renderHeadersFile(rules: readonly HeaderRule[] = decideHeaderRules()): string {
  const lines = [
    '# Security and caching headers for hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Generated from src/security-policy.ts: edit that file, then run',
    '#   node scripts/quality/write-headers.ts',
    '# A host that merges several matching rules (Cloudflare) sends both CSPs for /lencana/*,',
    '# and a browser enforces both; a badge is embedded as <img>, where neither applies.',
  ];
  for (const rule of rules) {
    lines.push(rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Parses a `_headers` file: a path pattern line, then indented `Name: value` lines; `#` comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else if (rules.length && line.includes(':')) {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a path gets: every matching rule in order, a later rule's header replacing an earlier one. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const regex = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!regex.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing) delete headers[existing];
      headers[name] = value;
    }
  }
  return headers;
}

/** Directives that fall back to `default-src` when absent. */
const FETCH_DIRECTIVES = new Set([
  'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'media-src', 'frame-src', 'worker-src',
  'manifest-src', 'object-src', 'child-src',
]);

/** The sources that govern `directive`: its own, else (fetch directives only) `default-src`'s; undefined: unrestricted. */
export function effectiveSources(policy: Readonly<Record<string, readonly string[]>>, directive: string): readonly string[] | undefined {
  if (policy[directive]) return policy[directive];
  if (directive === 'frame-src' && policy['child-src']) return policy['child-src'];
  if (directive === 'worker-src' && policy['child-src']) return policy['child-src'];
  if (directive === 'worker-src' && policy['script-src']) return policy['script-src'];
  return FETCH_DIRECTIVES.has(directive) ? policy['default-src'] : undefined;
}

/**
 * Whether a policy lets a page at `pageOrigin` load `url` under `directive`
 * (CSP3 source matching, simplified: `'self'` is the page's origin or its
 * https upgrade; host sources match scheme, host (with `*.` wildcard), port
 * and path prefix; `*` matches http(s) only).
 */
export function decideSourceAllowed(
  policy: Readonly<Record<string, readonly string[]>>,
  directive: string,
  url: URL,
  pageOrigin: string,
): boolean {
  const sources = effectiveSources(policy, directive);
  if (!sources) return true;
  const page = new URL(pageOrigin);
  return sources.some((raw) => {
    const source = raw.toLowerCase();
    if (source === "'none'") return false;
    if (source === "'self'") {
      return url.origin === page.origin || (page.protocol === 'http:' && url.protocol === 'https:' && url.hostname === page.hostname);
    }
    if (source.startsWith("'")) return false;
    if (source === '*') return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === page.protocol;
    if (/^[a-z][a-z0-9+.-]*:$/.test(source)) return url.protocol === source || (source === 'http:' && url.protocol === 'https:');
    const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+|\*)(?::(\d+|\*))?(\/.*)?$/.exec(source);
    if (!match) return false;
    const [, scheme, wildcard, host, port, path] = match;
    if (scheme ? url.protocol !== `${scheme}:` && !(scheme === 'http' && url.protocol === 'https:') : url.protocol !== page.protocol) return false;
    const hostname = url.hostname.toLowerCase();
    if (wildcard ? !hostname.endsWith(`.${host}`) : host !== '*' && hostname !== host) return false;
    if (port && port !== '*' && (url.port || (url.protocol === 'https:' ? '443' : '80')) !== port) return false;
    if (path && !(path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path)) return false;
    return true;
  });
}

/** Whether a policy permits inline content of a kind (`script-src` / `style-src`) without a nonce or hash. */
export function decideInlineAllowed(policy: Readonly<Record<string, readonly string[]>>, directive: 'script-src' | 'style-src'): boolean {
  const attributeDirective = `${directive}-attr`;
  const sources = policy[attributeDirective] ?? effectiveSources(policy, directive);
  if (!sources) return true;
  const lower = sources.map((source) => source.toLowerCase());
  // 'unsafe-inline' is ignored when a nonce, hash or 'strict-dynamic' is present (CSP3).
  if (lower.some((source) => /^'(nonce-|sha(256|384|512)-|strict-dynamic')/.test(source))) return false;
  return lower.includes("'unsafe-inline'");
}

/**
 * What makes a page policy weak, one sentence each (empty when strict):
 * inline or eval'd script, a script or object source that lets anyone in,
 * no `base-uri`.
 */
export function decidePolicyWeaknesses(policy: Readonly<Record<string, readonly string[]>>): string[] {
  const weaknesses: string[] = [];
  const scripts = effectiveSources(policy, 'script-src');
  if (!scripts) weaknesses.push('no script-src or default-src: any script may run');
  else {
    const lower = scripts.map((source) => source.toLowerCase());
    if (lower.includes("'unsafe-inline'")) weaknesses.push("script-src allows 'unsafe-inline'");
    if (lower.includes("'unsafe-eval'")) weaknesses.push("script-src allows 'unsafe-eval'");
    for (const wide of ['*', 'data:', 'http:', 'https:', 'blob:']) {
      if (lower.includes(wide)) weaknesses.push(`script-src allows ${wide}`);
    }
  }
  const objects = effectiveSources(policy, 'object-src');
  if (!objects || !(objects.length === 1 && objects[0] === "'none'")) weaknesses.push("object-src is not 'none'");
  if (!policy['base-uri']) weaknesses.push('no base-uri');
  else if (!policy['base-uri'].every((source) => ["'self'", "'none'"].includes(source.toLowerCase()))) {
    weaknesses.push("base-uri is not 'self' or 'none'");
  }
  return weaknesses;
}
