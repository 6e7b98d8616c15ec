/**
 * The components the portal offers journalists in MDX, used without an import.
 * Each is compiled to plain HTML at build time (no client JavaScript), so an
 * article costs what a markdown article costs. Anything not listed here is bad
 * input: journalists cannot run code at build.
 */
import type { ElementContent, Element } from 'hast';
import { toIsoWithOffset } from '../model/datetime.ts';
import { parseContentDateTime } from '../schemas/datetime.ts';
import { SLUG_PATTERN } from '../schemas/slug.ts';
import { bodyMarkerElement } from '../model/body-markers.ts';

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
  /**
   * Where it may stand: `block` on its own line between paragraphs (not inside
   * a paragraph, list or another component), `inline` also inside a sentence.
   * Default `any` (the component's HTML decides).
   */
  placement?: 'block' | 'inline' | 'any';
  /** Checks attribute values (after required ones are present); one issue per bad attribute. */
  check?(attributes: Record<string, string>): PaletteIssue[];
  /** Builds the HTML; `children` is the already-converted markdown content; `block` when it stands on its own line. */
  render(attributes: Record<string, string>, children: ElementContent[], context: { block: boolean }): Element;
}

/** A bad attribute value, reported as `<Name> attribute: ditemukan value; diharapkan: expected`. */
export interface PaletteIssue {
  attribute: string;
  value: string;
  expected: string;
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
    render: (attributes) => bodyMarkerElement({ kind: 'bacaJuga', slug: attributes.slug! }),
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

/** YouTube video ids: 11 characters of `A-Z a-z 0-9 _ -`. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
/** Vimeo video ids: digits. */
export const VIMEO_ID = /^\d{6,12}$/;

const MAX_VIDEO_ADDRESS = 2000;

/** The id inside a pasted YouTube or Vimeo address, to suggest in an error message. */
export function extractVideoId(value: string): string | undefined {
  // A pasted address is short; `(?:.*&)?` rescans a long value once per "youtube.com/watch?" in it.
  if (value.length > MAX_VIDEO_ADDRESS) return undefined;
  const youtube = /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/.exec(value);
  if (youtube) return youtube[1];
  const vimeo = /vimeo\.com\/(?:video\/)?(\d{6,12})/.exec(value);
  return vimeo?.[1];
}

export const CATATAN_KINDS = ['koreksi', 'pembaruan'] as const;
export type CatatanKind = (typeof CATATAN_KINDS)[number];

/** Children that are only inline content get a paragraph, so a one-line component reads like a block. */
function asBlocks(children: ElementContent[]): ElementContent[] {
  const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'figure', 'table', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'div', 'hr']);
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) return children;
  return [el('p', {}, children)];
}

const LENCANA: PaletteComponent = {
  name: 'Lencana',
  description: 'lencana penghargaan dari hasil penilaian yang tercatat (dihitung, tidak diketik)',
  attributes: {
    skema: { required: true, description: 'id skema di content/schemes/, mis. "ombudsman"' },
    tahun: { required: true, description: 'tahun penilaian, mis. "2024"' },
    daerah: { required: false, description: 'id daerah di content/regions/; bawaan: region artikel' },
  },
  hasChildren: false,
  placement: 'inline',
  check(attributes) {
    const issues: PaletteIssue[] = [];
    if (!SLUG_PATTERN.test(attributes.skema!)) issues.push({ attribute: 'skema', value: JSON.stringify(attributes.skema), expected: 'id skema: huruf kecil, angka dan tanda hubung, mis. "ombudsman"' });
    if (!/^\d{4}$/.test(attributes.tahun!)) issues.push({ attribute: 'tahun', value: JSON.stringify(attributes.tahun), expected: 'tahun penilaian empat angka, mis. "2024"' });
    if (attributes.daerah !== undefined && !SLUG_PATTERN.test(attributes.daerah)) {
      issues.push({ attribute: 'daerah', value: JSON.stringify(attributes.daerah), expected: 'id daerah: huruf kecil, angka dan tanda hubung, mis. "musi-banyuasin"' });
    }
    return issues;
  },
  // The badge shows the build's computed award, so it is filled in at page build.
  render: (attributes, _children, { block }) =>
    bodyMarkerElement({ kind: 'lencana', scheme: attributes.skema!, year: Number(attributes.tahun), region: attributes.daerah, block }),
};

