/**
 * The static quality gates by name, so the CLI (run.ts) and the end-to-end
 * suite (tests/e2e/quality.spec.ts) run the same set.
 */
import type { GateOptions, Problem } from './dist.ts';
import { checkHtmlValidity } from './html-validity.ts';
import { checkLinks } from './links.ts';
import { checkBudgets } from './budgets.ts';
import { checkSecurity } from './security.ts';

export const GATE_NAMES = ['validity', 'links', 'budgets', 'security'] as const;
export type GateName = (typeof GATE_NAMES)[number];

export const GATES: Record<GateName, (dir: string, options?: GateOptions) => Problem[] | Promise<Problem[]>> = {
  validity: checkHtmlValidity,
  links: checkLinks,
  budgets: checkBudgets,
  security: checkSecurity,
};

/** Runs the gates (all by default; the validator's JVM runs while the others work). */
export async function runGates(
  dir: string,
  options: GateOptions = {},
  names: readonly GateName[] = GATE_NAMES,
): Promise<{ gate: GateName; problems: Problem[]; ms: number }[]> {
  return Promise.all(
    names.map(async (gate) => {
      const started = performance.now();
      const problems = await GATES[gate](dir, options);
      return { gate, problems, ms: performance.now() - started };
    }),
  );
}
