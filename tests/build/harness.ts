/**
 * Build-test harness: copies a fixture content tree, lets a test break it,
 * builds it with the real `astro build` into its own output directory, and
 * runs the newsroom check on the same tree.
 */
import { stripVTControlCharacters } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cacheDirFor } from '../../src/site-config.ts';
import { runContentCheck } from '../../src/content-tree/run-check.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { listFiles as listTreeFiles } from '../../src/utils/files.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_NOW = '2026-11-30T00:00:00Z';
const WORK = path.join(ROOT, '.tmp', 'build-tests');

export interface Tree {
  /** Content dir relative to the project root. */
  contentDir: string;
  /** Absolute content dir. */
  dir: string;
  outDir: string;
}

/** A fresh copy of `tests/fixtures/<fixture>/content` under `.tmp/`. */
export function copyFixture(fixture: string, name: string): Tree {
  const base = path.join(WORK, name);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  cpSync(path.join(ROOT, 'tests', 'fixtures', fixture, 'content'), path.join(base, 'content'), { recursive: true });
  return { contentDir: path.relative(ROOT, path.join(base, 'content')), dir: path.join(base, 'content'), outDir: path.join(base, 'dist') };
}

/** A copy of a tree's current content under another name (so another Astro cache). */
export function copyTree(tree: Tree, name: string): Tree {
  const base = path.join(WORK, name);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  cpSync(tree.dir, path.join(base, 'content'), { recursive: true });
  return { contentDir: path.relative(ROOT, path.join(base, 'content')), dir: path.join(base, 'content'), outDir: path.join(base, 'dist') };
}

/** Astro's cache directory for a tree, as astro.config.mjs names it. */
export function cacheDirOf(tree: Tree): string {
  return path.join(ROOT, cacheDirFor(tree.contentDir));
}

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Vitest puts Vite's own variables (BASE_URL=/, MODE=test, DEV=1, PROD=, SSR=1)
 * into process.env; a child `astro build` must not inherit them, or its
 * `import.meta.env.BASE_URL` ignores the configured base and DEV turns on.
 */
function parentEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return rest;
}

export interface RunningBuild {
  child: ChildProcess;
  /** Everything printed so far, colour codes removed. */
  output(): string;
  done: Promise<BuildResult>;
}

/** Starts the real `astro build` on a tree (with Pagefind and every integration). */
export function startBuild(tree: Tree, env: Record<string, string> = {}): RunningBuild {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...parentEnv(),
      WARTA_CONTENT_DIR: tree.contentDir,
      WARTA_OUT_DIR: tree.outDir,
      WARTA_NOW: FIXTURE_NOW,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // Astro colours its log when CI is set; tests read the text.
  const done = new Promise<BuildResult>((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) })));
  return { child, output: () => stripVTControlCharacters(output), done };
}

/** Resolves once a running build has printed `text`, or has ended. */
export function waitForOutput(build: RunningBuild, text: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (build.output().includes(text) || build.child.exitCode !== null) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
  });
}

export function buildTree(tree: Tree, env: Record<string, string> = {}): Promise<BuildResult> {
  return startBuild(tree, env).done;
}

/** Files that differ between two output directories (missing on either side included). */
export function differences(a: string, b: string): string[] {
  // The search index is compared by what it holds, not its bytes: a rebuild adds changed
  // pages to its "baru" part where a clean build has them in "arsip" (src/build/search-plan.ts).
  const filesA = listFiles(a).filter((file) => !file.startsWith('pagefind/'));
  const filesB = new Set(listFiles(b).filter((file) => !file.startsWith('pagefind/')));
  const out = filesA.filter((file) => !filesB.has(file)).map((file) => `only in the first: ${file}`);
  for (const file of filesB) if (!filesA.includes(file)) out.push(`only in the second: ${file}`);
  for (const file of filesA) {
    if (filesB.has(file) && !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) out.push(`differs: ${file}`);
  }
  const [searchA, searchB] = [searchablePages(a), searchablePages(b)];
  for (const url of new Set([...searchA.keys(), ...searchB.keys()])) {
    if (searchA.get(url) !== searchB.get(url)) out.push(`search index differs: ${url}`);
  }
  return out;
}

/**
 * URL → what the search page can find of it (text, filters, meta, sort, as
 * Pagefind stored them), over every part, hidden archived copies left out.
 */
export function searchablePages(outDir: string): Map<string, string> {
  const dir = path.join(outDir, 'pagefind');
  const pages = new Map<string, string>();
  if (!existsSync(path.join(dir, 'bagian.json'))) return pages;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'bagian.json'), 'utf8')) as { parts: { dir: string }[]; hidden: Record<string, Record<string, unknown>> };
  for (const part of manifest.parts) {
    const fragments = path.join(dir, part.dir, 'fragment');
    for (const file of readdirSync(fragments)) {
      if (file.replace(/\.pf_fragment$/, '') in (manifest.hidden[part.dir] ?? {})) continue;
      const text = gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
      if (pages.has(fragment.url)) throw new Error(`${fragment.url} is visible twice in the search index`);
      pages.set(fragment.url, text.slice(text.indexOf('{')));
    }
  }
  return pages;
}

/** Rewrites a file of a fixture tree; a change that changes nothing is a broken test. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  writeFileSync(full, after);
}

/** The newsroom check's lines for the same tree. */
export async function checkTree(tree: Tree): Promise<string[]> {
  const result = await runContentCheck(tree.contentDir, ROOT, new Date(FIXTURE_NOW));
  return result.problems.map(formatProblem);
}

/** Every file under a directory, relative paths; none when it is absent. */
export function listFiles(dir: string): string[] {
  return existsSync(dir) ? listTreeFiles(dir) : [];
}

/** Text files of a build, for "appears nowhere" assertions. */
export function readTextFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of listFiles(dir)) {
    if (/\.(html|xml|json|txt|svg|js|css)$/.test(file)) out.set(file, readFileSync(path.join(dir, file), 'utf8'));
  }
  return out;
}
