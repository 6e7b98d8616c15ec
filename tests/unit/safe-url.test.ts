import { describe, expect, it } from 'vitest';
import { decideUrlSafety, isAllowedUrl, normalizeUrlForScheme, resolveAllowedUrl } from '../../src/schemas/safe-url.ts';

describe('decideUrlSafety', () => {
  it.each([
    ['https://ombudsman.go.id/', 'https'],
    ['HTTP://contoh.test/', 'http'],
    ['mailto:redaksi@contoh.test', 'mailto'],
    ['tel:+62711123456', 'tel'],
    ['/berita/judul/', undefined],
    ['../gambar/foto.jpg', undefined],
    ['#bagian', undefined],
    ['//contoh.test/x', undefined],
    ['?a=1:2', undefined],
    ['berita/a:b', undefined],
    ['https://contoh.test/?a=1&amp;b=2', 'https'],
  ])('allows %j', (value, scheme) => {
    expect(decideUrlSafety(value)).toEqual({ allowed: true, scheme });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['java\r\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['java\u0000script:alert(1)', 'javascript'],
    ['java&#9;script:alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript&colon;alert(1)', 'javascript'],
    ['&#106avascript:alert(1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['ftp://contoh.test/', 'ftp'],
  ])('refuses %j', (value, scheme) => {
    expect(decideUrlSafety(value)).toEqual({ allowed: false, scheme });
    expect(isAllowedUrl(value)).toBe(false);
  });

  it('normalises as the URL parser reads the scheme', () => {
    expect(normalizeUrlForScheme(' \tJa\nva&#x53;cript:X ')).toBe('javascript:x');
  });
});

describe('resolveAllowedUrl', () => {
  const base = 'https://contoh.test/portal/berita/a/';
  it('resolves relative URLs and keeps allowed absolute ones', () => {
    expect(resolveAllowedUrl('../b/', base)?.href).toBe('https://contoh.test/portal/berita/b/');
    expect(resolveAllowedUrl('mailto:a@contoh.test', base)?.href).toBe('mailto:a@contoh.test');
  });
  it('refuses what the URL parser would read as a script URL', () => {
    for (const value of ['java\tscript:alert(1)', '\u0001javascript:alert(1)', 'data:,x', 'https://[bad']) {
      expect(resolveAllowedUrl(value, base), JSON.stringify(value)).toBeNull();
    }
  });
});
