/**
 * Writes a synthetic content tree that follows the contract, for benchmarks
 * and scale tests: `node scripts/generate-corpus.ts <articles> <dir>`.
 * Articles are ~450 words of Indonesian-like text with front matter, tags,
 * regions, award results (consistent across articles: one value per scheme,
 * year and region), pull quotes, explicit Baca Juga links and a few images.
 * Deterministic: the same arguments always give the same files.
 */
import { mkdirSync, writeFileSync, copyFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './lib/seeded-random.ts';

const [countArg, dirArg] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !dirArg) {
  console.error('Pakai: node scripts/generate-corpus.ts <jumlah-artikel> <folder-tujuan>');
  process.exit(2);
}
const root = path.resolve(dirArg);
const content = path.join(root, 'content');

const random = seededRandom(20241114);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

const WORDS = (
  'pelayanan publik pemerintah daerah masyarakat warga kantor layanan kepatuhan standar penilaian ombudsman ' +
  'kabupaten kota provinsi bupati wali gubernur sekretariat dinas kesehatan pendidikan kependudukan perizinan ' +
  'terpadu mal digital aplikasi antrean pengaduan informasi keterbukaan anggaran laporan keuangan opini audit ' +
  'inovasi reformasi birokrasi kinerja akuntabilitas transparansi partisipasi kualitas waktu biaya prosedur ' +
  'persyaratan petugas loket ruang tunggu fasilitas disabilitas ramah anak lansia sarana prasarana jalan ' +
  'jembatan air bersih sanitasi sampah lingkungan hijau sungai pasar ekonomi usaha kecil menengah petani nelayan ' +
  'desa kelurahan kecamatan camat lurah kepala bagian organisasi setda evaluasi perbaikan peningkatan capaian ' +
  'prestasi penghargaan predikat kategori zona skor nilai indeks survei kepuasan responden hasil tahun lalu ' +
  'berturut target komitmen program kegiatan rapat koordinasi sosialisasi pelatihan pegawai aparatur sipil negara'
).split(/\s+/);
const SENTENCE_GLUE = ['yang', 'dan', 'di', 'untuk', 'dengan', 'dalam', 'pada', 'dari', 'ke', 'agar', 'karena', 'serta'];
const TAGS = [
  'Ombudsman RI', 'Zona Hijau', 'Pelayanan Publik', 'Mal Pelayanan Publik', 'Inovasi Daerah', 'Keuangan Daerah',
  'BPK', 'Opini WTP', 'Adipura', 'Lingkungan', 'Kesehatan', 'Pendidikan', 'Kependudukan', 'Perizinan', 'Digitalisasi',
  'SAKIP', 'Keterbukaan Informasi', 'Reformasi Birokrasi', 'Desa', 'UMKM', 'Infrastruktur', 'Air Bersih', 'Pengaduan',
  'Disabilitas', 'Anak', 'Lansia', 'Pertanian', 'Perikanan', 'Pariwisata', 'Transportasi',
  ...Array.from({ length: 170 }, (_, i) => `Topik ${i + 1}`),
];
const SECTIONS = ['pelayanan-publik', 'pemerintahan', 'lingkungan', 'keuangan-daerah'];
const ZONES = ['WIB', 'WITA', 'WIT'] as const;

