import { describe, expect, it } from 'vitest';
import { decideShareLinks } from '../../src/model/share-links.ts';

const url = 'https://warta-prestasi.example/berita/musi-banyuasin-zona-hijau/';
const title = 'Muba Raih "Zona Hijau" & Nilai 93,31 — Peringkat #1 di Sumsel, Bupati: \'Kerja Bersama\'';

function params(href: string): URLSearchParams {
  // mailto: has no host; parse the query part the same way for every link.
  return new URLSearchParams(href.slice(href.indexOf('?') + 1));
}

describe('decideShareLinks', () => {
  const links = decideShareLinks({ title, url });
  const by = (network: string) => links.find((link) => link.network === network)!;

  it('offers WhatsApp, Facebook, X, Telegram and e-mail, labelled in Indonesian', () => {
    expect(links.map((link) => link.network)).toEqual(['whatsapp', 'facebook', 'x', 'telegram', 'email']);
    expect(links.map((link) => link.ariaLabel)).toEqual([
      'Bagikan ke WhatsApp',
      'Bagikan ke Facebook',
      'Bagikan ke X (Twitter)',
      'Bagikan ke Telegram',
      'Bagikan lewat surel',
    ]);
  });

  it('points at each network\'s own share endpoint', () => {
    expect(by('whatsapp').href.startsWith('https://wa.me/?text=')).toBe(true);
    expect(by('facebook').href.startsWith('https://www.facebook.com/sharer/sharer.php?u=')).toBe(true);
    expect(by('x').href.startsWith('https://x.com/intent/post?text=')).toBe(true);
    expect(by('telegram').href.startsWith('https://t.me/share/url?url=')).toBe(true);
    expect(by('email').href.startsWith('mailto:?subject=')).toBe(true);
  });

  it('round-trips a headline with &, #, quotes and Indonesian text through every parameter', () => {
    expect(params(by('whatsapp').href).get('text')).toBe(`${title}\n${url}`);
    expect(params(by('facebook').href).get('u')).toBe(url);
    expect(params(by('x').href).get('text')).toBe(title);
    expect(params(by('x').href).get('url')).toBe(url);
    expect(params(by('telegram').href).get('url')).toBe(url);
    expect(params(by('telegram').href).get('text')).toBe(title);
    expect(params(by('email').href).get('subject')).toBe(title);
    expect(params(by('email').href).get('body')).toBe(`${title}\n${url}`);
  });

  it('leaves no raw &, #, quote or space in a link and adds no other parameter', () => {
    for (const link of links) {
      const query = link.href.slice(link.href.indexOf('?') + 1);
      expect(query).not.toMatch(/[#"\s<>]/);
      // Exactly the parameters the network needs: no tracking (utm_*, fbclid...).
      expect([...params(link.href).keys()].length).toBe(link.network === 'facebook' ? 1 : link.network === 'whatsapp' ? 1 : 2);
      expect(link.href).not.toMatch(/utm_|fbclid|ref=/);
    }
    // mailto: spaces are %20, never + (RFC 6068).
    expect(by('email').href).toContain('Muba%20Raih');
    expect(by('email').href).not.toContain('+');
  });

  it('marks web links external and e-mail not', () => {
    expect(links.filter((link) => link.external).map((link) => link.network)).toEqual(['whatsapp', 'facebook', 'x', 'telegram']);
  });

  it('refuses a relative URL', () => {
    expect(() => decideShareLinks({ title, url: '/berita/x/' })).toThrow(/absolute/);
  });
});
