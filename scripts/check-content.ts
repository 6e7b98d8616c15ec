/**
 * `npm run check:content [-- <content-dir>]`: checks the whole content tree
 * against the contract and prints every problem, one line each. Exit code 1
 * when there is any problem.
 */
import { runContentCheck } from '../src/content-tree/run-check.ts';
import { formatProblem } from '../src/model/problem.ts';
import { decideBuildTime } from '../src/model/publish.ts';

const contentDir = process.argv[2] || process.env.WARTA_CONTENT_DIR || 'content';
const started = performance.now();
const result = await runContentCheck(contentDir, process.cwd(), decideBuildTime(process.env));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} masalah ditemukan pada ${result.articleCount} artikel (${seconds} dtk). Lihat content/README.md untuk cara memperbaikinya.`);
  process.exit(1);
}
console.log(`Konten lolos pemeriksaan: ${result.articleCount} artikel, ${result.regions.size} daerah, ${result.authors.size} penulis (${seconds} dtk).`);
