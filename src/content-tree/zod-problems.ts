import { z } from 'zod';
import { describeValue, type ContentProblem } from '../model/problem.ts';
import { findFieldLine } from './read-tree.ts';

// Default messages in Indonesian; our schemas override the ones journalists meet most.
z.config(z.locales.id());

/** `['awards', 0, 'score']` -> `awards[0].score` */
export function formatFieldPath(fieldPath: PropertyKey[]): string {
  return fieldPath.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

function valueAt(data: unknown, fieldPath: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of fieldPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * Turns a zod error into one problem per issue, with the line of the field.
 * `lineOffset` is the number of lines before the YAML (1 for front matter).
 */
export function zodProblems(
  error: z.ZodError,
  options: { file: string; data: unknown; yaml: string; lineOffset?: number; knownKeys?: string[] },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of error.issues) {
    const fieldPath = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...fieldPath, key];
        const line = findFieldLine(options.yaml, keyPath);
        problems.push({
          file: options.file,
          line: line ? line + (options.lineOffset ?? 0) : undefined,
          field: formatFieldPath(keyPath),
          value: describeValue(valueAt(options.data, keyPath)),
          expected: fieldPath.length === 0 && options.knownKeys
            ? `field yang dikenal: ${options.knownKeys.join(', ')} (periksa ejaan)`
            : 'field yang dikenal (periksa ejaan)',
        });
      }
      continue;
    }
    const line = findFieldLine(options.yaml, fieldPath);
    const value = valueAt(options.data, fieldPath);
    problems.push({
      file: options.file,
      line: line ? line + (options.lineOffset ?? 0) : undefined,
      field: formatFieldPath(fieldPath) || '(berkas)',
      value: value === undefined && issue.code === 'invalid_type' ? '(tidak diisi)' : describeValue(value),
      expected: issue.message,
    });
  }
  return problems;
}
