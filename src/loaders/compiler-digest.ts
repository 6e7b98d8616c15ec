/**
 * The digest of everything that shapes a compiled article body besides the
 * article itself: the source of every module the MDX compiler imports,
 * transitively (src/mdx/ and whatever it uses in src/model/ and elsewhere),
 * and the installed version of every package those modules import, with
 * their own dependencies, as package-lock.json records them. Cached bodies are
 * keyed by it, so editing any such module or upgrading any such package
 * recompiles every article instead of serving stale HTML.
 *
 * Imports are read with a real lexer (es-module-lexer) after Node strips the
 * TypeScript types, so type-only imports, which cannot change the output,
 * are not followed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';

/** The compiler's entry modules: the compiler itself, and the pool and worker that run it. */
export const COMPILER_ENTRIES = ['src/mdx/compile-article.ts', 'src/mdx/compile-pool.ts', 'src/mdx/compile-worker.ts'];

export interface CompilerSources {
  /** Project-relative paths of every module in the graph, sorted. */
  modules: string[];
  /** Names of the packages the graph imports, sorted. */
  packages: string[];
}

/** Import specifiers of one module's source (TypeScript or JavaScript). */
export function readImports(source: string, file: string): string[] {
  const js = file.endsWith('.ts') ? withoutExperimentalWarning(() => stripTypeScriptTypes(source)) : source;
  const [imports] = parse(js, file);
  // `n` is undefined for a dynamic import of a computed specifier, which no compiler module uses.
  return imports.map((entry) => entry.n).filter((name): name is string => name !== undefined);
}

/** Node announces `stripTypeScriptTypes` as experimental on every build otherwise. */
function withoutExperimentalWarning<T>(run: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'ExperimentalWarning' || (warning instanceof Error && warning.name === 'ExperimentalWarning')) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return run();
  } finally {
    process.emitWarning = emit;
  }
}

const BUILTINS = new Set(builtinModules);

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`; null for Node built-ins. */
function packageName(specifier: string): string | null {
  if (specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]!)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Walks the import graph from the entries; relative imports are followed inside the project. */
export async function collectCompilerSources(projectRoot: string, entries: string[] = COMPILER_ENTRIES): Promise<CompilerSources> {
  await init;
  const root = path.resolve(projectRoot); // no trailing separator
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = entries.map((entry) => path.resolve(root, entry));
  while (pending.length > 0) {
    const absolute = pending.pop()!;
    const file = path.relative(root, absolute).split(path.sep).join('/');
    if (modules.has(file)) continue;
    modules.add(file);
    for (const specifier of readImports(readFileSync(absolute, 'utf8'), file)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = path.resolve(path.dirname(absolute), specifier);
        if (!target.startsWith(root + path.sep)) throw new Error(`${file}: import ${specifier} leaves the project`);
        pending.push(target);
      } else {
        const name = packageName(specifier);
        if (name) packages.add(name);
      }
    }
  }
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Where Node would find `name` from the package installed at `from` (`''` = the project). */
function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/**
 * The installed versions of `names` and of everything they depend on, as
 * `path@version integrity` lines. Without a lockfile, package.json stands in.
 */
export function describeInstalledPackages(root: string, names: string[]): string[] {
  const lockFile = path.join(root, 'package-lock.json');
  if (!existsSync(lockFile)) return [readFileSync(path.join(root, 'package.json'), 'utf8')];
  const packages = (JSON.parse(readFileSync(lockFile, 'utf8')) as { packages?: Record<string, LockEntry> }).packages ?? {};
  const seen = new Set<string>();
  const pending: [string, string][] = names.map((name) => ['', name]);
  const lines: string[] = [];
  while (pending.length > 0) {
    const [from, name] = pending.pop()!;
    const at = resolveInLock(packages, from, name);
    if (!at) {
      if (from === '') lines.push(`${name} (not installed)`);
      continue; // an optional or peer dependency that is not installed
    }
    if (seen.has(at)) continue;
    seen.add(at);
    const entry = packages[at]!;
    lines.push(`${at}@${entry.version ?? '?'} ${entry.integrity ?? entry.resolved ?? ''}`);
    for (const deps of [entry.dependencies, entry.optionalDependencies, entry.peerDependencies]) {
      for (const dependency of Object.keys(deps ?? {})) pending.push([at, dependency]);
    }
  }
  return lines.sort();
}

/** The compiler digest: module sources and installed package versions. */
export async function computeCompilerDigest(root: string, entries: string[] = COMPILER_ENTRIES): Promise<string> {
  const { modules, packages } = await collectCompilerSources(root, entries);
  const hash = createHash('sha256');
  for (const file of modules) hash.update(`${file}\n${readFileSync(path.join(root, file), 'utf8')}\n`);
  for (const line of describeInstalledPackages(root, packages)) hash.update(`${line}\n`);
  return hash.digest('hex');
}
