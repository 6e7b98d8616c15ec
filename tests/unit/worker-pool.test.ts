import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_JOBS, decideThreads, runWorker } from '../../src/utils/worker-pool.ts';

const echo = new URL('../fixtures/workers/echo-worker.mjs', import.meta.url);

describe('decideThreads', () => {
  it('keeps small batches and one-core machines on the calling thread', () => {
    expect(decideThreads(PARALLEL_MIN_JOBS - 1, undefined, 8)).toBe(0);
    expect(decideThreads(10_000, undefined, 1)).toBe(0);
  });

  it('uses one thread per core, at most four', () => {
    expect(decideThreads(PARALLEL_MIN_JOBS, undefined, 2)).toBe(2);
    expect(decideThreads(10_000, undefined, 16)).toBe(4);
  });

  it('follows an explicit request, never more threads than jobs', () => {
    expect(decideThreads(5, 3, 1)).toBe(3);
    expect(decideThreads(2, 4, 8)).toBe(2);
    expect(decideThreads(100, 0, 8)).toBe(0);
  });
});

describe('runWorker', () => {
  it("resolves with the worker's one message", async () => {
    await expect(runWorker<number[]>(echo, { numbers: [1, 2, 3] }, 'echo worker')).resolves.toEqual([2, 4, 6]);
  });

  it('rejects, naming the worker, when it exits without reporting', async () => {
    await expect(runWorker(echo, { silent: true }, 'echo worker')).rejects.toThrow('echo worker stopped (exit code 3) before reporting');
  });
});
