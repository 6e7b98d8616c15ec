/**
 * Share links as plain URLs of each network's share endpoint: no tracking, no script,
 * nothing requested before a click. encodeURIComponent so a headline's `&` or `#` never
 * splits a parameter (and `mailto:` gets `%20`, never `+`, as RFC 6068 wants).
 */

export type ShareNetwork = 'whatsapp' | 'facebook' | 'x' | 'telegram' | 'email';

export interface ShareLink {
  network: ShareNetwork;
  /** Visible text, e.g. `WhatsApp`. */
  label: string;
  /** For screen readers, e.g. `Bagikan ke WhatsApp`. */
  ariaLabel: string;
  href: string;
  /** True for web links (they get `rel="noopener"` and open in the network's own page). */
  external: boolean;
}

export interface ShareSubject {
  /** The headline. */
  title: string;
  /** The article's absolute canonical URL. */
  url: string;
}

const enc = encodeURIComponent;

export function decideShareLinks(subject: ShareSubject): ShareLink[] {
  const { title, url } = subject;
  if (!/^https?:\/\//.test(url)) throw new Error(`share links need an absolute http(s) URL, got ${JSON.stringify(url)}`);
  const both = `${title}\n${url}`;
  return [
    { network: 'whatsapp', label: 'WhatsApp', ariaLabel: 'Bagikan ke WhatsApp', href: `https://wa.me/?text=${enc(both)}`, external: true },
    { network: 'facebook', label: 'Facebook', ariaLabel: 'Bagikan ke Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`, external: true },
    { network: 'x', label: 'X', ariaLabel: 'Bagikan ke X (Twitter)', href: `https://x.com/intent/post?text=${enc(title)}&url=${enc(url)}`, external: true },
    { network: 'telegram', label: 'Telegram', ariaLabel: 'Bagikan ke Telegram', href: `https://t.me/share/url?url=${enc(url)}&text=${enc(title)}`, external: true },
    { network: 'email', label: 'Surel', ariaLabel: 'Bagikan lewat surel', href: `mailto:?subject=${enc(title)}&body=${enc(both)}`, external: false },
  ];
}
