/**
 * The whole newsroom check as one call: read the tree, analyze every body,
 * check every rule. Used by `npm run check:content` and by tests; the build's
 * loader runs the same steps with per-entry caching.
 *
 * Large trees are read and their bodies analyzed on worker threads (one per
 * core, up to 4): parsing MDX is nearly all of the cost, and each file is
 * independent. The rules themselves run once, on the main thread, over the
 * whole tree, so the result is the same however the work was split.
 */
import { decideThreads, runWorker } from '../utils/worker-pool.ts';
import { readContentTree, readArticleFiles, type ArticleFileRef, type ArticleReader, type ArticleSource } from './read-tree.ts';
import { checkContentTree, type CheckResult } from './check.ts';
import { checkArticleBody, type BodyCheckInfo } from '../mdx/compile-article.ts';
import { sortProblems, type ContentProblem } from '../model/problem.ts';
import type { WorkerResult } from './check-worker.ts';

export interface RunCheckOptions {
  /** Worker threads for reading and body analysis; 0 = on the main thread. Default: one per core (max 4) for large trees. */
  workers?: number | undefined;
}

export async function runContentCheck(
  contentDir: string,
  root: string,
  now: Date,
  options: RunCheckOptions = {},
): Promise<CheckResult & { articleCount: number }> {
  const bodies = new Map<string, BodyCheckInfo>();
  const problems: ContentProblem[] = [];

  const readAndAnalyze: ArticleReader = async (files) => {
    const workers = decideThreads(files.length, options.workers);
    if (workers === 0) {
      const read = await readArticleFiles(files);
      for (const source of read.articles) {
        const analyzed = checkArticleBody(source.body, source.bodyLineOffset);
        problems.push(...analyzed.problems.map((problem) => ({ file: source.file, ...problem })));
        bodies.set(source.file, analyzed.info);
      }
      return read;
    }
    // Contiguous slices keep the tree's file order when the results are joined.
    const size = Math.ceil(files.length / workers);
    const slices = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((slice) => slice.length > 0);
    const worker = new URL('./check-worker.ts', import.meta.url);
    const results = await Promise.all(slices.map((slice) => runWorker<WorkerResult>(worker, { files: slice }, 'content check worker')));
    const articles: ArticleSource[] = [];
    const readProblems: ContentProblem[] = [];
    for (const result of results) {
      readProblems.push(...result.readProblems);
      problems.push(...result.bodyProblems);
      for (const entry of result.articles) {
        articles.push(entry.source);
        bodies.set(entry.source.file, entry.body);
      }
    }
    return { articles, problems: readProblems };
  };

  const tree = await readContentTree(contentDir, root, { readArticles: readAndAnalyze });
  const result = checkContentTree(tree, { now, bodies });
  return { ...result, problems: sortProblems([...problems, ...result.problems]), articleCount: tree.articles.length };
}
