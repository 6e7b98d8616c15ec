/**
 * The components the portal offers journalists in MDX, used without an import.
 * Each is compiled to plain HTML at build time (no client JavaScript), so an
 * article costs what a markdown article costs. Anything not listed here is bad
 * input: journalists cannot run code at build.
 */
import type { ElementContent, Element } from 'hast';

export interface PaletteAttribute {
  required: boolean;
  /** One line for the journalists' guide and error messages. */
  description: string;
}

export interface PaletteComponent {
  name: string;
  /** One-line Indonesian description for the guide and errors. */
  description: string;
  attributes: Record<string, PaletteAttribute>;
  /** Whether the component wraps markdown content (`<Kutipan>...</Kutipan>`). */
  hasChildren: boolean;
  /** Builds the HTML; `children` is the already-converted markdown content. */
  render(attributes: Record<string, string>, children: ElementContent[]): Element | { marker: string };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * An image whose `src` Astro's content runtime resolves, optimises and sizes
 * (the same `__ASTRO_IMAGE_` protocol Astro's markdown pipeline uses).
 */
export function astroImage(src: string, alt: string): Element {
  return el('img', { __ASTRO_IMAGE_: JSON.stringify({ src, alt, index: 0 }) }, []);
}

export const PALETTE: Record<string, PaletteComponent> = {
  BacaJuga: {
    name: 'BacaJuga',
    description: 'tautan "Baca Juga" ke artikel lain, diletakkan di antara paragraf',
    attributes: { slug: { required: true, description: 'slug artikel tujuan, mis. "muba-raih-zona-hijau-ombudsman-2024"' } },
    hasChildren: false,
    // The headline is filled in at page build, so a renamed target never goes stale.
    render: (attributes) => ({ marker: `bj:${attributes.slug}` }),
  },
  Kutipan: {
    name: 'Kutipan',
    description: 'kutipan menonjol dengan nama dan jabatan narasumber',
    attributes: {
      oleh: { required: true, description: 'nama atau jabatan narasumber' },
      jabatan: { required: false, description: 'jabatan narasumber' },
    },
    hasChildren: true,
    render(attributes, children) {
      const cite: ElementContent[] = [el('span', { className: ['kutipan-oleh'] }, [text(attributes.oleh!)])];
      if (attributes.jabatan) cite.push(text(', '), el('span', { className: ['kutipan-jabatan'] }, [text(attributes.jabatan)]));
      return el('figure', { className: ['kutipan'] }, [
        el('blockquote', {}, children),
        el('figcaption', {}, [text('\u2014 '), ...cite]),
      ]);
    },
  },
  Gambar: {
    name: 'Gambar',
    description: 'gambar dengan keterangan dan kredit',
    attributes: {
      src: { required: true, description: 'berkas gambar relatif terhadap artikel, mis. "./gambar/foto.jpg"' },
      alt: { required: true, description: 'teks pengganti untuk pembaca tunanetra' },
      keterangan: { required: false, description: 'keterangan di bawah gambar' },
      kredit: { required: false, description: 'kredit foto atau grafis, mis. "Foto: Warta Prestasi"' },
    },
    hasChildren: false,
    render(attributes) {
      const caption: ElementContent[] = [];
      if (attributes.keterangan) caption.push(text(attributes.keterangan));
      if (attributes.kredit) {
        if (caption.length) caption.push(text(' '));
        caption.push(el('span', { className: ['kredit'] }, [text(attributes.kredit)]));
      }
      return el('figure', { className: ['gambar'] }, [
        astroImage(attributes.src!, attributes.alt!),
        ...(caption.length ? [el('figcaption', {}, caption)] : []),
      ]);
    },
  },
};

/** Plain HTML elements a journalist may write inline (harmless, no attributes). */
export const ALLOWED_HTML = new Set(['sup', 'sub', 'br', 'abbr', 'mark', 'small', 's']);

export const PALETTE_NAMES = Object.keys(PALETTE);
