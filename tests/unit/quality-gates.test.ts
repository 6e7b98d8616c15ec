/**
 * Each static quality gate fails on a deliberately broken site
 * (tests/fixtures/broken-dist), naming the page and the problem, and passes
 * on the same site fixed (tests/fixtures/fixed-dist).
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkHtmlValidity, JAVA_MISSING } from '../../scripts/quality/html-validity.ts';
import { checkLinks } from '../../scripts/quality/links.ts';
import { checkBudgets } from '../../scripts/quality/budgets.ts';
import { checkSecurity } from '../../scripts/quality/security.ts';
import type { Problem } from '../../scripts/quality/dist.ts';

const BROKEN = 'tests/fixtures/broken-dist';
const FIXED = 'tests/fixtures/fixed-dist';
const OPTIONS = { site: 'https://warta-prestasi.example', base: '/' };

/** Asserts that some problem on `page` matches `pattern`. */
function expectProblem(problems: Problem[], page: string, pattern: RegExp): void {
  const onPage = problems.filter((problem) => problem.page === page);
  expect(
    onPage.some((problem) => pattern.test(problem.problem)),
    `expected a problem on ${page} matching ${pattern}; found:\n${problems.map((problem) => `${problem.page}: ${problem.problem}`).join('\n')}`,
  ).toBe(true);
}

describe('gate 1: HTML validity (vnu.jar, XML well-formedness)', () => {
  let broken: Problem[];
  beforeAll(async () => {
    broken = await checkHtmlValidity(BROKEN, OPTIONS);
  });

  test('names the invalid page and the validator message', () => {
    expectProblem(broken, '/tidak-valid/', /^invalid HTML: line \d+: Element “p” not allowed as child of element “ul”/);
    expectProblem(broken, '/aksesibilitas/', /An “img” element must have an “alt” attribute/);
  });

  test('names an invalid SVG badge', () => {
    expectProblem(broken, '/lencana/contoh/ombudsman-2024.svg', /^invalid SVG: line \d+: Attribute “widht” not allowed on element “rect”/);
  });

  test('names a feed or sitemap that is not well-formed XML', () => {
    expectProblem(broken, '/sitemap-0.xml', /^not well-formed XML: .*closing tag 'url'/);
  });

  test('passes the fixed site', async () => {
    expect(await checkHtmlValidity(FIXED, OPTIONS)).toEqual([]);
  });

  test('without Java it fails with a one-line instruction', async () => {
    const saved = process.env.JAVA;
    process.env.JAVA = '/nonexistent/java';
    try {
      const problems = await checkHtmlValidity(FIXED, OPTIONS);
      expect(problems).toEqual([{ page: '(all pages)', problem: JAVA_MISSING }]);
      expect(JAVA_MISSING).not.toContain('\n');
    } finally {
      if (saved === undefined) delete process.env.JAVA;
      else process.env.JAVA = saved;
    }
  });
});

