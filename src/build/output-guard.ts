/**
 * Whether a build may write its output into a directory (pure). A build
 * replaces everything in its output directory, so it only ever takes a
 * directory that is absent, empty, or marked by an earlier build of this
 * project, and never one that holds the project, its content or its cache:
 * `WARTA_OUT_DIR=content` or `WARTA_OUT_DIR=.` must fail, touching nothing.
 */
import path from 'node:path';

/** Written into every output directory; its presence means "a Warta Prestasi build made this". */
export const OUTPUT_MARKER = '.warta-output';
export const OUTPUT_MARKER_TEXT = 'Warta Prestasi build output: every build replaces this directory.\n';

/** Entries a marked or empty directory may hold that the build keeps as they are. */
export const KEPT_ENTRIES: readonly string[] = ['.git'];

export interface OutputCandidate {
  /** Absolute path, symlinks resolved. */
  dir: string;
  /** Undefined when nothing exists there yet. */
  kind: 'directory' | 'other' | undefined;
  /** Top-level entry names. */
  entries: readonly string[];
}

/**
 * Directories the output must neither be nor contain, by their names for the
 * message; `holdsOutput` says whether the output may sit inside one (the
 * project root may hold `dist/`; content, cache and sources may not).
 */
export type ProtectedDirs = Record<string, { dir: string; holdsOutput: boolean }>;

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Why the build must not write into `candidate`, or undefined when it may. */
export function decideOutputRefusal(candidate: OutputCandidate, protectedDirs: ProtectedDirs): string | undefined {
  for (const [name, { dir, holdsOutput }] of Object.entries(protectedDirs)) {
    if (isInside(dir, candidate.dir)) return `${candidate.dir} berisi ${name} (${dir}); build akan menghapusnya`;
    if (!holdsOutput && isInside(candidate.dir, dir)) return `${candidate.dir} ada di dalam ${name} (${dir})`;
  }
  if (candidate.kind === 'other') return `${candidate.dir} bukan direktori`;
  if (candidate.kind === undefined) return undefined;
  const foreign = candidate.entries.filter((entry) => !KEPT_ENTRIES.includes(entry));
  if (foreign.length === 0 || candidate.entries.includes(OUTPUT_MARKER)) return undefined;
  const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
  return `${candidate.dir} tidak kosong (${shown}) dan tidak ditulis oleh build Warta Prestasi (tidak ada berkas ${OUTPUT_MARKER})`;
}
