/**
 * When a build may write over the previous build's output instead of starting
 * from an empty directory, and what it must then delete. Reusing the output
 * lets an incremental build keep every unchanged page where it is (Astro skips
 * a page whose file is already there), instead of deleting ~35,000 files and
 * copying 10,000 back. It is only safe when the directory holds exactly what
 * this content tree's last successful build wrote, which the stamp records:
 * the directory's identity (inode and birth time, so a directory deleted and
 * recreated by anyone else never matches) at the end of that build. Pure.
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
