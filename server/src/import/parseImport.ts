import path from 'node:path';
import { parseCsv } from './csvTable.ts';
import { readContacts, looksLikeContacts } from './formats/readContacts.ts';
import { cordisFileKind, readCordis } from './formats/readCordis.ts';
import { bundleTarget, readCsvBundle } from './formats/readCsvBundle.ts';
import { looksLikeOpenAlex, readOpenAlex } from './formats/readOpenAlex.ts';
import { isProjectJson, parseJsonFile, readProjectJson } from './formats/readProjectJson.ts';
import { IMPORT_FORMATS, type ImportFile, type ImportFormat, type ParsedImport } from './importTypes.ts';
import { RecordCollector } from './RecordCollector.ts';

const looksLikeJson = (file: ImportFile) => /\.json$/i.test(file.name) || /^\uFEFF?\s*[[{]/.test(file.content.slice(0, 100));

/** The header of a CSV file, read from its first line only (files can be large). */
function csvHeader(content: string): string[] {
  const firstLine = content.replace(/^\uFEFF?\s*/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  try {
    return parseCsv(`${firstLine}\n`).header;
  } catch {
    return [];
  }
}

/** Guesses a file's format from its name and its first line (or its JSON shape); null when it cannot tell. */
export function guessFormat(file: ImportFile, json?: unknown): ImportFormat | null {
  if (json !== undefined) {
    if (isProjectJson(json)) return 'json';
    if (looksLikeOpenAlex(json)) return 'openalex';
    return null;
  }
  const header = csvHeader(file.content);
  if (cordisFileKind(header, file.name)) return 'cordis';
  if (bundleTarget(file.name)) return 'csv';
  if (looksLikeContacts(header)) return 'contacts';
  return null;
}

export interface ParseResult {
  parsed: ParsedImport;
  /** The format each file was read as. */
  formats: Map<string, ImportFormat>;
}

/**
 * Reads every file into records, checking every row, without touching the database. Files may be
 * of different formats (each guessed unless `format` is given); they are read as one import, so
 * a row in one file may refer to an id in another.
 */
export function parseImport(files: readonly ImportFile[], format?: ImportFormat, onRows?: (rows: number) => void): ParseResult {
  const collector = new RecordCollector(onRows);
  const formats = new Map<string, ImportFormat>();
  if (format && !IMPORT_FORMATS.includes(format)) throw new Error(`Unknown format "${String(format)}": use one of ${IMPORT_FORMATS.join(', ')}.`);
  for (const file of files) {
    const isJson = format ? format === 'json' || format === 'openalex' : looksLikeJson(file);
    const json = isJson ? parseJsonFile(collector, file) : undefined;
    if (isJson && json === undefined) continue;
    const chosen = format ?? guessFormat(file, json);
    if (!chosen) {
      collector.fileError(
        file.name,
        file.content.trim() === ''
          ? `${path.basename(file.name)} is empty: there is nothing in it to import`
          : `cannot tell the format of ${path.basename(file.name)}: name CSV bundle files people.csv, affiliated_with.csv, …, ` +
              `or choose its format (Format on the import page, --format ${IMPORT_FORMATS.join('|')} on the command line)`,
      );
      continue;
    }
    formats.set(file.name, chosen);
    if (chosen === 'csv') readCsvBundle(collector, file);
    else if (chosen === 'contacts') readContacts(collector, file);
    else if (chosen === 'cordis') readCordis(collector, file);
    else if (chosen === 'json') readProjectJson(collector, file, json);
    else readOpenAlex(collector, file, json);
  }
  return { parsed: collector.result(), formats };
}
