/**
 * `npm run bench -- 1000 5000 10000`: for each size, generates a synthetic
 * corpus (scripts/generate-corpus.ts), builds it from clean (Pagefind
 * included) and prints a table: articles, build s, index s, peak RSS MB, dist
 * MB, ms per article; then a rebuild after one article changes.
 * Peak RSS is the largest resident size of the build's process tree, sampled
 * every 100 ms from /proc. Run on an otherwise idle machine.
 */
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cacheDirFor } from '../src/site-config.ts';
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

const rows: string[][] = [];
const header = ['articles', 'build s', 'index s', 'peak RSS MB', 'dist MB', 'ms/article', 'rebuild s', 'rebuild/clean'];
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
  rmSync(path.join(ROOT, cacheDirFor(contentDir)), { recursive: true, force: true });
  console.error(`[bench] ${n}: clean build...`);
  const clean = await build(contentDir, outDir);
  const distMb = dirMb(outDir);

  // Change one article's body and build again on the warm cache.
  const articlesDir = path.join(corpus, 'content', 'articles');
  const first = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('.mdx'))!;
  const file = path.join(articlesDir, first);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nParagraf tambahan untuk uji bangun ulang ${Date.now()}.\n`);
  console.error(`[bench] ${n}: rebuild after one edit...`);
  const rebuild = await build(contentDir, outDir);
  writeFileSync(file, original);
  // The builds' own logs, for looking into a figure.
  writeFileSync(path.join(corpus, 'clean-build.log'), clean.output);
  writeFileSync(path.join(corpus, 'rebuild.log'), rebuild.output);

  rows.push([
    String(n),
    clean.seconds.toFixed(1),
    clean.indexSeconds.toFixed(1),
    clean.peakMb.toFixed(0),
    distMb.toFixed(0),
    ((clean.seconds * 1000) / n).toFixed(2),
    rebuild.seconds.toFixed(1),
    (rebuild.seconds / clean.seconds).toFixed(2),
  ]);
  void statSync;
}

const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padStart(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
