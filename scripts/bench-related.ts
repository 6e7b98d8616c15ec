/**
 * Benchmark of the related-articles chooser on synthetic content.
 *
 *   npm run bench:related -- 10000
 *   npm run bench:related -- 1000 10000     (memory figures need node --expose-gc)
 *
 * Generates N articles in memory with a fixed-seed PRNG (about 500 regions in
 * 38 provinces, 200 Zipf-distributed tags with 3-5 per article, awards on 30%,
 * titles and leads from a ~2,000-word Indonesian vocabulary, dates over ten
 * years), then times buildRelatedIndex plus decideRelated(limit 8) for every
 * article. Generation is not timed. Target: under 2 s for 10,000.
 */
import { buildRelatedIndex, decideRelated, type RelatedCandidate } from '../src/model/related.ts';
import { seededRandom } from './lib/seeded-random.ts';

const LIMIT = 8;

/** Sampler for ranks 0..size-1 with P(rank) proportional to 1 / (rank + 1)^s. */
function zipf(size: number, s: number, rand: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) cumulative[i] = total += 1 / Math.pow(i + 1, s);
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// Real words of Indonesian regional news; frequent function words are mixed in
// the way headlines and leads use them, so stop-word removal has work to do.
const ROOTS = (
  'pelayanan publik kepatuhan opini zona hijau kuning merah inovasi digital aplikasi pengaduan ' +
  'sekolah guru murid puskesmas rumah sakit dokter bidan stunting gizi vaksin imunisasi ' +
  'jalan jembatan irigasi sawah padi jagung kopi karet sawit nelayan pelabuhan pasar harga beras ' +
  'banjir longsor kebakaran hutan lahan kemarau hujan sungai pantai wisata festival budaya tari ' +
  'anggaran belanja pendapatan pajak retribusi investasi umkm koperasi bank kredit ekspor ' +
  'kemiskinan bantuan sosial desa dana perizinan kependudukan akta nikah sertifikat tanah ' +
  'audit laporan keuangan wajar pengecualian penghargaan juara lomba prestasi predikat peringkat ' +
  'transparansi informasi keterbukaan reformasi birokrasi akuntabilitas kinerja indeks survei ' +
  'pemilu pilkada kampanye calon pemilih tps relawan polisi jaksa korupsi sidang vonis ' +
  'air bersih listrik sampah limbah sanitasi perumahan transportasi bus kereta bandara ' +
  'olahraga sepakbola stadion atlet pemuda mahasiswa kampus beasiswa pelatihan kerja ' +
  'pangan ternak sapi ayam ikan tambak hortikultura pupuk benih panen gabah lumbung ' +
  'kesehatan mental lansia disabilitas perempuan anak perlindungan kekerasan hukum'
).split(/\s+/);
const FUNCTION = 'yang dan di ke dari untuk pada dengan ini itu dalam akan telah juga oleh sebagai para tahun kabupaten kota pemerintah kata ujar'.split(' ');
const PREFIXES = ['', 'me', 'di', 'pe', 'ke', 'ber', 'ter', 'per', 'se'];
const SUFFIXES = ['', 'an', 'kan', 'nya', 'i', 'lah'];
const SYLLABLES = 'ba bu ka ki la lu ma mu na ni pa pu ra ri sa si ta tu ga go ja jo da du wa ya ng an in un ar ir ur'.split(' ');

