// Lighthouse (mobile emulation, the npm `lighthouse` package, the system
// Chromium) on five representative pages of a built site, served as a host
// would serve it (scripts/serve-dist.mjs, with `_headers`). Prints a markdown
// table and, for every lost point, the audits that cost it; writes each JSON
// report to .tmp/lighthouse/. Builds nothing: run `npx astro build` first.
// Not part of CI: scores depend on the machine.
//   npm run lighthouse [-- --dir dist] [-- --page /cari/?q=zona+hijau]
// CHROME_PATH (default /usr/bin/chromium), WARTA_OUT_DIR, WARTA_BASE as usual.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const dir = option('dir') ?? process.env.WARTA_OUT_DIR ?? 'dist';
const base = `/${(process.env.WARTA_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const outDir = path.resolve('.tmp/lighthouse');

export const LIGHTHOUSE_PAGES = [
  { name: 'Beranda', path: '' },
  { name: 'Artikel', path: 'berita/muba-raih-zona-hijau-ombudsman-2024/' },
  { name: 'Daerah', path: 'daerah/musi-banyuasin/' },
  { name: 'Peringkat', path: 'penghargaan/ombudsman/2023/' },
  { name: 'Cari', path: 'cari/?q=zona+hijau' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface AuditRef {
  id: string;
  weight: number;
}
interface Category {
  title: string;
  score: number | null;
  auditRefs: AuditRef[];
}
interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Result {
  finalDisplayedUrl: string;
  categories: Record<string, Category>;
  audits: Record<string, Audit>;
  runWarnings: string[];
  environment: { benchmarkIndex: number };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve-dist.mjs', '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
    child.stdout!.once('data', () => resolve());
  });
  return child;
}

/** What each failing audit costs, in points of the category's 0-100 score. */
function lostPoints(result: Result, key: string): { id: string; title: string; points: number; detail: string }[] {
  const category = result.categories[key]!;
  const total = category.auditRefs.reduce((sum, ref) => sum + ref.weight, 0);
  return category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => {
      const audit = result.audits[ref.id]!;
      const score = audit.score ?? 1;
      return { id: ref.id, title: audit.title, points: (ref.weight * (1 - score) * 100) / total, detail: audit.displayValue ?? '' };
    })
    .filter((loss) => loss.points > 0.05)
    .sort((a, b) => b.points - a.points);
}

const score = (category: Category | undefined) => (category?.score === null || category?.score === undefined ? '–' : String(Math.round(category.score * 100)));

async function main(): Promise<void> {
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npx astro build\` first.`);
  if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}: set CHROME_PATH.`);
  mkdirSync(outDir, { recursive: true });
  const only = option('page');
  const pages = only ? [{ name: only, path: only.replace(/^\//, '') }] : LIGHTHOUSE_PAGES;
  const port = await freePort();
  const server = await startServer(port);
  const rows: string[] = [];
  const losses: string[] = [];
  const benchmarks: number[] = [];
  try {
    for (const page of pages) {
      const url = `http://127.0.0.1:${port}${base}${page.path}`;
      const started = performance.now();
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
      let result: Result;
      try {
        const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
        result = runner.lhr as unknown as Result;
        const file = path.join(outDir, `${(page.path || 'beranda').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.json`);
        writeFileSync(file, typeof runner.report === 'string' ? runner.report : JSON.stringify(runner.lhr));
      } finally {
        chrome.kill();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      rows.push(`| ${page.name} | \`/${page.path}\` | ${CATEGORIES.map((key) => score(result.categories[key])).join(' | ')} |`);
      console.error(`${page.name}: ${CATEGORIES.map((key) => `${key} ${score(result.categories[key])}`).join(', ')} (${seconds} s)`);
      benchmarks.push(Math.round(result.environment.benchmarkIndex));
      for (const warning of result.runWarnings) losses.push(`- ${page.name}: warning: ${warning}`);
      for (const key of CATEGORIES) {
        for (const loss of lostPoints(result, key)) {
          losses.push(`- ${page.name} / ${result.categories[key]!.title}: −${loss.points.toFixed(1)} \`${loss.id}\` ${loss.title}${loss.detail ? ` (${loss.detail})` : ''}`);
        }
      }
    }
  } finally {
    server.kill();
  }
  console.log('| Page | URL | Performance | Accessibility | Best Practices | SEO |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(losses.length ? `\nLost points:\n${losses.join('\n')}` : '\nNo lost points.');
  // A busy machine runs slower and Lighthouse's simulated 4x CPU slowdown
  // multiplies that into Total Blocking Time; a desktop CPU at rest scores ~1500-2500.
  console.log(`\nChrome benchmarkIndex per page: ${benchmarks.join(', ')} (lower means a busier or slower machine; TBT inflates with it)`);
  console.log(`Reports: ${path.relative(process.cwd(), outDir)}/`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
