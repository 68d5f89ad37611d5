/** One CSV cell: lists joined with "; " (the bundle's list separator), quoted when it must be. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A comma-separated file with a header line and CRLF line ends (what spreadsheets expect). */
export function toCsv(columns: readonly string[], records: ReadonlyArray<Record<string, unknown>>): string {
  const lines = [columns.map(csvCell).join(','), ...records.map((record) => columns.map((column) => csvCell(record[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
