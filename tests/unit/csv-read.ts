/**
 * A strict RFC 4180 reader for tests (independent of the writer in
 * src/model/open-data.ts): CRLF record ends only, quoted fields with doubled
 * quotes, a bare quote or a lone CR/LF outside quotes is an error.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (!fieldStart) throw new Error(`bare quote at ${i}`);
      quoted = true;
      fieldStart = false;
      i += 1;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      fieldStart = true;
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`LF without CR at ${i}`);
    } else {
      field += ch;
      fieldStart = false;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}