function sentence(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(i % 4 === 3 ? pick(SENTENCE_GLUE) : pick(WORDS));
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
function paragraph(): string {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(11 + Math.floor(random() * 9))).join(' ');
}
function title(): string {
  const words = Array.from({ length: 6 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' ');
  return words.replace(/(^|\s)\S/g, (c) => c.toUpperCase());
}
const pad = (n: number) => String(n).padStart(2, '0');

rmSync(content, { recursive: true, force: true });
for (const dir of ['articles', 'regions', 'authors', 'schemes', 'results']) mkdirSync(path.join(content, dir), { recursive: true });

// Schemes come from the sample content, so the corpus is graded by the real rules.
const sampleSchemes = path.resolve('content', 'schemes');
for (const file of readdirSync(sampleSchemes)) copyFileSync(path.join(sampleSchemes, file), path.join(content, 'schemes', file));

// ~38 provinces with ~13 regencies/cities each.
const regions: { id: string; province: string }[] = [];
for (let p = 1; p <= 38; p += 1) {
  const province = `provinsi-${p}`;
  writeFileSync(path.join(content, 'regions', `${province}.yaml`), `name: Provinsi Uji ${p}\ntype: provinsi\ntimezone: ${ZONES[p % 3]}\n`);
  for (let r = 1; r <= 13; r += 1) {
    const id = `daerah-${p}-${r}`;
    const type = r % 4 === 0 ? 'kota' : 'kabupaten';
    writeFileSync(path.join(content, 'regions', `${id}.yaml`), `name: ${type === 'kota' ? 'Kota' : 'Kabupaten'} Uji ${p}-${r}\ntype: ${type}\nprovince: ${province}\n`);
    regions.push({ id, province });
  }
}
const authors = Array.from({ length: 40 }, (_, i) => `penulis-${i + 1}`);
for (const author of authors) writeFileSync(path.join(content, 'authors', `${author}.yaml`), `name: Penulis Uji ${author.split('-')[1]}\n`);

// One image, used by a few articles, so the image pipeline is part of the cost.
const sampleImage = path.resolve('content/articles/2024/gambar/muba-zona-hijau-2024.jpg');
const hasImage = existsSync(sampleImage);

const OMBUDSMAN_YEARS = [2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024];
/** One score per (region, year): every article that reports it agrees. */
const scoreFor = (region: string, year: number) => (40 + (hash(`${region}:${year}`) % 6000) / 100).toFixed(2);

const start = Date.UTC(2016, 0, 1);
const end = Date.UTC(2026, 9, 1);
const slugs: string[] = [];
for (let i = 0; i < count; i += 1) {
  const region = pick(regions);
  const date = new Date(start + ((end - start) * i) / count + Math.floor(random() * 86_400_000));
  const year = date.getUTCFullYear();
  const folder = path.join(content, 'articles', String(year));
  mkdirSync(folder, { recursive: true });
  const slug = `berita-${String(i + 1).padStart(6, '0')}`;
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => TAGS[Math.min(TAGS.length - 1, Math.floor(random() ** 2 * TAGS.length))]!))];
  const awards: string[] = [];
  if (random() < 0.3) {
    const awardYear = pick(OMBUDSMAN_YEARS.filter((y) => y < year) .concat(OMBUDSMAN_YEARS[0]!));
    awards.push(`  - scheme: ombudsman\n    year: ${awardYear}\n    score: ${scoreFor(region.id, awardYear)}`);
  }
  const paragraphs = Array.from({ length: 7 + Math.floor(random() * 6) }, paragraph);
  paragraphs[0] = `KOTA UJI - ${paragraphs[0]}`;
  if (random() < 0.3) paragraphs.splice(3, 0, `<Kutipan oleh="Kepala Dinas" jabatan="Pemerintah Daerah">\n${sentence(14)}\n</Kutipan>`);
  if (random() < 0.1 && slugs.length > 10) paragraphs.splice(5, 0, `<BacaJuga slug="${slugs[slugs.length - 1 - Math.floor(random() * 10)]}" />`);
  let image = '';
  if (hasImage && random() < 0.05) {
    mkdirSync(path.join(folder, 'gambar'), { recursive: true });
    const target = path.join(folder, 'gambar', 'ilustrasi.jpg');
    if (!existsSync(target)) copyFileSync(sampleImage, target);
    image = 'image: ./gambar/ilustrasi.jpg\nimageAlt: Ilustrasi grafik skor kepatuhan\n';
  }
  const zone = ZONES[Number(region.province.split('-')[1]) % 3];
  const offset = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' }[zone!];
  const local = new Date(date.getTime() + Number(offset.slice(1, 3)) * 3_600_000);
  const stamp = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${offset}`;
  const frontmatter = [
    '---',
    `title: "${title()}"`,
    `description: "${sentence(18)}"`,
    `date: "${stamp}"`,
    `author: ${pick(authors)}`,
    `editor: ${pick(authors)}`,
    `region: ${region.id}`,
    `section: ${pick(SECTIONS)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    image.trimEnd(),
    awards.length ? `awards:\n${awards.join('\n')}` : '',
    '---',
  ].filter(Boolean);
  writeFileSync(path.join(folder, `${slug}.mdx`), `${frontmatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n`);
  slugs.push(slug);
}
console.log(`${count} artikel, ${regions.length + 38} daerah, ${authors.length} penulis ditulis ke ${path.relative(process.cwd(), content)}`);
