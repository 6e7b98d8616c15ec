/**
 * The official results tables (`content/results/<scheme>/<year>.csv`) read into award sources.
 * Only the table's shape is checked here; values go through `computeAwards` like any claim.
 */
import { describeValue, type ContentProblem } from '../problem.ts';
import { SLUG_PATTERN } from '../../schemas/slug.ts';
import type { AwardSource } from './engine.ts';

const TABLE_COLUMNS = ['region', 'score', 'grade', 'result', 'zone', 'decree'] as const;
type TableColumn = (typeof TABLE_COLUMNS)[number];
const TABLE_HEADER_RULE = 'kolom region,score[,grade] atau region,result (boleh ditambah zone, decree), dipisah koma';

/** `content/results/ombudsman/2024.csv` -> { scheme: 'ombudsman', year: 2024 }; null when the path is not a results table. */
export function parseResultsTablePath(file: string): { scheme: string; year: number } | null {
  const match = /(?:^|\/)results\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(\d{4})\.csv$/.exec(file.replace(/\\/g, '/'));
  return match ? { scheme: match[1]!, year: Number(match[2]) } : null;
}

/** Splits one CSV line (RFC 4180 quoting, `""` for a quote); null when a quote is left open. */
function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/**
 * Columns are named by the header, in any order; `#` lines are notes (e.g. the decree's
 * source). A decimal-comma score must be quoted (`"93,31"`).
 */
export function parseResultsTable(csvText: string, file: string, scheme: string, year: number): { sources: AwardSource[]; problems: ContentProblem[] } {
  const sources: AwardSource[] = [];
  const problems: ContentProblem[] = [];
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  let columns: TableColumn[] | undefined;
  let headerText = '';
  const regionLines = new Map<string, number>();

  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    const line = index + 1;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const cells = splitCsvLine(text);
    if (!cells) {
      problems.push({ file, line, field: 'baris', value: describeValue(text), expected: 'tanda kutip ditutup, mis. "93,31"' });
      continue;
    }
    if (!columns) {
      headerText = text.trim();
      columns = readHeader(cells, file, line, headerText, problems);
      if (!columns) return { sources, problems };
      continue;
    }
    if (cells.length !== columns.length) {
      const hint = columns.includes('score') ? '; skor berkoma ditulis dengan kutip ("93,31") atau dengan titik (93.31)' : '';
      problems.push({ file, line, field: 'baris', value: describeValue(text), expected: `${columns.length} kolom sesuai kepala tabel: ${headerText}${hint}` });
      continue;
    }
    const row = new Map<TableColumn, string>();
    columns.forEach((column, i) => {
      if (cells[i] !== '') row.set(column, cells[i]!);
    });
    const region = row.get('region') ?? '';
    if (!SLUG_PATTERN.test(region)) {
      problems.push({ file, line, field: 'region', value: describeValue(region), expected: 'id daerah: huruf kecil a-z, angka dan tanda hubung, mis. "musi-banyuasin"' });
      continue;
    }
    const earlier = regionLines.get(region);
    if (earlier !== undefined) {
      problems.push({ file, line, field: 'region', value: describeValue(region), expected: `satu baris per daerah; ${region} sudah ada di baris ${earlier}` });
      continue;
    }
    regionLines.set(region, line);
    if (!['score', 'grade', 'result', 'zone'].some((column) => row.has(column as TableColumn))) {
      const field = columns.includes('result') ? 'result' : 'score';
      problems.push({ file, line, field, value: describeValue(undefined), expected: `nilai ${field} untuk ${region}` });
      continue;
    }
    sources.push({
      scheme,
      year,
      region,
      score: row.get('score'),
      result: row.get('result'),
      zone: row.get('zone'),
      grade: row.get('grade'),
      decree: row.get('decree'),
      provenance: { kind: 'table', file, line },
    });
  }
  if (!columns) problems.push({ file, line: 1, field: 'kepala tabel', value: describeValue(''), expected: TABLE_HEADER_RULE });
  else if (sources.length === 0 && problems.length === 0) {
    problems.push({ file, field: 'baris', value: '(tabel kosong)', expected: 'paling sedikit satu baris hasil' });
  }
  return { sources, problems };
}

function readHeader(cells: string[], file: string, line: number, headerText: string, problems: ContentProblem[]): TableColumn[] | undefined {
  const names = cells.map((cell) => cell.toLowerCase());
  const unknown = names.filter((name) => !(TABLE_COLUMNS as readonly string[]).includes(name));
  const duplicate = names.filter((name, i) => names.indexOf(name) !== i);
  const fail = (extra: string) => {
    problems.push({ file, line, field: 'kepala tabel', value: describeValue(headerText), expected: `${TABLE_HEADER_RULE}${extra}` });
    return undefined;
  };
  if (unknown.length) return fail(`; kolom tidak dikenal: ${unknown.join(', ')}`);
  if (duplicate.length) return fail(`; kolom ganda: ${[...new Set(duplicate)].join(', ')}`);
  if (!names.includes('region')) return fail('; kolom region wajib');
  if (names.includes('score') && names.includes('result')) return fail('; score dan result tidak boleh bersamaan');
  if (!names.some((name) => name === 'score' || name === 'result' || name === 'zone' || name === 'grade')) return fail('; kolom score atau result wajib');
  return names as TableColumn[];
}

