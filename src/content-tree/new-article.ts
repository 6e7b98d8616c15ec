/**
 * `npm run new -- "Judul Berita"`: what a new article file looks like. Pure:
 * the script (scripts/new-article.ts) reads the tree and writes the file;
 * this module decides the slug, the path and the text, and checks the
 * journalist's options so the file it writes always passes the content check.
 */
import { suggestionText } from '../model/region-registry.ts';
import { slugify, isSlug } from '../schemas/slug.ts';
import { wallClock } from '../model/datetime.ts';

/** Slugs made from titles stay about this short, cut at a word boundary. */
export const SLUG_MAX_LENGTH = 80;

/**
 * Template text a journalist must replace: `[[...]]` on one line. A draft may
 * keep it; the content check refuses it in an article that is not a draft.
 */
export const PLACEHOLDER_PATTERN = /\[\[[^[\]\n]*\]\]/g;

/** `Zona Hijau 2024: Muba Raih Nilai 93,31!` -> `zona-hijau-2024-muba-raih-nilai-93-31`, at most 80 characters. */
export function decideTitleSlug(title: string, maxLength: number = SLUG_MAX_LENGTH): string {
  const slug = slugify(title);
  if (slug.length <= maxLength) return slug || 'artikel';
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  // One overlong word: cut it rather than return nothing.
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** `base`, else `base-2`, `base-3`, ... : the first slug no article uses yet. */
export function decideUniqueSlug(base: string, existing: ReadonlySet<string>): string {
  if (!existing.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!existing.has(candidate)) return candidate;
  }
}

/** The front-matter date in WIB without an offset, as journalists write it: `2024-11-14T10:30`. */
export function formatFrontmatterDateTime(date: Date): string {
  const c = wallClock(date, 'WIB');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** `articles/2024/<slug>.mdx`: the year folder is the WIB year of the date. */
export function decideArticlePath(date: Date, slug: string): string {
  return `articles/${wallClock(date, 'WIB').year}/${slug}.mdx`;
}

/** The dateline city: the region's capital, else its name without `Kabupaten`/`Kota`/`Provinsi`, in capitals. */
export function decideDateline(region: { name: string; capital?: string | undefined } | undefined): string | undefined {
  if (!region) return undefined;
  const city = region.capital ?? region.name.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, '');
  return city.toUpperCase();
}

export interface NewArticleInput {
  title: string;
  date: Date;
  author: string;
  editor?: string | undefined;
  region?: string | undefined;
  section?: string | undefined;
  tags: string[];
  /** The lead; a `[[...]]` placeholder when not given. */
  description?: string | undefined;
  /** `SEKAYU`; a placeholder when not known. */
  dateline?: string | undefined;
}

export interface KnownIds {
  authors: ReadonlySet<string>;
  /** Known region ids, or the regions by id (then short names are suggested too). */
  regions: ReadonlySet<string> | ReadonlyMap<string, { shortName?: string | undefined }>;
}

const some = (ids: ReadonlySet<string>) => [...ids].sort().slice(0, 6).join(', ');

/** What is wrong with the options, one Indonesian line each; empty when the file may be written. */
export function checkNewArticleInput(input: NewArticleInput, known: KnownIds): string[] {
  const errors: string[] = [];
  const title = input.title.trim();
  if (title.length < 10 || title.length > 160) errors.push(`judul: ${title.length} karakter; diharapkan 10-160 karakter`);
  if (!input.author) {
    errors.push(`penulis belum dipilih: tambahkan --penulis <id> (ada: ${some(known.authors)}) atau setel WARTA_PENULIS`);
  } else if (!known.authors.has(input.author)) {
    errors.push(`penulis "${input.author}" tidak ada di content/authors/ (ada: ${some(known.authors)})`);
  }
  if (input.editor !== undefined && !known.authors.has(input.editor)) {
    errors.push(`editor "${input.editor}" tidak ada di content/authors/ (ada: ${some(known.authors)})`);
  }
  if (input.region !== undefined && !known.regions.has(input.region)) {
    errors.push(`daerah "${input.region}" tidak dikenal (data wilayah idn-area-data atau content/regions/)${suggestionText(input.region, known.regions)}`);
  }
  if (input.section !== undefined && !isSlug(input.section)) {
    errors.push(`rubrik "${input.section}": huruf kecil a-z, angka dan tanda hubung, mis. "pelayanan-publik"`);
  }
  if (input.description !== undefined && (input.description.trim() === '' || input.description.trim().length > 300)) {
    errors.push(`ringkasan: ${input.description.trim().length} karakter; diharapkan 1-300 karakter`);
  }
  if (Number.isNaN(input.date.getTime())) errors.push('tanggal: bukan tanggal ISO 8601, mis. "2024-11-14T10:30"');
  return errors;
}