describe('gate 3: links', () => {
  const broken = checkLinks(BROKEN, OPTIONS);

  test('a broken internal link and a missing anchor', () => {
    expectProblem(broken, '/', /^broken <a href> \/berita\/tidak-ada\/: no file berita\/tidak-ada\/index\.html$/);
    expectProblem(broken, '/', /^missing anchor: <a href> \/berita\/panjang\/#tidak-ada -> no id="tidak-ada" in \/berita\/panjang\/$/);
  });

  test('a broken asset in CSS and a broken item link in the feed', () => {
    expectProblem(broken, '/_astro/situs.css', /^broken url\(\) in CSS \/gambar\/tidak-ada\.png/);
    expectProblem(broken, '/rss.xml', /^broken <link> https:\/\/warta-prestasi\.example\/berita\/hilang\//);
    expectProblem(broken, '/rss.xml', /^broken <guid> /);
  });

  test('an external link without rel="noopener"', () => {
    expectProblem(broken, '/', /^external link without rel="noopener": <a href="https:\/\/ombudsman\.go\.id\/">$/);
  });

  test('passes the fixed site', () => {
    expect(checkLinks(FIXED, OPTIONS)).toEqual([]);
  });

  test('a page link without its trailing slash, a base path and the 404 page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'warta-links-'));
    try {
      mkdirSync(path.join(dir, 'daerah'), { recursive: true });
      writeFileSync(path.join(dir, 'daerah', 'index.html'), '<!doctype html><title>x</title><a href="/warta/">ok</a> <a href="/warta/daerah">no slash</a> <a href="/daerah/">outside base</a>');
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title><a href="daerah/">ok</a>');
      writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>x</title><a href="daerah/">relative</a>');
      const problems = checkLinks(dir, { site: 'https://warta-prestasi.example', base: '/warta/' });
      expectProblem(problems, '/daerah/', /^broken <a href> \/warta\/daerah: \/warta\/daerah lacks its trailing slash/);
      expectProblem(problems, '/daerah/', /^broken <a href> \/daerah\/: \/daerah\/ is outside the site's base path \/warta\//);
      expectProblem(problems, '/404.html', /is relative: the 404 page is served at any path/);
      expect(problems.filter((problem) => problem.page === '/')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gate 4: budgets', () => {
  const broken = checkBudgets(BROKEN, OPTIONS);

  test('an article page over 60 KB', () => {
    expectProblem(broken, '/berita/panjang/', /^article HTML is 69\.\d KB, over the 60\.0 KB budget$/);
  });

  test('CSS over 20 KB gzipped, with each file named', () => {
    expectProblem(broken, '/berita/gaya/', /^CSS is 2\d\.\d KB gzipped, over the 20\.0 KB budget \(.*\/_astro\/berat\.css/);
  });

  test('JavaScript on a page other than search', () => {
    expectProblem(broken, '/berita/skrip/', /^ships JavaScript \(only \/cari\/ may\): <script src="\/_astro\/widget\.js">$/);
    expectProblem(broken, '/berita/skrip/', /^ships JavaScript .*inline code/);
    expect(broken.filter((problem) => problem.page === '/cari/')).toEqual([]);
  });

  test('an image without width and height, and a later image not lazy', () => {
    expectProblem(broken, '/berita/gambar/', /^image without width and height/);
    expectProblem(broken, '/berita/gambar/', /^image #3 is not loading="lazy"/);
  });

  test('a web font that is neither WOFF2, subset nor preloaded', () => {
    expectProblem(broken, '/berita/huruf/', /has no unicode-range: fonts must be subset/);
    expectProblem(broken, '/berita/huruf/', /uses \/_astro\/warta\.ttf: fonts must be WOFF2/);
    expectProblem(broken, '/berita/huruf/', /warta\.ttf is not preloaded/);
  });

  test('passes the fixed site', () => {
    expect(checkBudgets(FIXED, OPTIONS)).toEqual([]);
  });

  describe('a subset WOFF2 font, preloaded', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('passes; without the preload it does not', () => {
      dir = mkdtempSync(path.join(tmpdir(), 'warta-fonts-'));
      mkdirSync(path.join(dir, 'berita', 'a'), { recursive: true });
      mkdirSync(path.join(dir, '_astro'));
      writeFileSync(path.join(dir, '_astro', 'f.woff2'), Buffer.alloc(20_000));
      writeFileSync(path.join(dir, '_astro', 's.css'), '@font-face{font-family:W;src:url(f.woff2) format("woff2");unicode-range:U+0000-00FF}');
      const html = (preload: string) =>
        `<!doctype html><title>x</title>${preload}<link rel="stylesheet" href="/_astro/s.css"><img src="/x.png" width="1" height="1">`;
      writeFileSync(path.join(dir, 'berita', 'a', 'index.html'), html('<link rel="preload" href="/_astro/f.woff2" as="font" type="font/woff2" crossorigin>'));
      expect(checkBudgets(dir, OPTIONS)).toEqual([]);
      writeFileSync(path.join(dir, 'berita', 'a', 'index.html'), html(''));
      expect(checkBudgets(dir, OPTIONS)).toEqual([
        { page: '/berita/a/', problem: '@font-face in /_astro/s.css: /_astro/f.woff2 is not preloaded (<link rel="preload" as="font" type="font/woff2" crossorigin>)' },
      ]);
    });
  });
});

describe('gate 5: security', () => {
  const broken = checkSecurity(BROKEN, OPTIONS);

  test('header file: no nosniff, a leaky Referrer-Policy, a policy loosened for one page, no badge rule', () => {
    expectProblem(broken, '/_headers', /^no "X-Content-Type-Options: nosniff" for 10 page\(s\)/);
    expectProblem(broken, '/_headers', /^no strict Referrer-Policy/);
    expectProblem(broken, '/_headers', /^weak Content-Security-Policy for \/cari\/: script-src allows 'unsafe-inline'$/);
    expectProblem(broken, '/_headers', /^weak Content-Security-Policy for \/cari\/: script-src allows 'unsafe-eval'$/);
    expectProblem(broken, '/_headers', /^badges .* get no "Content-Type: image\/svg\+xml"$/);
    expectProblem(broken, '/cari/', /^the CSP <meta> differs from the _headers policy: script-src: /);
  });

  test('a page without the CSP <meta>', () => {
    expectProblem(broken, '/tanpa-csp/', /^no <meta http-equiv="Content-Security-Policy">/);
  });

  test('inline script, handler attribute, javascript: URL, inline style', () => {
    expectProblem(broken, '/berita/skrip/', /^inline script \(script-src forbids it\)/);
    expectProblem(broken, '/berita/skrip/', /^event handler attribute onclick=/);
    expectProblem(broken, '/berita/skrip/', /^javascript: URL in <a href="javascript:history\.back\(\)">$/);
    expectProblem(broken, '/berita/skrip/', /^style attribute on <p> \(style-src forbids inline style\)/);
    expectProblem(broken, '/berita/skrip/', /^<style> element \(style-src forbids inline style\)$/);
  });

  test('a javascript: URL hidden by character references and a tab', () => {
    expectProblem(broken, '/berita/skrip/', /^javascript: URL in <a href="java\\tscript:alert\(1\)">$/);
  });

  test('an SVG file with a script, a handler and a hidden javascript: link', () => {
    expectProblem(broken, '/gambar/skrip.svg', /^SVG file runs script: <script> "alert\(document\.domain\)"$/);
    expectProblem(broken, '/gambar/skrip.svg', /^event handler attribute onload="alert\(1\)" on <svg> in an SVG file$/);
    expectProblem(broken, '/gambar/skrip.svg', /^javascript: URL in <a> \(xlink:href\) in an SVG file$/);
  });

  test('passes the fixed site', () => {
    expect(checkSecurity(FIXED, OPTIONS)).toEqual([]);
  });
});
