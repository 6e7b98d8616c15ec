import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { isAllowedUrl } from '../../src/schemas/safe-url.ts';
import { absolutizeSrcset, absolutizeUrl, renderAwardList, renderFeedFigure, toFeedHtml } from '../../src/model/feed-html.ts';

const pageUrl = 'https://contoh.test/portal/berita/artikel-uji/';
const feed = (html: string) => toFeedHtml(html, { pageUrl });

describe('absolute URLs', () => {
  it.each([
    ['/portal/berita/lain/', 'https://contoh.test/portal/berita/lain/'],
    ['../lain/', 'https://contoh.test/portal/berita/lain/'],
    ['#bagian', 'https://contoh.test/portal/berita/artikel-uji/#bagian'],
    ['https://ombudsman.go.id/', 'https://ombudsman.go.id/'],
    ['mailto:redaksi@contoh.test', 'mailto:redaksi@contoh.test'],
  ])('%s -> %s', (value, expected) => {
    expect(absolutizeUrl(value, pageUrl)).toBe(expected);
  });

  it('refuses script and data URLs', () => {
    expect(absolutizeUrl('javascript:alert(1)', pageUrl)).toBeNull();
    expect(absolutizeUrl(' JavaScript:alert(1)', pageUrl)).toBeNull();
    expect(absolutizeUrl('data:text/html,<script>', pageUrl)).toBeNull();
  });

  it('absolutizes every srcset candidate and keeps descriptors', () => {
    expect(absolutizeSrcset('/portal/_astro/a_480.webp 480w, /portal/_astro/a_800.webp 800w', pageUrl)).toBe(
      'https://contoh.test/portal/_astro/a_480.webp 480w, https://contoh.test/portal/_astro/a_800.webp 800w',
    );
    expect(absolutizeSrcset('a.webp, b.webp 2x', pageUrl)).toBe(
      'https://contoh.test/portal/berita/artikel-uji/a.webp, https://contoh.test/portal/berita/artikel-uji/b.webp 2x',
    );
  });
});