/** A YAML scalar that reads back as exactly `text` (JSON strings are YAML double-quoted strings). */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The whole new file: front matter (a draft) and a short body to write over. */
export function renderArticleTemplate(input: NewArticleInput): string {
  const lines = ['---', `title: ${yamlString(input.title.trim())}`];
  lines.push(
    `description: ${yamlString(input.description?.trim() ?? '[[Ringkasan: satu atau dua kalimat inti berita, paling banyak 300 karakter. Tampil di kartu berita, mesin pencari dan RSS.]]')}`,
  );
  lines.push(`date: ${formatFrontmatterDateTime(input.date)}`);
  lines.push(`author: ${input.author}`);
  lines.push(input.editor ? `editor: ${input.editor}` : '# editor: id-redaktur');
  lines.push(input.region ? `region: ${input.region}` : '# region: musi-banyuasin');
  lines.push(input.section ? `section: ${input.section}` : '# section: pelayanan-publik');
  lines.push(`tags: [${input.tags.map(yamlString).join(', ')}]`);
  lines.push(
    '# image: ./gambar/foto-utama.jpg',
    '# imageAlt: "Apa yang tampak pada foto, untuk pembaca tunanetra"',
    '# imageCredit: "Foto: Warta Prestasi"',
    '# awards:',
    '#   - scheme: ombudsman',
    '#     year: 2024',
    '#     score: "93,31"',
    '# related: [slug-artikel-lain]',
    'draft: true',
    '---',
    '',
  );
  const dateline = input.dateline ?? '[[KOTA]]';
  const body = [
    '{/* Panduan: content/README.md. Ganti setiap teks dalam kurung siku ganda, lalu hapus baris "draft: true" untuk menerbitkan. */}',
    '',
    `${dateline} - [[Paragraf pembuka: apa, siapa, kapan, di mana dan mengapa.]]`,
    '',
    '[[Paragraf kedua: rincian, angka dan latar belakang.]]',
    '',
    '{/* Komponen siap pakai: pindahkan ke luar komentar ini (baris pembuka dan penutupnya) untuk memakai.',
    '',
    '<Kutipan oleh="Nama Narasumber" jabatan="Jabatan">Isi kutipan.</Kutipan>',
    '',
    '<Gambar src="./gambar/foto.jpg" alt="Apa yang tampak pada foto" keterangan="Keterangan foto." kredit="Foto: Warta Prestasi" />',
    '',
    '<BacaJuga slug="slug-artikel-lain" />',
    '',
    `<Catatan tanggal="${formatFrontmatterDateTime(input.date)}" jenis="koreksi">Apa yang dikoreksi atau diperbarui.</Catatan>`,
    '*/}',
    '',
    '[[Paragraf penutup.]]',
    '',
  ];
  return `${lines.join('\n')}\n${body.join('\n')}`;
}

/** Every `[[...]]` left from the template, with its 1-based line in `text`. */
export function findPlaceholders(text: string | undefined): { text: string; line: number }[] {
  if (!text || !text.includes('[[')) return [];
  const found: { text: string; line: number }[] = [];
  // Lines are counted on from the previous match, so many placeholders cost one pass.
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) line += 1;
    counted = match.index;
    found.push({ text: match[0], line });
  }
  return found;
}
