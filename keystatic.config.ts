/**
 * The newsroom editor (Keystatic, `npm run dev`, /redaksi/): one collection
 * over `content/articles/**` that reads and writes the article files the
 * content contract describes. The fields mirror src/schemas/article.ts
 * (tests/unit/editor-config.test.ts keeps them equal) and the body editor
 * offers the palette of src/mdx/palette.ts and nothing else.
 */
import { config, collection, fields } from '@keystatic/core';
import { ARTICLE_TAGS_MAX } from './src/schemas/article.ts';
import { decideTitleSlug, SLUG_MAX_LENGTH } from './src/content-tree/new-article.ts';
import { wallClock } from './src/model/datetime.ts';
import { paletteComponents } from './src/editor/palette-components.ts';
import { contentCheckStatus, dateTime, draftFlag, idPicker, imagePath, tagList, tolerantBody } from './src/editor/fields.tsx';
import { awardClaim, type AwardValue } from './src/editor/award-field.tsx';
import { COLLECTION, EDITOR_CONTENT_DIR } from './src/editor/client.ts';


/** New articles go to the folder of the current WIB year, as `npm run new` does. */
const newSlug = (title: string) => `${wallClock(new Date(), 'WIB').year}/${decideTitleSlug(title, SLUG_MAX_LENGTH)}`;

export const articleFields = {
  pemeriksaan: contentCheckStatus(),
  title: fields.slug({
    name: { label: 'Judul (title)', description: '10-160 karakter', validation: { length: { min: 10, max: 160 } } },
    slug: {
      label: 'Folder/nama berkas (slug)',
      description: 'tahun/slug, mis. 2024/muba-raih-zona-hijau; menjadi alamat /berita/<slug>/ dan tidak berubah walau judul diubah',
      generate: newSlug,
    },
  }),
  description: fields.text({ label: 'Ringkasan (description)', description: 'Paling banyak 300 karakter; tampil di kartu, mesin pencari dan RSS', multiline: true, validation: { isRequired: true, length: { max: 300 } } }),
  date: dateTime({ label: 'Waktu terbit (date)', description: 'Tanpa zona dibaca sebagai WIB; +08:00 = WITA, +09:00 = WIT', required: true, defaultNow: true }),
  updated: dateTime({ label: 'Diperbarui (updated)', description: 'Tidak boleh sebelum waktu terbit; lebih baik pakai komponen Catatan' }),
  author: idPicker({ label: 'Penulis (author)', source: 'authors', required: true }),
  editor: idPicker({ label: 'Editor (editor)', source: 'authors' }),
  region: idPicker({ label: 'Daerah (region)', description: 'Provinsi, kabupaten atau kota', source: 'regions', isArticleRegion: true }),
  section: fields.text({ label: 'Rubrik (section)', description: 'Huruf kecil dan tanda hubung, mis. pelayanan-publik' }),
  tags: tagList({ label: 'Tag (tags)', description: `Dipisah koma, paling banyak ${ARTICLE_TAGS_MAX}: Zona Hijau, Ombudsman RI` }),
  image: imagePath({ label: 'Foto utama (image)', description: 'Unggah, atau tulis ./gambar/nama.jpg' }),
  imageAlt: fields.text({ label: 'Teks pengganti foto (imageAlt)', description: 'Wajib bila ada foto: apa yang tampak pada foto' }),
  imageCredit: fields.text({ label: 'Kredit foto (imageCredit)', description: 'mis. Foto: Warta Prestasi' }),
  awards: fields.array(awardClaim(), {
    label: 'Penghargaan (awards)',
    itemLabel: (props) => {
      const value = props.value as AwardValue;
      return [value.scheme, value.year, value.score || value.result || value.zone || value.grade].filter(Boolean).join(' ') || 'Penghargaan baru';
    },
  }),
  related: fields.array(idPicker({ label: 'Artikel', source: 'articles', required: true }), {
    label: 'Baca Juga pilihan (related)',
    itemLabel: (props) => String(props.value || 'Artikel'),
  }),
  draft: draftFlag({ label: 'Draf (draft)', description: 'Draf tidak pernah terbit; hilangkan centang untuk menerbitkan' }),
  isi: tolerantBody(fields.mdx({
    label: 'Isi berita',
    // Images in the body go through the Gambar component (caption, credit, upload into gambar/).
    options: { image: false },
    components: paletteComponents({
      image: (options) => imagePath(options),
      picker: (source) => (options) => idPicker({ ...options, source }),
    }),
  })),
};

export default config({
  storage: { kind: 'local' },
  locale: 'en-US',
  ui: { brand: { name: 'Warta Prestasi · Redaksi' } },
  collections: {
    [COLLECTION]: collection({
      label: 'Berita',
      path: `${EDITOR_CONTENT_DIR}/articles/**`,
      slugField: 'title',
      format: { contentField: 'isi' },
      entryLayout: 'content',
      columns: ['title', 'date'],
      schema: articleFields,
    }),
  },
});
