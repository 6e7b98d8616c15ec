import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  BADGE_CSP,
  PAGE_CSP,
  PAGE_CSP_HEADER,
  PAGE_CSP_META,
  decideInlineAllowed,
  decidePolicyWeaknesses,
  decideSourceAllowed,
  headersForPath,
  parseCsp,
  parseHeadersFile,
  renderHeadersFile,
} from '../../src/security-policy.ts';

const SELF = 'https://warta-prestasi.example';

describe('the policy', () => {
  test('public/_headers is the one generated from src/security-policy.ts', () => {
    // If this fails: node scripts/quality/write-headers.ts
    expect(readFileSync('public/_headers', 'utf8')).toBe(renderHeadersFile());
  });

  test('the page policy is strict: no inline or eval’d script, no plugins, a fixed base', () => {
    expect(decidePolicyWeaknesses(PAGE_CSP)).toEqual([]);
    expect(decideInlineAllowed(PAGE_CSP, 'script-src')).toBe(false);
    expect(decideInlineAllowed(PAGE_CSP, 'style-src')).toBe(false);
    expect(PAGE_CSP['script-src']).toContain("'wasm-unsafe-eval'"); // Pagefind's WebAssembly, and nothing more
  });

  test('the meta policy is the header policy without what a <meta> cannot carry', () => {
    expect(PAGE_CSP_HEADER).toContain("frame-ancestors 'self'");
    expect(PAGE_CSP_META).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
    const header = parseCsp(PAGE_CSP_HEADER);
    delete header['frame-ancestors'];
    expect(parseCsp(PAGE_CSP_META)).toEqual(header);
  });

  test('every page gets the CSP and the security headers; badges get their own type and policy', () => {
    const rules = parseHeadersFile(renderHeadersFile());
    const page = headersForPath(rules, '/berita/muba-raih-zona-hijau-ombudsman-2024/');
    expect(page).toMatchObject({
      'Content-Security-Policy': PAGE_CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    const badge = headersForPath(rules, '/lencana/musi-banyuasin/ombudsman-2024.svg');
    expect(badge['Content-Type']).toBe('image/svg+xml; charset=utf-8');
    expect(parseCsp(badge['Content-Security-Policy']!)).toEqual(BADGE_CSP);
    expect(badge['Content-Security-Policy']).not.toContain('frame-ancestors');
    expect(badge['X-Content-Type-Options']).toBe('nosniff');
  });

  test('the layout puts the policy in every page', () => {
    const layout = readFileSync('src/layouts/BaseLayout.astro', 'utf8');
    expect(layout).toContain('<meta http-equiv="Content-Security-Policy" content={PAGE_CSP_META} />');
    expect(layout.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(layout.indexOf('<meta charset="utf-8" />'));
  });
});

describe('parseCsp and the weakness check', () => {
  test('parses directives, lower-cases names, keeps the first of a repeated directive', () => {
    expect(parseCsp("Default-Src 'self';  script-src 'self' 'unsafe-inline'; script-src *; upgrade-insecure-requests;")).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'"],
      'upgrade-insecure-requests': [],
    });
  });

  test('names each weakness', () => {
    expect(decidePolicyWeaknesses(parseCsp("script-src 'self' 'unsafe-inline' 'unsafe-eval' https:"))).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      'script-src allows https:',
      "object-src is not 'none'",
      'no base-uri',
    ]);
    expect(decidePolicyWeaknesses(parseCsp("img-src *"))).toContain('no script-src or default-src: any script may run');
  });

  test("'unsafe-inline' is void next to a nonce or hash", () => {
    expect(decideInlineAllowed(parseCsp("style-src 'self' 'unsafe-inline'"), 'style-src')).toBe(true);
    expect(decideInlineAllowed(parseCsp("style-src 'unsafe-inline' 'nonce-abc'"), 'style-src')).toBe(false);
    expect(decideInlineAllowed(parseCsp("default-src 'self'"), 'script-src')).toBe(false);
    expect(decideInlineAllowed(parseCsp("img-src 'self'"), 'script-src')).toBe(true);
  });
});

describe('decideSourceAllowed', () => {
  const allowed = (directive: string, url: string) => decideSourceAllowed(PAGE_CSP, directive, new URL(url), SELF);

  test("'self', data: images and the two video hosts", () => {
    expect(allowed('img-src', `${SELF}/_astro/a.webp`)).toBe(true);
    expect(allowed('img-src', 'data:image/png;base64,AAAA')).toBe(true);
    expect(allowed('img-src', 'https://cdn.example/a.webp')).toBe(false);
    expect(allowed('frame-src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).toBe(true);
    expect(allowed('frame-src', 'https://www.youtube.com/embed/dQw4w9WgXcQ')).toBe(false);
    expect(allowed('script-src', 'https://cdn.example/x.js')).toBe(false);
    expect(allowed('font-src', `${SELF}/_astro/f.woff2`)).toBe(true);
  });

  test('falls back to default-src; host sources with wildcards, ports and paths', () => {
    const policy = parseCsp("default-src 'none'; img-src https://*.example.org:8443/img/; media-src http:");
    const check = (directive: string, url: string) => decideSourceAllowed(policy, directive, new URL(url), SELF);
    expect(check('script-src', `${SELF}/a.js`)).toBe(false);
    expect(check('img-src', 'https://cdn.example.org:8443/img/a.png')).toBe(true);
    expect(check('img-src', 'https://cdn.example.org/img/a.png')).toBe(false);
    expect(check('img-src', 'https://cdn.example.org:8443/other/a.png')).toBe(false);
    expect(check('img-src', 'https://example.org:8443/img/a.png')).toBe(false);
    expect(check('media-src', 'https://anything.test/a.mp4')).toBe(true); // http: also allows https:
    expect(check('media-src', 'data:video/mp4;base64,AAAA')).toBe(false);
  });
});
