import { KINDS, REL_TYPES, type Dataset, type LinkRecord, type NodeRecord } from '@atlas/schema';
import { LINK_FIELDS, NODE_FIELDS } from '../import/recordFields.ts';

/**
 * A dataset in a stable order (nodes by kind then id, links by type, from, to) with each record's
 * keys in a readable order (kind, id, the model's fields, any others, source), so exports diff well.
 */
export function sortDataset(dataset: Dataset): Dataset {
  const nodes = [...dataset.nodes]
    .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.id.localeCompare(b.id))
    .map((node) => ordered(node, ['kind', 'id', ...Object.keys(NODE_FIELDS[node.kind])]) as unknown as NodeRecord);
  const links = [...dataset.links]
    .sort((a, b) => REL_TYPES.indexOf(a.type) - REL_TYPES.indexOf(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map((link) => ordered(link, ['type', 'from', 'to', ...Object.keys(LINK_FIELDS)]) as unknown as LinkRecord);
  return { nodes, links };
}

function ordered(record: object, first: string[]): Record<string, unknown> {
  const entries = Object.entries(record as Record<string, unknown>).filter(([, value]) => value !== undefined && value !== null);
  const rank = (key: string) => (key === 'source' ? first.length + 1 : first.includes(key) ? first.indexOf(key) : first.length);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

/** Every property name the records use, in the order of `first` and then alphabetically. */
export function columnsOf(records: ReadonlyArray<object>, first: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...first.filter((key) => seen.has(key)), ...[...seen].filter((key) => !first.includes(key) && key !== 'source').sort(), ...(seen.has('source') ? ['source'] : [])];
}
