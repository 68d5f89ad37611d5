/**
 * Escaping for the text formats the atlas writes (CSV, GraphML, GEXF), shared by the server's
 * dataset exports and the explorer's canvas exports so both quote and escape alike.
 */

// XML 1.0 forbids most control characters, even escaped; they are dropped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

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

/** How a file's bytes were read. */
export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * A file's text, for the importer's two doors (`npm run import` and the import page): UTF-8 when its
 * bytes are valid UTF-8, else Windows-1252, which an older Excel ("CSV (Trennzeichen-getrennt)")
 * writes. Read as UTF-8, such a file turns "Günter" into "G�nter", and the broken name would be
 * stored as a new person. A BOM stays in the text (ignoreBOM): the parsers strip it.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): { content: string; encoding: TextEncoding } {
  try {
    return { content: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { content: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