/** ~2,000 words: real roots, affixed forms of them, and made-up place and people names. */
function vocabulary(rand: () => number): string[] {
  const words = new Set<string>(ROOTS);
  for (const root of ROOTS) {
    if (words.size >= 1400) break;
    words.add(PREFIXES[Math.floor(rand() * PREFIXES.length)]! + root + SUFFIXES[Math.floor(rand() * SUFFIXES.length)]!);
  }
  while (words.size < 2000) {
    let word = '';
    const syllables = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
    words.add(word);
  }
  // Shuffle so the Zipf ranks do not follow the construction order.
  const list = [...words];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function generateArticles(n: number, seed = 20241114): RelatedCandidate[] {
  const rand = seededRandom(seed);
  const words = vocabulary(rand);
  const word = zipf(words.length, 1.05, rand);
  const provinces = Array.from({ length: 38 }, (_, i) => `provinsi-${i + 1}`);
  const regions = Array.from({ length: 500 }, (_, i) => ({
    id: `daerah-${i + 1}`,
    province: provinces[i % provinces.length]!,
  }));
  const region = zipf(regions.length, 0.8, rand); // a few regions are covered far more often
  const tags = Array.from({ length: 200 }, (_, i) => `Topik ${words[i]!} ${i}`);
  const tag = zipf(tags.length, 1, rand);
  const schemes = ['ombudsman', 'bpk-opini', 'ipp-kemenpanrb', 'kip', 'sakip', 'rb'];
  const start = Date.parse('2016-01-01T00:00:00Z');
  const span = 10 * 365 * 86_400_000;

  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(rand() * (max - min + 1));
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      out.push(rand() < 0.25 ? FUNCTION[Math.floor(rand() * FUNCTION.length)]! : words[word()]!);
    }
    const text = out.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  const articles: RelatedCandidate[] = [];
  for (let i = 0; i < n; i++) {
    const r = regions[region()]!;
    const date = new Date(start + Math.floor(rand() * span));
    const tagCount = 3 + Math.floor(rand() * 3);
    const chosen = new Set<string>();
    while (chosen.size < tagCount) chosen.add(tags[tag()]!);
    const year = date.getUTCFullYear();
    const awards = rand() < 0.3 ? [{ scheme: schemes[Math.floor(rand() * schemes.length)]!, year: rand() < 0.7 ? year : year - 1 }] : [];
    articles.push({
      slug: `berita-${i}`,
      title: sentence(6, 12),
      description: sentence(18, 35),
      date,
      region: r.id,
      province: r.province,
      tags: [...chosen],
      awards,
      related: rand() < 0.05 ? [`berita-${Math.floor(rand() * n)}`] : [],
    });
  }
  return articles;
}

interface Row {
  n: number;
  buildMs: number;
  decideMs: number;
  totalMs: number;
  usPerArticle: number;
  peakHeapMb: number;
  avgLinks: number;
}

function run(n: number): Row {
  const gc = (globalThis as { gc?: () => void }).gc;
  const articles = generateArticles(n);
  gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const used = process.memoryUsage().heapUsed;
    if (used > peakHeap) peakHeap = used;
  };

  const t0 = performance.now();
  const index = buildRelatedIndex(articles);
  const t1 = performance.now();
  sample();
  let links = 0;
  for (let i = 0; i < articles.length; i++) {
    links += decideRelated(index, articles[i]!.slug, LIMIT).length;
    if ((i & 1023) === 0) sample();
  }
  const t2 = performance.now();
  sample();
  return {
    n,
    buildMs: t1 - t0,
    decideMs: t2 - t1,
    totalMs: t2 - t0,
    usPerArticle: ((t2 - t0) * 1000) / n,
    peakHeapMb: peakHeap / 1024 / 1024,
    avgLinks: links / n,
  };
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.length === 0) sizes.push(10_000);
  for (const n of sizes) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`usage: bench-related.ts N [N ...] (got "${n}")`);
  }
  const rows = sizes.map(run);
  const header = ['n', 'build ms', 'decide ms', 'total ms', 'µs/article', 'peak heap MB', 'links/article'];
  const body = rows.map((r) => [
    String(r.n),
    r.buildMs.toFixed(1),
    r.decideMs.toFixed(1),
    r.totalMs.toFixed(1),
    r.usPerArticle.toFixed(1),
    r.peakHeapMb.toFixed(1),
    r.avgLinks.toFixed(2),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  console.log(line(header));
  for (const row of body) console.log(line(row));
  console.log(`node ${process.version}, limit ${LIMIT}, rss peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
