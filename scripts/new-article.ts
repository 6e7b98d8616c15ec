/**
 * `npm run new -- "Judul Berita" [--daerah musi-banyuasin] [--penulis id] [--tag "Zona Hijau"] [--rubrik pelayanan-publik]`
 *
 * Writes `content/articles/<year>/<slug>.mdx`: a draft with valid front matter
 * (date now in WIB, a slug from the title that no article uses yet) and a
 * short body to write over, then prints the path and the preview URL. Never
 * overwrites a file. The decisions live in src/content-tree/new-article.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import {
  checkNewArticleInput,
  decideArticlePath,
  decideDateline,
  decideTitleSlug,
  decideUniqueSlug,
  renderArticleTemplate,
} from '../src/content-tree/new-article.ts';
import { mergeRegionFiles, type RegionFileInput } from '../src/model/region-registry.ts';
import { listFiles } from '../src/utils/files.ts';
import { loadPackageRegions } from '../src/content-tree/region-package.ts';
import { regionFileSchema } from '../src/schemas/region.ts';
import { parseContentDateTime } from '../src/schemas/datetime.ts';

const HELP = `Membuat artikel baru (draf) di content/articles/<tahun>/<slug>.mdx.

Pemakaian:
  npm run new -- "Judul Berita" [pilihan]

Pilihan:
  --daerah, --region <id>      daerah berita: id provinsi, kabupaten atau kota (mis. musi-banyuasin, kota-palembang)
  --penulis, --author <id>     penulis, id di content/authors/ (bawaan: WARTA_PENULIS)
  --editor <id>                editor, id di content/authors/
  --tag <teks>                 tag; boleh diulang atau dipisah koma ("Zona Hijau, Ombudsman RI")
  --rubrik, --section <id>     rubrik, mis. pelayanan-publik
  --ringkasan, --description <teks>   ringkasan (lead); bila kosong diisi teks contoh
  --tanggal, --date <waktu>    waktu terbit ISO 8601 (bawaan: sekarang, WIB)
  --content <folder>           folder konten (bawaan: WARTA_CONTENT_DIR atau content)
  --bantuan, --help            tampilkan bantuan ini

Panduan lengkap: content/README.md`;

function fail(lines: string[]): never {
  for (const line of lines) console.error(`Gagal: ${line}`);
  console.error('\nBantuan: npm run new -- --bantuan');
  process.exit(1);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      daerah: { type: 'string' },
      region: { type: 'string' },
      penulis: { type: 'string' },
      author: { type: 'string' },
      editor: { type: 'string' },
      tag: { type: 'string', multiple: true },
      tags: { type: 'string', multiple: true },
      rubrik: { type: 'string' },
      section: { type: 'string' },
      ringkasan: { type: 'string' },
      description: { type: 'string' },
      tanggal: { type: 'string' },
      date: { type: 'string' },
      content: { type: 'string' },
      bantuan: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail([`pilihan tidak dikenal: ${option}`]);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') fail([`pilihan ${option} perlu nilai, mis. ${option} "..."`]);
  fail([message]);
}
const { values, positionals } = parsed;
if (values.help || values.bantuan) {
  console.log(HELP);
  process.exit(0);
}

const title = positionals.join(' ').trim();
if (!title) fail(['judul belum ditulis: npm run new -- "Judul Berita"']);

const contentDir = path.resolve(values.content ?? process.env.WARTA_CONTENT_DIR ?? 'content');
if (!existsSync(path.join(contentDir, 'articles')) && !existsSync(path.join(contentDir, 'authors'))) {
  fail([`folder konten ${path.relative(process.cwd(), contentDir) || '.'} tidak berisi articles/ atau authors/`]);
}

function listIds(folder: string): Set<string> {
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, '')));
}

/** Every article slug in the tree, whatever the folder: slugs are unique across it. */
function listSlugs(): Set<string> {
  const dir = path.join(contentDir, 'articles');
  if (!existsSync(dir)) return new Set();
  return new Set(
    listFiles(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => path.basename(name, '.mdx')),
  );
}

/** Every known region: idn-area-data's with content/regions/ laid over them, as the check merges them. */
async function knownRegions() {
  const files: RegionFileInput[] = [];
  for (const id of listIds('regions')) {
    const file = [`${id}.yaml`, `${id}.yml`].map((name) => path.join(contentDir, 'regions', name)).find(existsSync)!;
    try {
      const parsed = regionFileSchema.safeParse(parseYaml(readFileSync(file, 'utf8'), { schema: 'core' }) ?? {});
      if (parsed.success) files.push({ id, file, data: parsed.data });
    } catch {
      // the content check reports the region file itself
    }
  }
  return mergeRegionFiles((await loadPackageRegions()).regions, files).regions;
}

const authors = listIds('authors');
const regionMap = await knownRegions();
const list = (value: string[] | undefined) => (value ?? []).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);

const dateText = values.tanggal ?? values.date;
const date = dateText === undefined ? new Date() : (parseContentDateTime(dateText) ?? new Date(Number.NaN));
const region = values.daerah ?? values.region;
let author = values.penulis ?? values.author ?? process.env.WARTA_PENULIS;
if (!author && authors.size === 1) author = [...authors][0];

const regionData = region ? regionMap.get(region) : undefined;

const input = {
  title,
  date,
  author: author ?? '',
  editor: values.editor,
  region,
  section: values.rubrik ?? values.section,
  tags: [...new Set([...list(values.tag), ...list(values.tags)])],
  description: values.ringkasan ?? values.description,
  dateline: typeof regionData?.name === 'string' ? decideDateline(regionData) : undefined,
};
const errors = checkNewArticleInput(input, { authors, regions: regionMap });
if (dateText !== undefined && Number.isNaN(date.getTime())) errors.push(`tanggal "${dateText}" bukan ISO 8601, mis. "2024-11-14T10:30"`);
if (errors.length > 0) fail([...new Set(errors)]);

const slug = decideUniqueSlug(decideTitleSlug(title), listSlugs());
const relative = decideArticlePath(date, slug);
const absolute = path.join(contentDir, relative);
mkdirSync(path.dirname(absolute), { recursive: true });
try {
  // `wx`: fail rather than overwrite, even if another file appeared meanwhile.
  writeFileSync(absolute, renderArticleTemplate(input), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail([`${path.relative(process.cwd(), absolute)} sudah ada; tidak ditimpa`]);
  throw error;
}

const base = (process.env.WARTA_BASE ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
console.log(`Artikel baru (draf): ${path.relative(process.cwd(), absolute)}`);
console.log(`Pratinjau:           http://localhost:4321${base}berita/${slug}/  (jalankan: npm run dev)`);
console.log('Periksa:             npm run check:content');
console.log('Ganti setiap teks [[...]], lalu hapus baris "draft: true" untuk menerbitkan.');
