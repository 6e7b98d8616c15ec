/**
 * Compiles bodies on worker threads when there are enough of them (src/utils/worker-pool.ts):
 * compiling is nearly all of a clean build's content loading, and bodies are independent.
 * The outcome is the same either way, in the order given.
 */
import writeFileAtomic from 'write-file-atomic';
import { decideThreads, runWorker } from '../utils/worker-pool.ts';
import { compileArticleBody, type BodyInfo, type BodyProblem } from './compile-article.ts';

export interface CompileJob {
  body: string;
  /** Lines before the body in its file, so problems name file lines. */
  bodyLineOffset: number;
  /** Where the compiled HTML goes (written only when the body has no problems). */
  outFile: string;
}

export interface CompileOutcome {
  info: BodyInfo;
  problems: BodyProblem[];
}

/** What workers and the calling thread both run. */
export function compileAndWrite(job: CompileJob): CompileOutcome {
  const result = compileArticleBody(job.body, job.bodyLineOffset);
  // Under a temporary name, then renamed: a killed build never leaves half a body in the cache.
  if (result.problems.length === 0) writeFileAtomic.sync(job.outFile, result.html, { fsync: false });
  return { info: result.info, problems: result.problems };
}

export async function compileBodies(jobs: CompileJob[], workers?: number): Promise<CompileOutcome[]> {
  const threads = decideThreads(jobs.length, workers);
  if (threads < 2) return jobs.map(compileAndWrite);
  // Interleaved slices even out year folders that differ in body length.
  const slices = Array.from({ length: threads }, (_, t) => jobs.filter((_, i) => i % threads === t));
  const worker = new URL('./compile-worker.ts', import.meta.url);
  const results = await Promise.all(slices.map((slice) => runWorker<CompileOutcome[]>(worker, { jobs: slice }, 'article compile worker')));
  return jobs.map((_, i) => results[i % threads]![Math.floor(i / threads)]!);
}
