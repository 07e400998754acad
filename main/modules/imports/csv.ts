// CSV reading for imports: papaparse does the parsing (quotes, embedded newlines, BOM); this
// file adds what an import needs on top: an exact header check, a fixed field count per row,
// and the physical line number of any row, so every error names file, line and field.
import fs from 'node:fs';
import Papa from 'papaparse';
import { BadInputError, type InputProblem } from '../../contract/errors';
import { readUtf8Text } from './files';

export interface CsvTable {
  file: string;
  header: string[];
  /** data rows (header excluded), each exactly header.length fields */
  rows: string[][];
  /** 1-based physical line where data row `i` starts */
  lineOf(i: number): number;
  /** index of a column by name */
  col(name: string): number;
}

function lineCounter(text: string) {
  let newlines: Int32Array | null = null;
  return (offset: number): number => {
    if (!newlines) {
      const found: number[] = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) found.push(i);
      newlines = Int32Array.from(found);
    }
    // number of newlines strictly before offset, plus one
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** A CSV file's text: UTF-8 only, and every line ending (CRLF, LF, CR, even mixed in one file) as "\n". */
export function readText(path: string, displayName: string): string {
  const text = readUtf8Text(path, displayName, 'save it as UTF-8 CSV');
  // papaparse guesses one line ending from the file's start, so a file whose first lines end in
  // CRLF and the rest in LF parsed as one huge row; and unix2dos puts CRLF inside quoted text too,
  // which made re-imported reviews "change". Every line ending is "\n" from here on; the number
  // of "\n" is unchanged, so physical line numbers stay right.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Parses a CSV file whose header must contain `required` columns. Problems (bad quoting, a
 * missing or renamed column, a row with the wrong number of fields) are thrown together as one
 * BadInputError before anything is written.
 */
export function readCsv(path: string, displayName: string, required: readonly string[]): CsvTable {
  const text = readText(path, displayName);
  const lineAt = lineCounter(text);
  const rows: string[][] = [];
  const ends: number[] = [];
  const problems: InputProblem[] = [];
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: false,
    step: (r) => {
      rows.push(r.data);
      ends.push(r.meta.cursor);
      for (const e of r.errors) {
        if (problems.length < 20) {
          const at = typeof e.index === 'number' ? e.index : ends.length > 1 ? ends[ends.length - 2] : 0;
          problems.push({ file: displayName, line: lineAt(at), message: `broken CSV quoting: ${e.message.toLowerCase()}` });
        }
      }
    },
  });
  if (problems.length) throw new BadInputError(problems);
  // a trailing newline yields one empty row
  while (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') {
    rows.pop();
    ends.pop();
  }
  if (rows.length === 0) throw new BadInputError([{ file: displayName, line: 1, message: 'is empty: expected a header line' }]);
  const header = rows.shift()!.map((h) => h.trim());
  // two columns of one name: which one is meant cannot be known, and reading either is a guess
  const seen = new Map<string, number>();
  const twice: InputProblem[] = [];
  header.forEach((h, i) => {
    const first = seen.get(h);
    if (first === undefined) seen.set(h, i);
    else if (h !== '') twice.push({ file: displayName, line: 1, field: h, message: `appears twice in the header (columns ${first + 1} and ${i + 1})` });
  });
  if (twice.length) throw new BadInputError(twice);
  const startOf = (i: number) => ends[i]; // data row i starts where header/previous row ended
  const lineOf = (i: number) => lineAt(startOf(i) < text.length && text[startOf(i)] === '\n' ? startOf(i) + 1 : startOf(i)) ;
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) {
    const unknown = header.filter((h) => !required.includes(h));
    throw new BadInputError(
      missing.map((m) => ({
        file: displayName,
        line: 1,
        field: m,
        message: `required column is missing${unknown.length ? ` (the header has ${unknown.map((u) => `"${u}"`).join(', ')} instead; was it renamed?)` : ''}`,
      })),
    );
  }
  for (let i = 0; i < rows.length && problems.length < 20; i++) {
    if (rows[i].length !== header.length) {
      if (rows[i].length === 1 && rows[i][0] === '') {
        problems.push({ file: displayName, line: lineOf(i), message: 'blank line inside the data' });
      } else {
        problems.push({ file: displayName, line: lineOf(i), message: `has ${rows[i].length} fields, the header has ${header.length}` });
      }
    }
  }
  if (problems.length) throw new BadInputError(problems);
  const index = new Map(header.map((h, i) => [h, i]));
  return {
    file: displayName,
    header,
    rows,
    lineOf,
    col: (name) => {
      const i = index.get(name);
      if (i === undefined) throw new Error(`no column ${name}`);
      return i;
    },
  };
}

/** Reads only the header line, for recognising what kind of file a user dropped. */
export function peekHeader(path: string): string[] | null {
  try {
    const fd = fs.openSync(path, 'r');
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    fs.closeSync(fd);
    let text = buf.subarray(0, n).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const firstLine = text.split(/\r?\n/)[0];
    return Papa.parse<string[]>(firstLine, { delimiter: ',' }).data[0]?.map((h) => h.trim()) ?? null;
  } catch {
    return null;
  }
}
