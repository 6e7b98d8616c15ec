import { describe, expect, it } from 'vitest';
import {
  absolutizeSrcset,
  absolutizeUrl,
  decodeEntities,
  renderAwardList,
  renderFeedFigure,
  toFeedHtml,
  tokenizeHtml,
} from '../../src/model/feed-html.ts';

const pageUrl = 'https://contoh.test/portal/berita/artikel-uji/';
const feed = (html: string) => toFeedHtml(html, { pageUrl });

describe('tokenizeHtml', () => {
  it('reads tags, quoted and unquoted attributes, comments and text', () => {
    const tokens = tokenizeHtml(`<p class="a" data-x='1 2' hidden>Teks &amp; <b>tebal</b></p><!--bj-slot:2--><img src=/a.png alt="">`);
    expect(tokens).toEqual([
      { type: 'start', name: 'p', attributes: [['class', 'a'], ['data-x', '1 2'], ['hidden', '']], selfClosing: false },
      { type: 'text', raw: 'Teks &amp; ' },
      { type: 'start', name: 'b', attributes: [], selfClosing: false },
      { type: 'text', raw: 'tebal' },
      { type: 'end', name: 'b' },
      { type: 'end', name: 'p' },
      { type: 'comment', value: 'bj-slot:2' },
      { type: 'start', name: 'img', attributes: [['src', '/a.png'], ['alt', '']], selfClosing: true },
    ]);
  });

  it('keeps a script\'s content as raw text up to its end tag', () => {
    const tokens = tokenizeHtml('<script>if (a < b) document.write("</p>")</script><p>x</p>');
    expect(tokens[1]).toEqual({ type: 'text', raw: 'if (a < b) document.write("</p>")' });
    expect(tokens[2]).toEqual({ type: 'end', name: 'script' });
  });

  it('treats a lone "<" as text', () => {
    expect(tokenizeHtml('a < b')).toEqual([{ type: 'text', raw: 'a &lt; b' }]);
  });

  it('decodes entities in attribute values', () => {
    expect(decodeEntities('a&amp;b&#x22;c&#39;d&quot;&unknown;')).toBe('a&b"c\'d"&unknown;');
  });
});

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
      '<p>Satu.</p><p>BACA JUGA: <a href="https://contoh.test/portal/berita/lain/">Judul &amp; &quot;Lain&quot;</a></p><p>Dua.</p>',
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

  it('keeps text escaped: "&", "<" and quotes stay entities', () => {
    const html = '<p>Skor &#x22;A&#x22; &#x26; &#x3C;Zona> Hijau &#x3C;/script>&#x3C;script>alert(1)&#x3C;/script> 🎉</p>';
    const out = feed(html);
    expect(out).toBe(html);
    expect(out).not.toMatch(/<script/i);
  });

  it('closes what it opened and ignores stray end tags', () => {
    expect(feed('<p><em>a</p></span>b')).toBe('<p><em>a</em></p>b');
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
