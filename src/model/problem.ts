/**
 * A content problem: what the newsroom's check and the build report for bad
 * input. One line each, naming the file, the field, the value found and what
 * was expected, in Indonesian for the journalists who fix them.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/articles/2024/muba.mdx`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** The field, e.g. `author`, `awards[0].score`, `body`. */
  field: string;
  /** The value found, as written (already shortened for display). */
  value: string;
  /** What was expected, in Indonesian. */
  expected: string;
  /** Other files involved (e.g. a disagreeing article or results table). */
  related?: string[] | undefined;
}

/** Shortens and quotes a found value for a one-line message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(kosong)';
  if (value === null) return 'null';
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value instanceof Date) text = value.toISOString();
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `content/articles/x.mdx:4 author: ditemukan "budi"; diharapkan: ...` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const also = problem.related?.length ? ` (juga: ${problem.related.join(', ')})` : '';
  return `${where} ${problem.field}: ditemukan ${problem.value}; diharapkan: ${problem.expected}${also}`;
}

/** Stable order: by file, then line, then field. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}
