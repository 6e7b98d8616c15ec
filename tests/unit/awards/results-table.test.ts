import { describe, expect, it } from 'vitest';
import { computeAwards } from '../../../src/model/awards/engine.ts';
import { parseResultsTable, parseResultsTablePath } from '../../../src/model/awards/results-table.ts';
import { formatProblem, type ContentProblem } from '../../../src/model/problem.ts';
import { SCHEMES as schemes } from './fixtures.ts';

function onlyProblem(problems: ContentProblem[]): ContentProblem {
  expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
  return problems[0]!;
}

describe('parseResultsTable', () => {
  const file = 'content/results/ombudsman/2024.csv';

  it('reads rows with line numbers, skipping comments and blank lines', () => {
    const csv = '\uFEFF# Sumber: keputusan\nregion,score,grade\r\n\r\nmusi-banyuasin,93.31,A\n# catatan\nkota-tual,"79,31",\n';
    const { sources, problems } = parseResultsTable(csv, file, 'ombudsman', 2024);
    expect(problems).toEqual([]);
    expect(sources).toEqual([
      { scheme: 'ombudsman', year: 2024, region: 'musi-banyuasin', score: '93.31', result: undefined, zone: undefined, grade: 'A', decree: undefined, provenance: { kind: 'table', file, line: 4 } },
      { scheme: 'ombudsman', year: 2024, region: 'kota-tual', score: '79,31', result: undefined, zone: undefined, grade: undefined, decree: undefined, provenance: { kind: 'table', file, line: 6 } },
    ]);
  });

  it('reads category tables', () => {
    const { sources, problems } = parseResultsTable('region,result\nmusi-banyuasin,WDP\n', 'content/results/bpk-opini/2021.csv', 'bpk-opini', 2021);
    expect(problems).toEqual([]);
    expect(sources[0]).toMatchObject({ region: 'musi-banyuasin', result: 'WDP' });
  });

  it.each([
    ['region,nilai', 'kolom tidak dikenal: nilai'],
    ['daerah,score', 'kolom tidak dikenal: daerah'],
    ['score,grade', 'kolom region wajib'],
    ['region,score,result', 'score dan result tidak boleh bersamaan'],
    ['region,score,score', 'kolom ganda: score'],
  ])('rejects header %s', (header, message) => {
    const problem = onlyProblem(parseResultsTable(`${header}\nmusi-banyuasin,93.31\n`, file, 'ombudsman', 2024).problems);
    expect(problem).toMatchObject({ file, line: 1, field: 'kepala tabel' });
    expect(problem.expected).toContain(message);
  });

  it('flags an unquoted decimal comma with its line', () => {
    const problem = onlyProblem(parseResultsTable('region,score\nlahat,80.58\nmusi-banyuasin,93,31\n', file, 'ombudsman', 2024).problems);
    expect(problem).toMatchObject({ file, line: 3, field: 'baris' });
    expect(problem.expected).toContain('"93,31"');
  });

  it('flags bad region ids, duplicates and empty values', () => {
    const { sources, problems } = parseResultsTable('region,score\nMusi Banyuasin,93.31\nlahat,80.58\nlahat,80.58\nbelu,\n', file, 'ombudsman', 2024);
    expect(sources).toHaveLength(1);
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [2, 'region'],
      [4, 'region'],
      [5, 'score'],
    ]);
    expect(problems[1]!.expected).toContain('baris 3');
  });

  it('flags an empty table and an open quote', () => {
    expect(onlyProblem(parseResultsTable('# kosong\n', file, 'ombudsman', 2024).problems)).toMatchObject({ field: 'kepala tabel' });
    expect(onlyProblem(parseResultsTable('region,score\n', file, 'ombudsman', 2024).problems).value).toBe('(tabel kosong)');
    expect(onlyProblem(parseResultsTable('region,score\nlahat,"80,58\n', file, 'ombudsman', 2024).problems)).toMatchObject({ line: 2, field: 'baris' });
  });

  it('leaves value checks to computeAwards, which names the table line', () => {
    const { sources } = parseResultsTable('region,score,grade\nlahat,80.58,A\n', file, 'ombudsman', 2024);
    const problem = onlyProblem(computeAwards(schemes, sources).problems);
    expect(problem).toMatchObject({ file, line: 2, field: 'grade', value: '"A"', expected: expect.stringMatching(/^B: skor 80\.58/) });
  });

  it('reads the scheme and year from the path', () => {
    expect(parseResultsTablePath('content/results/ombudsman/2024.csv')).toEqual({ scheme: 'ombudsman', year: 2024 });
    expect(parseResultsTablePath('/abs/content/results/bpk-opini/2021.csv')).toEqual({ scheme: 'bpk-opini', year: 2021 });
    expect(parseResultsTablePath('content/results/ombudsman/2024-revisi.csv')).toBeNull();
  });
});
