/**
 * When a build may start its staging directory as a copy of the live output
 * instead of an empty directory, and what it must then delete. Starting from
 * the previous output lets an incremental build keep every unchanged page
 * (Astro skips a page whose file is already there) instead of copying every
 * page back from its cache. It is only safe when the live directory holds
 * exactly what this content tree's last successful build swapped in, which the
 * stamp records: the directory's identity (inode and birth time, so a
 * directory replaced by anyone else, or by a build of another tree, never
 * matches). Pure.
 */

export interface OutputStamp {
  /** Absolute output directory. */
  outDir: string;
  ino: number;
  /** 0 where the file system does not record birth times: never reused then. */
  birthtimeMs: number;
}

export function canReuseOutput(stamp: OutputStamp | undefined, current: OutputStamp | undefined): boolean {
  if (!stamp || !current) return false;
  if (!(current.birthtimeMs > 0)) return false;
  return stamp.outDir === current.outDir && stamp.ino === current.ino && stamp.birthtimeMs === current.birthtimeMs;
}

/**
 * Files (relative, `/`-separated) left over from the previous build: neither
 * written by this one (`keep`) nor inside a directory another step rewrites
 * itself (`ownedDirs`, e.g. `pagefind/`).
 */
export function decideStaleFiles(files: readonly string[], keep: ReadonlySet<string>, ownedDirs: readonly string[]): string[] {
  const prefixes = ownedDirs.map((dir) => dir.replace(/\/?$/, '/'));
  return files.filter((file) => !keep.has(file) && !prefixes.some((prefix) => file.startsWith(prefix)));
}
