import path from 'node:path';
import { KINDS, REL_TYPES, type Kind, type RelType } from '@atlas/schema';
import { CsvSyntaxError, columnKey, parseCsv, type CsvTable } from '../csvTable.ts';
import type { ImportFile } from '../importTypes.ts';
import type { RecordCollector } from '../RecordCollector.ts';
import { KIND_FILES, LINK_FIELDS, NODE_FIELDS } from '../recordFields.ts';
import { linkSchema, nodeSchemas, toLinkRecord, toNodeRecord, zodReasons } from '../recordSchemas.ts';

type Target = { kind: Kind } | { type: RelType };

const fileStem = (name: string) => path.basename(name).toLowerCase().replace(/\.(csv|tsv|txt)$/, '');

/** What a bundle file holds, from its name: people.csv (or person.csv) -> Person, affiliated_with.csv -> AFFILIATED_WITH. */
export function bundleTarget(name: string): Target | null {
  const stem = fileStem(name);
  const kind = KINDS.find((k) => KIND_FILES[k] === stem || k.toLowerCase() === stem);
  if (kind) return { kind };
  const type = REL_TYPES.find((t) => t.toLowerCase() === stem.replace(/-/g, '_'));
  return type ? { type } : null;
}

const BUNDLE_NAMES = [...KINDS.map((k) => `${KIND_FILES[k]}.csv`), ...REL_TYPES.map((t) => `${t.toLowerCase()}.csv`)].join(', ');

/** Reads one file of the CSV bundle: one row a record, list cells separated by ";". */
export function readCsvBundle(collector: RecordCollector, file: ImportFile): void {
  const target = bundleTarget(file.name);
  if (!target) {
    collector.fileError(file.name, `cannot tell what ${path.basename(file.name)} holds: name the files of a CSV bundle ${BUNDLE_NAMES}`);
    return;
  }
  const counted = 'kind' in target ? target.kind : target.type;
  let table: CsvTable;
  try {
    table = parseCsv(file.content);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    collector.rowError({ file: file.name, line: error.line, kind: counted }, null, error.message);
    return;
  }
  const fields = 'kind' in target ? NODE_FIELDS[target.kind] : LINK_FIELDS;
  const keys = 'kind' in target ? ['id', 'source', ...Object.keys(fields)] : ['from', 'to', 'source', ...Object.keys(fields)];
  const byColumn = new Map(keys.map((key) => [columnKey(key), key]));
  const columns = table.header.map((name) => byColumn.get(columnKey(name)));
  for (const needed of 'kind' in target ? ['id'] : ['from', 'to']) {
    if (!columns.includes(needed)) {
      collector.fileError(file.name, `has no "${needed}" column (its header is: ${table.header.join(', ') || 'empty'}): add it as the first line`, counted);
      return;
    }
  }
  table.header.forEach((name, index) => {
    if (!columns[index] && columnKey(name) !== 'kind' && columnKey(name) !== 'type' && name) {
      collector.warn({ file: file.name, line: table.headerLine, kind: counted }, name, `is not a column of ${path.basename(file.name)} (${keys.join(', ')}): ignored`);
    }
  });

  const source = `csv:${path.basename(file.name)}`;
  for (const row of table.rows) {
    const origin = { file: file.name, line: row.line, kind: counted };
    collector.row(origin, 'strict', (scope) => {
      if (row.cells.slice(table.header.length).some((cell) => cell.trim())) {
        scope.error(null, `has ${row.cells.length} cells but the header has ${table.header.length}: quote values that contain the separator "${table.separator}"`);
        return;
      }
      const raw: Record<string, unknown> = {};
      columns.forEach((key, index) => {
        if (key) raw[key] = row.cells[index];
      });
      const parsed = 'kind' in target ? nodeSchemas[target.kind].safeParse(raw) : linkSchema.safeParse(raw);
      if (!parsed.success) {
        for (const { field, reason } of zodReasons(parsed.error)) scope.error(field, reason);
        return;
      }
      if ('kind' in target) scope.node(toNodeRecord(target.kind, parsed.data, source));
      else scope.link(toLinkRecord(target.type, parsed.data, source));
    });
  }
}
