/**
 * One build at a time per cache directory and per output directory: two
 * builds (or a build and a dev server) writing one cache or one output would
 * corrupt both. A lock is a file created exclusively, holding its process id;
 * it is removed when the process exits, and a lock whose process is gone (a
 * build killed with SIGKILL, a crashed machine) is taken over at once.
 * (proper-lockfile judges staleness by age alone, so a crashed build blocked
 * the next one for its whole stale period, and its exit hook did not run under
 * Astro's CLI.)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Set by `npm run build` for its `astro build` child, and by a process once it holds its locks. */
const LOCKS_HELD_ENV = 'WARTA_BUILD_LOCKS_HELD';

class BuildLockedError extends Error {
  override name = 'BuildLockedError';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock `lockFile`; throws a clear error when a running process holds it. Returns the release function. */
export function takeLock(lockFile: string, what: string): () => void {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      const release = () => {
        if (holderOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(lockFile);
      if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
        throw new BuildLockedError(
          `${what} sedang dipakai proses lain (proses ${holder}, build atau dev server; kunci ${lockFile}). ` +
            'Tunggu sampai selesai, atau hentikan proses itu lalu jalankan lagi.',
        );
      }
      // Left by a process that is gone (or half written): take it over.
      rmSync(lockFile, { force: true, recursive: true });
    }
  }
  throw new BuildLockedError(`${what}: kunci ${lockFile} tidak dapat diambil`);
}

/** The lock file beside an output directory. */
function outputLockFile(liveOutDir: string): string {
  return path.join(path.dirname(liveOutDir), `.${path.basename(liveOutDir)}.warta-lock`);
}

/** Locks a build's cache directory and its output directory, once per process tree. */
export function lockBuild(cacheDir: string, liveOutDir: string): void {
  if (process.env[LOCKS_HELD_ENV] === '1') return;
  const releaseCache = takeLock(path.join(cacheDir, 'build.lock'), `Cache ${cacheDir}`);
  try {
    takeLock(outputLockFile(liveOutDir), `Direktori keluaran ${liveOutDir}`);
  } catch (error) {
    releaseCache();
    throw error;
  }
  process.env[LOCKS_HELD_ENV] = '1';
}
