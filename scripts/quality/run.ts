// Runs the static quality gates over a built site and prints `page: problem`
// lines; exits 1 when any gate finds a problem.
//   node scripts/quality/run.ts [dir] [--gate validity|links|budgets|security]
// dir defaults to WARTA_OUT_DIR or dist; WARTA_SITE and WARTA_BASE as for the build.
// Accessibility (axe, light and dark) and the CSP in a real browser run in
// tests/e2e/quality.spec.ts; Lighthouse in scripts/lighthouse.ts.
import { formatProblems, type Problem } from './dist.ts';
import { runGates, GATE_NAMES, type GateName } from './gates.ts';

const args = process.argv.slice(2);
const gateIndex = args.indexOf('--gate');
const only = gateIndex === -1 ? undefined : (args[gateIndex + 1] as GateName);
if (only && !GATE_NAMES.includes(only)) {
  console.error(`Unknown gate ${only}; one of ${GATE_NAMES.join(', ')}`);
  process.exit(2);
}
const dir = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--gate') ?? process.env.WARTA_OUT_DIR ?? 'dist';

const started = performance.now();
let results: { gate: GateName; problems: Problem[]; ms: number }[];
try {
  results = await runGates(dir, {}, only ? [only] : undefined);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
let total = 0;
for (const { gate, problems, ms } of results) {
  total += problems.length;
  const status = problems.length ? `${problems.length} problem(s)` : 'ok';
  console.log(`\n[${gate}] ${status} (${(ms / 1000).toFixed(1)} s)`);
  if (problems.length) console.log(formatProblems(problems));
}
console.log(`\nQuality gates over ${dir}: ${total ? `${total} problem(s)` : 'all passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(total ? 1 : 0);
