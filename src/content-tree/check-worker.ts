/**
 * Worker thread of the content check (run-check.ts): reads a slice of the
 * article files, splits front matter from body and analyzes each body, exactly
 * as the main thread does for small trees.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { parseArticleSource, type ArticleFileRef, type ArticleSource } from './read-tree.ts';
import { checkArticleBody, type BodyCheckInfo } from '../mdx/compile-article.ts';
import type { ContentProblem } from '../model/problem.ts';

export interface WorkerResult {
  articles: { source: ArticleSource; body: BodyCheckInfo }[];
  /** Problems reading or splitting files (front matter, YAML). */
  readProblems: ContentProblem[];
  /** Problems in the bodies (MDX, components). */
  bodyProblems: ContentProblem[];
}

if (parentPort) {
  const { files } = workerData as { files: ArticleFileRef[] };
  const result: WorkerResult = { articles: [], readProblems: [], bodyProblems: [] };
  for (const ref of files) {
    const parsed = parseArticleSource(readFileSync(ref.absolute, 'utf8'), ref.file, ref.absolute);
    result.readProblems.push(...parsed.problems);
    if (!parsed.source) continue;
    const analyzed = checkArticleBody(parsed.source.body, parsed.source.bodyLineOffset);
    result.bodyProblems.push(...analyzed.problems.map((problem) => ({ file: ref.file, ...problem })));
    result.articles.push({ source: parsed.source, body: analyzed.info });
  }
  parentPort.postMessage(result);
}
