/**
 * The whole newsroom check as one call: read the tree, analyze every body,
 * check every rule. Used by `npm run check:content` and by tests; the build's
 * loader runs the same steps with per-entry caching.
 */
import { readContentTree } from './read-tree.ts';
import { checkContentTree, type CheckResult } from './check.ts';
import { analyzeArticleBody, type BodyInfo } from '../mdx/compile-article.ts';
import { sortProblems, type ContentProblem } from '../model/problem.ts';

export async function runContentCheck(contentDir: string, root: string, now: Date): Promise<CheckResult & { articleCount: number }> {
  const tree = await readContentTree(contentDir, root);
  const bodies = new Map<string, BodyInfo>();
  const problems: ContentProblem[] = [];
  for (const source of tree.articles) {
    const analyzed = analyzeArticleBody(source.body, source.bodyLineOffset);
    problems.push(...analyzed.problems.map((problem) => ({ file: source.file, ...problem })));
    bodies.set(source.file, analyzed.info);
  }
  const result = checkContentTree(tree, { now, bodies });
  return { ...result, problems: sortProblems([...problems, ...result.problems]), articleCount: tree.articles.length };
}
