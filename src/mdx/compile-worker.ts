/** Worker thread of compile-pool.ts: compiles its slice of bodies, writes their HTML, reports info and problems. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileAndWrite, type CompileJob } from './compile-pool.ts';

if (parentPort) {
  const { jobs } = workerData as { jobs: CompileJob[] };
  parentPort.postMessage(jobs.map(compileAndWrite));
}
