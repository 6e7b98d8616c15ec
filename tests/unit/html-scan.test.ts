import { describe, expect, test } from 'vitest';
import { isExecutableScript, srcsetUrls, scanHtml } from '../../scripts/quality/html-scan.ts';

const names = (html: string) => scanHtml(html).map((element) => element.name);

describe('scanHtml', () => {
  test('reads quoted, unquoted and bare attributes; names lower-cased, the first of a repeat kept, references decoded', () => {
    const [a] = scanHtml(`<A HREF="/x/?a=1&amp;b=2#s&#233;" title=plain data-x='q"q' hidden href="/second/">`);
    expect(a!.name).toBe('a');
    expect(Object.fromEntries(a!.attributes)).toEqual({ href: '/x/?a=1&b=2#sé', title: 'plain', 'data-x': 'q"q', hidden: '' });
  });

  test('skips comments, doctype and the text of raw-text and RCDATA elements', () => {
    const html = `<!doctype html><!-- <a href="/comment/"> --><title><a href="/t/"></title>
      <script type="application/ld+json">{"a":"</b><a href='/s/'>"}</script><textarea><img src="/t.png"></textarea><p>ok`;
    expect(names(html)).toEqual(['title', 'script', 'textarea', 'p']);
    expect(scanHtml(html)[1]!.text).toBe(`{"a":"</b><a href='/s/'>"}`);
  });

  test('knows head from body and SVG from HTML', () => {
    const elements = scanHtml('<html><head><meta charset="utf-8"><link rel="icon" href="/i.svg"></head><body><svg><style>a{}</style><a href="#x"></a></svg><img src="/a.png"></body>');
    const byName = Object.fromEntries(elements.map((element) => [element.name, element]));
    expect(byName.link!.inHead).toBe(true);
    expect(byName.img!.inHead).toBe(false);
    expect(byName.a!.foreign).toBe(true);
    expect(byName.style!.foreign).toBe(true);
    expect(byName.style!.text).toBe('a{}');
    expect(byName.img!.foreign).toBe(false);
  });

  test('a body element without <body> ends the head', () => {
    const elements = scanHtml('<meta charset="utf-8"><title>x</title><p>text</p><meta name="late">');
    expect(elements.map((element) => element.inHead)).toEqual([true, true, false, false]);
  });
});

test('srcsetUrls takes URLs with commas and drops descriptors', () => {
  expect(srcsetUrls('/a.webp 480w, /b,c.webp 800w,/d.webp 2x')).toEqual(['/a.webp', '/b,c.webp', '/d.webp']);
  expect(srcsetUrls('  /only.webp  ')).toEqual(['/only.webp']);
});

test('attribute values are decoded as a browser decodes them (unknown names stay, a bare &amp at the end decodes)', () => {
  const [a] = scanHtml('<a title="&amp;&lt;&#x41;&#66;&unknown;&amp" href="java&#9;script:x" data-x="&#106avascript">');
  expect(Object.fromEntries(a!.attributes)).toEqual({ title: '&<AB&unknown;&', href: 'java\tscript:x', 'data-x': 'javascript' });
});

test('reads SVG files: prefixed attributes, scripts and handlers', () => {
  const elements = scanHtml('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><a xlink:href="&#106;avascript:alert(1)"><text>x</text></a><script><![CDATA[alert(1)]]></script></svg>');
  expect(elements.map((element) => element.name)).toEqual(['svg', 'a', 'text', 'script']);
  expect(elements.every((element) => element.foreign)).toBe(true);
  expect(elements[0]!.attributes.get('onload')).toBe('alert(1)');
  expect(elements[1]!.attributes.get('xlink:href')).toBe('javascript:alert(1)');
  expect(elements[3]!.text).toBe('alert(1)');
});

test('isExecutableScript: JSON-LD is data, modules and classic scripts run', () => {
  const [ld, module, classic, json] = scanHtml(
    '<script type="application/ld+json"></script><script type="module"></script><script type="text/javascript"></script><script type="application/json"></script>',
  );
  expect([ld, module, classic, json].map((element) => isExecutableScript(element!))).toEqual([false, true, true, false]);
});