const VIDEO: PaletteComponent = {
  name: 'Video',
  description: 'video YouTube atau Vimeo yang baru dimuat setelah pembaca mengekliknya',
  attributes: {
    youtube: { required: false, description: 'ID video YouTube (11 karakter), mis. "dQw4w9WgXcQ"' },
    vimeo: { required: false, description: 'ID video Vimeo (angka), mis. "76979871"' },
    judul: { required: true, description: 'judul video, dibacakan untuk pembaca tunanetra' },
  },
  hasChildren: false,
  placement: 'block',
  check(attributes) {
    const { youtube, vimeo } = attributes;
    if (youtube === undefined && vimeo === undefined) {
      return [{ attribute: 'youtube', value: '(kosong)', expected: 'isi youtube="ID" atau vimeo="ID"' }];
    }
    if (youtube !== undefined && vimeo !== undefined) {
      return [{ attribute: 'vimeo', value: JSON.stringify(vimeo), expected: 'salah satu saja: youtube atau vimeo' }];
    }
    const [attribute, value, pattern, rule] =
      youtube !== undefined
        ? (['youtube', youtube, YOUTUBE_ID, 'ID video YouTube: 11 huruf, angka, _ atau -, mis. "dQw4w9WgXcQ" (bagian v=... pada alamat youtube.com/watch?v=...)'] as const)
        : (['vimeo', vimeo!, VIMEO_ID, 'ID video Vimeo: angka, mis. "76979871" (bagian akhir alamat vimeo.com/...)'] as const);
    if (pattern.test(value)) return [];
    const suggested = extractVideoId(value);
    return [{ attribute, value: JSON.stringify(value), expected: suggested && pattern.test(suggested) ? `${rule}; tulis ${attribute}="${suggested}"` : rule }];
  },
  // No JavaScript: a closed <details> holds a lazy iframe, which the browser
  // does not request until the reader opens it (tests/build/newsroom.test.ts).
  render(attributes) {
    const youtube = attributes.youtube;
    const id = (youtube ?? attributes.vimeo)!;
    const platform = youtube ? 'YouTube' : 'Vimeo';
    const host = youtube ? 'youtube-nocookie.com' : 'player.vimeo.com';
    const src = youtube ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` : `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`;
    const page = youtube ? `https://www.youtube.com/watch?v=${id}` : `https://vimeo.com/${id}`;
    const judul = attributes.judul!;
    return el('figure', { className: ['video'], dataVideo: platform.toLowerCase() }, [
      el('details', {}, [
        el('summary', {}, [
          el('span', { className: ['video-putar'], ariaHidden: 'true' }, [text('\u25B6')]),
          text(' Putar video: '),
          el('span', { className: ['video-judul'] }, [text(judul)]),
          text(' '),
          el('span', { className: ['video-sumber'] }, [text(`(${platform}; baru dimuat dari ${host} setelah diklik)`)]),
        ]),
        el('div', { className: ['video-bingkai'] }, [
          el(
            'iframe',
            {
              src,
              title: `Video: ${judul}`,
              loading: 'lazy',
              width: '560',
              height: '315',
              allow: 'autoplay; encrypted-media; picture-in-picture; fullscreen',
              allowFullScreen: true,
              referrerPolicy: 'strict-origin-when-cross-origin',
            },
            [],
          ),
        ]),
      ]),
      el('figcaption', {}, [text(`${judul} \u2014 `), el('a', { href: page, rel: ['noopener', 'noreferrer'] }, [text(`tonton di ${platform}`)])]),
    ]);
  },
};

const CATATAN: PaletteComponent = {
  name: 'Catatan',
  description: 'catatan koreksi atau pembaruan bertanggal; tanggal terakhir menjadi "Diperbarui" artikel',
  attributes: {
    tanggal: { required: true, description: 'waktu koreksi/pembaruan, ISO 8601, mis. "2024-11-15T09:00" (WIB)' },
    jenis: { required: false, description: '"koreksi" atau "pembaruan" (bawaan: pembaruan)' },
  },
  hasChildren: true,
  placement: 'block',
  check(attributes) {
    const issues: PaletteIssue[] = [];
    if (!parseContentDateTime(attributes.tanggal)) {
      issues.push({ attribute: 'tanggal', value: JSON.stringify(attributes.tanggal), expected: 'tanggal ISO 8601, mis. "2024-11-15T09:00" (tanpa zona dibaca sebagai WIB)' });
    }
    if (attributes.jenis !== undefined && !(CATATAN_KINDS as readonly string[]).includes(attributes.jenis)) {
      issues.push({ attribute: 'jenis', value: JSON.stringify(attributes.jenis), expected: 'koreksi atau pembaruan' });
    }
    return issues;
  },
  // The date is written in the article's time zone at page build (a marker, src/model/body-markers.ts).
  render(attributes, children) {
    const kind = (attributes.jenis ?? 'pembaruan') as CatatanKind;
    const date = parseContentDateTime(attributes.tanggal)!;
    const title = kind === 'koreksi' ? 'Koreksi' : 'Pembaruan';
    return el('div', { className: ['catatan', `catatan-${kind}`], role: 'note', ariaLabel: title, dataCatatan: kind }, [
      el('p', { className: ['catatan-kepala'] }, [
        el('strong', {}, [text(title)]),
        text(' \u00b7 '),
        el('time', { dateTime: toIsoWithOffset(date) }, [bodyMarkerElement({ kind: 'waktu', date })]),
      ]),
      ...asBlocks(children),
    ]);
  },
};

PALETTE.Lencana = LENCANA;
PALETTE.Video = VIDEO;
PALETTE.Catatan = CATATAN;

/** Plain HTML elements a journalist may write inline (harmless, no attributes). */
export const ALLOWED_HTML = new Set(['sup', 'sub', 'br', 'abbr', 'mark', 'small', 's']);

export const PALETTE_NAMES = Object.keys(PALETTE);
