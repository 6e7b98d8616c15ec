/**
 * `npm run bench -- 10000 50000 100000`: for each size, generates a synthetic
 * corpus (scripts/generate-corpus.ts) and runs three plain `npm run build`s in
 * the same tree, as the newsroom does: a clean build (empty cache and
 * output), a publish (one new article dated now) and an edit (one sentence
 * added to an old article's body). It prints, per size: clean s, index s,
 * peak RSS MB of the whole process tree (clean build), publish s, edit s, the
 * files the publish and the edit added/changed/removed in the output (the
 * build's own deploy report), dist MB and ms per article.
 * Peak RSS is the largest resident size of the build's process tree, sampled
 * every 100 ms from /proc. Run on an otherwise idle machine.
 */
import { spawn, execFileSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cacheDirFor } from '../src/site-config.ts';
import { outputStateFiles, type OutputChanges } from '../src/build/output-staging.ts';
import path from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(1000);
const node = process.execPath;
const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench');

function treeRss(pid: number): number {
  // Sum RSS of pid and all its descendants.
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // process ended
    }
  }
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // ended
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

interface Run {
  seconds: number;
  peakMb: number;
  indexSeconds: number;
  output: string;
}

function build(contentDir: string, outDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Exactly what `npm run build` runs (its Node flags included).
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      env: { ...process.env, WARTA_CONTENT_DIR: contentDir, WARTA_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${output.slice(-3000)}`));
      const index = /Pagefind: [\d.]+ halaman diindeks dalam (\d+) ms/.exec(output);
      resolve({ seconds, peakMb: peak / 1024 / 1024, indexSeconds: index ? Number(index[1]) / 1000 : Number.NaN, output });
    });
  });
}

function dirMb(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir]).toString().split('\t')[0]) / 1024;
}

/** What the last build of a tree changed in its output (src/build/output-staging.ts writes it). */
function changesOf(contentDir: string): string {
  const report = JSON.parse(readFileSync(path.join(ROOT, outputStateFiles(cacheDirFor(contentDir)).report), 'utf8')) as OutputChanges;
  return `+${report.added.length}/~${report.changed.length}/-${report.removed.length}`;
}

/** A new article dated now, made from an existing one (same region, tags, awards). */
function publishOne(articlesDir: string, model: string): string {
  const now = new Date();
  const file = path.join(articlesDir, String(now.getUTCFullYear()), `bench-terbit-${now.getTime()}.mdx`);
  const text = readFileSync(model, 'utf8')
    .replace(/^title: .*$/m, `title: "Berita baru untuk uji terbit ${now.getTime()}"`)
    .replace(/^date: .*$/m, `date: "${now.toISOString()}"`);
  writeFileSync(file, `${text}\nKalimat khusus berita baru benchterbit${now.getTime()}.\n`);
  return file;
}

/**
 * Badge cards in a build log: how many `/kartu/*.png` routes were drawn and
 * the sum of their render times (Astro logs each as `├─ /kartu/x.png (+66ms)`;
 * routes render four at a time, so this is CPU spent, not wall time added).
 */
function cardsOf(output: string): string {
  const times = [...stripVTControlCharacters(output).matchAll(/\/kartu\/[^ ]+\.png \(\+(\d+)ms\)/g)].map((match) => Number(match[1]));
  return `${times.length} / ${(times.reduce((sum, ms) => sum + ms, 0) / 1000).toFixed(1)}`;
}

const rows: string[][] = [];
const header = ['articles', 'clean s', 'index s', 'cards n / s', 'peak RSS MB', 'publish s', 'edit s', 'publish files', 'edit files', 'dist MB', 'ms/article'];
for (const n of sizes) {
  const corpus = path.join(BENCH, `corpus-${n}`);
  const contentDir = path.relative(ROOT, path.join(corpus, 'content'));
  const marker = path.join(corpus, 'content', '.generated');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== readFileSync(path.join(ROOT, 'scripts/generate-corpus.ts'), 'utf8').length.toString()) {
    execFileSync(node, [path.join(ROOT, 'scripts/generate-corpus.ts'), String(n), corpus], { stdio: 'inherit' });
    writeFileSync(marker, readFileSync(path.join(ROOT, 'scripts/generate-corpus.ts'), 'utf8').length.toString());
  }
  const outDir = path.join(corpus, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(path.join(corpus, '.dist.warta-next'), { recursive: true, force: true });
  rmSync(path.join(ROOT, cacheDirFor(contentDir)), { recursive: true, force: true });
  console.error(`[bench] ${n}: clean build...`);
  const clean = await build(contentDir, outDir);
  const distMb = dirMb(outDir);

  const articlesDir = path.join(corpus, 'content', 'articles');
  const mdx = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx')).sort();
  console.error(`[bench] ${n}: publish one new article...`);
  const published = publishOne(articlesDir, path.join(articlesDir, mdx[mdx.length - 1]!));
  const publish = await build(contentDir, outDir);
  const publishFiles = changesOf(contentDir);

  // One sentence added to an old article's body.
  const old = path.join(articlesDir, mdx[Math.floor(mdx.length / 3)]!);
  const original = readFileSync(old, 'utf8');
  writeFileSync(old, `${original}\nSatu kalimat tambahan dari penyuntingan benchsunting${Date.now()}.\n`);
  console.error(`[bench] ${n}: edit one old article...`);
  const edit = await build(contentDir, outDir);
  const editFiles = changesOf(contentDir);
  writeFileSync(old, original);
  rmSync(published);
  // The builds' own logs, for looking into a figure.
  writeFileSync(path.join(corpus, 'clean-build.log'), clean.output);
  writeFileSync(path.join(corpus, 'publish.log'), publish.output);
  writeFileSync(path.join(corpus, 'edit.log'), edit.output);

  rows.push([
    String(n),
    clean.seconds.toFixed(1),
    clean.indexSeconds.toFixed(1),
    cardsOf(clean.output),
    clean.peakMb.toFixed(0),
    publish.seconds.toFixed(1),
    edit.seconds.toFixed(1),
    publishFiles,
    editFiles,
    distMb.toFixed(0),
    ((clean.seconds * 1000) / n).toFixed(2),
  ]);
}

const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padStart(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
