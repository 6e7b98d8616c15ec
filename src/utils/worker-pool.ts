/**
 * Spreading independent per-article work over threads (src/mdx/compile-pool.ts,
 * src/content-tree/run-check.ts), shared so both decide thread counts alike.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

/** Below this many jobs, starting threads costs more than it saves. */
export const PARALLEL_MIN_JOBS = 600;
/** More threads than this gain little and multiply memory. */
const MAX_THREADS = 4;

/** 0 means "on the calling thread". */
export function decideThreads(jobs: number, requested?: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, jobs));
  if (jobs < PARALLEL_MIN_JOBS || cores < 2) return 0;
  return Math.min(cores, MAX_THREADS);
}

/** Rejects when the worker exits without posting its one message, so a crash is never a silent empty result. */
export function runWorker<Result>(script: URL, workerData: unknown, name: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    let result: { value: Result } | undefined;
    worker.once('message', (message: Result) => (result = { value: message }));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result.value);
      else reject(new Error(`${name} stopped (exit code ${code}) before reporting`));
    });
  });
}
