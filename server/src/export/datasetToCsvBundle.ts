import { KINDS, REL_TYPES, type Dataset } from '@atlas/schema';
import { KIND_FILES, LINK_FIELDS, NODE_FIELDS } from '../import/recordFields.ts';
import { toCsv } from './csvWrite.ts';
import { columnsOf, sortDataset } from './sortDataset.ts';

export interface ExportFile {
  name: string;
  content: string;
  mimeType: string;
}

/**
 * The CSV bundle: people.csv, institutions.csv, … (an id column and the fields) and one file a
 * relationship type (affiliated_with.csv: from, to and its properties), each only when it has rows.
 * `npm run import` reads the folder back.
 */
export function datasetToCsvBundle(dataset: Dataset): ExportFile[] {
  const { nodes, links } = sortDataset(dataset);
  const files: ExportFile[] = [];
  for (const kind of KINDS) {
    const records = nodes.filter((node) => node.kind === kind).map(({ kind: _kind, ...rest }) => rest as Record<string, unknown>);
    if (!records.length) continue;
    const columns = columnsOf(records, ['id', ...Object.keys(NODE_FIELDS[kind])]);
    files.push({ name: `${KIND_FILES[kind]}.csv`, content: toCsv(columns, records), mimeType: 'text/csv' });
  }
  for (const type of REL_TYPES) {
    const records = links.filter((link) => link.type === type).map(({ type: _type, ...rest }) => rest as Record<string, unknown>);
    if (!records.length) continue;
    const columns = columnsOf(records, ['from', 'to', ...Object.keys(LINK_FIELDS)]);
    files.push({ name: `${type.toLowerCase()}.csv`, content: toCsv(columns, records), mimeType: 'text/csv' });
  }
  return files;
}