describe('toFeedHtml', () => {
  it('turns a Baca Juga aside into a plain paragraph with an absolute link', () => {
    const html =
      '<p>Satu.</p><aside class="baca-juga" data-baca-juga data-pagefind-ignore aria-label="Baca juga"><strong>BACA JUGA:</strong> <a href="/portal/berita/lain/">Judul &amp; &quot;Lain&quot;</a></aside><p>Dua.</p>';
    expect(feed(html)).toBe(
      '<p>Satu.</p><p>BACA JUGA: <a href="https://contoh.test/portal/berita/lain/">Judul &amp; "Lain"</a></p><p>Dua.</p>',
    );
  });

  it('drops Baca Juga markers and every other comment', () => {
    expect(feed('<p>a</p><!--bj-slot:1--><p>b</p><!--bj:lain--><!--bj-paragraphs:2-->')).toBe('<p>a</p><p>b</p>');
  });

  it('keeps figures and images, with absolute src and srcset and alt', () => {
    const html =
      '<figure class="gambar"><img alt="Grafik &quot;skor&quot;" loading="lazy" decoding="async" width="1200" height="675" src="/portal/_astro/g.webp" srcset="/portal/_astro/g_480.webp 480w, /portal/_astro/g.webp 1200w" sizes="100vw"><figcaption>Keterangan <span class="kredit">Grafis: WP</span></figcaption></figure>';
    expect(feed(html)).toBe(
      '<figure><img alt="Grafik &quot;skor&quot;" loading="lazy" decoding="async" width="1200" height="675" src="https://contoh.test/portal/_astro/g.webp" srcset="https://contoh.test/portal/_astro/g_480.webp 480w, https://contoh.test/portal/_astro/g.webp 1200w" sizes="100vw"><figcaption>Keterangan <span>Grafis: WP</span></figcaption></figure>',
    );
  });

  it('gives an image without alt an empty alt, and drops one without a usable src', () => {
    expect(feed('<img src="/a.png">')).toBe('<img src="https://contoh.test/a.png" alt="">');
    expect(feed('<p><img src="javascript:x" alt="x">teks</p>')).toBe('<p>teks</p>');
  });

  it('removes scripts, styles, iframes, forms and inline SVG with their content', () => {
    const html =
      '<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.test/"></iframe><form><input name="q"><button>Cari</button></form><svg><title>ikon</title></svg><p>b</p>';
    expect(feed(html)).toBe('<p>a</p><p>b</p>');
  });

  it('keeps the name of an SVG that names itself', () => {
    expect(feed('<p><svg role="img" aria-label="Grafik &amp; skor"><path d="M0 0"/></svg></p>')).toBe('<p>Grafik &amp; skor</p>');
  });

  it('strips event handlers, data-*, class, style and id, and unsafe links', () => {
    expect(feed('<p id="x" class="c" style="color:red" data-pagefind-ignore onclick="alert(1)" onmouseover=alert(1)>t</p>')).toBe('<p>t</p>');
    expect(feed('<a href="javascript:alert(1)" target="_blank" rel="noopener noreferrer">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
  });

  it('unwraps unknown elements (component names, custom elements) and keeps their text', () => {
    expect(feed('<Kutipan oleh="x"><p>Kata</p></Kutipan><warta-cari><p>b</p></warta-cari>')).toBe('<p>Kata</p><p>b</p>');
  });

  it('keeps an award badge as plain text and links, without its decorative shield', () => {
    const badge =
      '<div class="award-badge award-full" data-award data-scheme="ombudsman" data-year="2024" data-zone="hijau"><svg class="award-mark" aria-hidden="true" focusable="false"><path d="M0 0"/><text>A</text></svg>' +
      '<div class="award-info"><p class="award-title"><a href="/portal/penghargaan/ombudsman/2024/">Ombudsman RI 2024</a></p><p class="award-grade">Kategori A · Kualitas Tertinggi</p>' +
      '<p class="award-facts"><span class="award-score">Skor <strong>93,31</strong></span><span class="award-zone"><svg aria-hidden="true"><circle r="5"/></svg>Zona Hijau</span></p></div></div>';
    expect(feed(badge)).toBe(
      '<div><div><p><a href="https://contoh.test/portal/penghargaan/ombudsman/2024/">Ombudsman RI 2024</a></p><p>Kategori A · Kualitas Tertinggi</p>' +
        '<p><span>Skor <strong>93,31</strong></span> <span>Zona Hijau</span></p></div></div>',
    );
    const inline =
      '<p>Muba meraih <span class="lencana" data-award data-scheme="ombudsman"><svg class="lencana-titik" aria-hidden="true"><circle r="5"/></svg><a href="/portal/penghargaan/ombudsman/2024/">Ombudsman RI 2024</a>: Kategori A, skor 93,31</span>.</p>';
    expect(feed(inline)).toBe('<p>Muba meraih <span><a href="https://contoh.test/portal/penghargaan/ombudsman/2024/">Ombudsman RI 2024</a>: Kategori A, skor 93,31</span>.</p>');
  });

  it('turns a click-to-play video into a paragraph with a link to the video page', () => {
    const video =
      '<figure class="video" data-video="youtube"><details><summary><span class="video-putar" aria-hidden="true">▶</span> Putar video: <span class="video-judul">Judul &amp; video</span></summary>' +
      '<div class="video-bingkai"><iframe src="https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1" title="Video"></iframe></div></details>' +
      '<figcaption>Judul &amp; video — <a href="https://www.youtube.com/watch?v=abcdefghijk" rel="noopener noreferrer">tonton di YouTube</a></figcaption></figure>';
    expect(feed(video)).toBe(
      '<p>Video: Judul &amp; video — <a href="https://www.youtube.com/watch?v=abcdefghijk" rel="noopener noreferrer">tonton di YouTube</a></p>',
    );
  });

  it('keeps a correction note\'s words and date, not its markers', () => {
    const note = '<div class="catatan catatan-koreksi" role="note" aria-label="Koreksi" data-catatan="koreksi"><p class="catatan-kepala"><strong>Koreksi</strong> · <time datetime="2024-11-15T09:00:00+07:00">Jumat, 15 November 2024 09.00 WIB</time></p><p>Skor diperbaiki.</p></div>';
    expect(feed(note)).toBe('<div><p><strong>Koreksi</strong> · <time datetime="2024-11-15T09:00:00+07:00">Jumat, 15 November 2024 09.00 WIB</time></p><p>Skor diperbaiki.</p></div>');
  });

  it('keeps text escaped: "&" and "<" stay entities, so escaped markup stays text', () => {
    const html = '<p>Skor &#x22;A&#x22; &#x26; &#x3C;Zona> Hijau &#x3C;/script>&#x3C;script>alert(1)&#x3C;/script> 🎉</p>';
    const out = feed(html);
    expect(out).toBe('<p>Skor "A" &amp; &lt;Zona> Hijau &lt;/script>&lt;script>alert(1)&lt;/script> 🎉</p>');
    expect(out).not.toMatch(/<script/i);
  });

  it('reads misnested and stray tags as a browser does, and closes what it opened', () => {
    // A browser reopens the <em> the </p> closed: "b" is emphasised too.
    expect(feed('<p><em>a</p></span>b')).toBe('<p><em>a</em></p><em>b</em>');
    expect(feed('<p>a<b>tebal')).toBe('<p>a<b>tebal</b></p>');
  });

  it('fails on an image the content runtime did not resolve', () => {
    expect(() => feed('<img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.jpg&#x22;}">')).toThrow(/not resolved/);
  });
});

describe('extra blocks', () => {
  it('renders the lead image as a figure with an escaped caption', () => {
    expect(renderFeedFigure({ src: 'https://contoh.test/a.jpg', alt: 'A "b" & c', width: 1200, height: 675, caption: 'Foto: <WP>' })).toBe(
      '<figure><img src="https://contoh.test/a.jpg" alt="A &quot;b&quot; &amp; c" width="1200" height="675"><figcaption>Foto: &lt;WP&gt;</figcaption></figure>',
    );
  });

  it('renders awards as a list, nothing when there are none', () => {
    expect(renderAwardList([])).toBe('');
    expect(renderAwardList(['Ombudsman RI 2024: Kategori A · Kualitas Tertinggi, skor 93,31'])).toBe(
      '<p><strong>Penghargaan dalam berita ini:</strong></p><ul><li>Ombudsman RI 2024: Kategori A · Kualitas Tertinggi, skor 93,31</li></ul>',
    );
  });
});

describe('toFeedHtml against injection', () => {
  /** Everything in the output that could run or load script, as a browser parses it. */
  function executableParts(html: string): string[] {
    const found: string[] = [];
    const visit = (node: Nodes) => {
      if (node.type === 'element') {
        if (['script', 'style', 'iframe', 'svg', 'object', 'embed', 'form', 'base', 'meta', 'link'].includes(node.tagName)) found.push(`<${node.tagName}>`);
        for (const [key, value] of Object.entries(node.properties)) {
          if (/^on/i.test(key)) found.push(`${key} handler`);
          const urls = key === 'srcSet' ? String(value).split(/[\s,]+/) : ['href', 'src', 'cite', 'xLinkHref', 'action', 'formAction', 'poster', 'data'].includes(key) ? [String(value)] : [];
          for (const url of urls) if (!isAllowedUrl(url)) found.push(`${key}=${url}`);
        }
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(fromHtml(html, { fragment: true }));
    return found;
  }

  it.each([
    ['tab inside the scheme, as a character reference', '<p><a href="java&#9;script:alert(1)">x</a></p>'],
    ['named tab reference', '<p><a href="java&Tab;script:alert(1)">x</a></p>'],
    ['newline inside the scheme', '<p><a href="java\nscript:alert(1)">x</a></p>'],
    ['mixed case', '<p><a href="JaVaScRiPt:alert(1)">x</a></p>'],
    ['a control character first', '<p><a href="\u0001javascript:alert(1)">x</a></p>'],
    ['leading spaces', '<p><a href="   javascript:alert(1)">x</a></p>'],
    ['entity-encoded letters', '<p><a href="&#106;&#x61;vascript&colon;alert(1)">x</a></p>'],
    ['data: HTML', '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a></p>'],
    ['vbscript', '<p><a href="vbscript:msgbox(1)">x</a></p>'],
    ['an image source', '<p><img src="java&#x09;script:alert(1)" alt="x">t</p>'],
    ['a quote citation', '<blockquote cite="javascript:alert(1)"><p>x</p></blockquote>'],
    ['srcset with a script URL', '<img src="/a.png" srcset="/a.png 1x, javascript:alert(1) 2x" alt="">'],
    ['srcset with an obfuscated script URL', '<img src="/a.png" srcset="&#106;avascript:alert(1) 2x" alt="">'],
    ['SVG link', '<p><svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>t</p>'],
    ['named SVG link', '<p><svg role="img" aria-label="Grafik"><a xlink:href="javascript:alert(1)"><text>x</text></a><script>alert(1)</script></svg></p>'],
    ['event handlers', '<p onclick="alert(1)"><img src="/a.png" onerror="alert(1)" alt=""><a href="/x/" onmouseover=alert(1)>x</a></p>'],
    ['script', '<p>a</p><script>alert(1)</script><SCRIPT src="https://x.test/a.js"></SCRIPT>'],
    ['script hidden in a comment', '<p>a</p><!--><script>alert(1)</script>-->'],
    ['style', '<style>body{background:url(javascript:alert(1))}</style><p style="background:url(javascript:alert(1))">a</p>'],
    ['iframe', '<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe><p>a</p>'],
    ['object and embed', '<object data="javascript:alert(1)"></object><embed src="data:text/html,x"><p>a</p>'],
    ['form', '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form><p>a</p>'],
    ['math link', '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math><p>a</p>'],
    ['noscript trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>a</p>'],
    ['base and meta refresh', '<base href="javascript:alert(1)//"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>a</p>'],
    ['Baca Juga pointing at a script', '<aside data-baca-juga><strong>BACA JUGA:</strong> <a href="java&#9;script:alert(1)">Judul</a></aside><p>a</p>'],
    ['video caption pointing at a script', '<figure data-video="youtube"><figcaption>Judul — <a href="&#x6A;avascript:alert(1)">tonton</a></figcaption></figure>'],
  ])('%s: nothing executable survives', (_name, html) => {
    const out = feed(html);
    expect(executableParts(out), out).toEqual([]);
    expect(out).not.toMatch(/javascript|vbscript|data:|<script|<style|<iframe|onerror|onclick|onmouseover/i);
  });

  it('keeps the safe parts next to the hostile ones', () => {
    expect(feed('<p><a href="java&#9;script:alert(1)">x</a> <a href="/portal/a/">y</a></p>')).toBe(
      '<p><a>x</a> <a href="https://contoh.test/portal/a/">y</a></p>',
    );
    expect(feed('<img src="/a.png" srcset="/a.png 1x, javascript:alert(1) 2x" alt="">')).toBe(
      '<img src="https://contoh.test/a.png" srcset="https://contoh.test/a.png 1x" alt="">',
    );
  });

  it('absolutizeUrl decides on the URL as parsed, not as written', () => {
    for (const value of ['java\tscript:alert(1)', '\u0001javascript:alert(1)', 'java\nscript:alert(1)', 'JAVASCRIPT:alert(1)', '&#106;avascript:alert(1)']) {
      expect(absolutizeUrl(value, pageUrl), JSON.stringify(value)).toBeNull();
    }
  });
});
