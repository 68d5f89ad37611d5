import type { Dataset, Kind } from '@atlas/schema';
import type { Db } from './tx.ts';
import { writeDataset, type WriteCounts, type WriteOptions, type WriteSummary } from './writeDataset.ts';

/**
 * Records one transaction may hold. Neo4j keeps a transaction's changes in memory (at most 70 % of
 * the heap, 1 GB by default) and ends it after 60 s; ~10,000 records with long texts fit both well.
 */
export const RECORDS_PER_TRANSACTION = 10_000;

export interface ImportWriteSummary extends WriteSummary {
  /** 1 for most imports: all or nothing. More for large ones, written in parts. */
  transactions: number;
}

function add(into: WriteSummary, part: WriteSummary): void {
  for (const key of ['created', 'updated', 'unchanged', 'relationshipsCreated', 'relationshipsUpdated', 'relationshipsUnchanged'] as const) into[key] += part[key];
  for (const [kind, counts] of Object.entries(part.byKind)) {
    const total: WriteCounts = (into.byKind[kind] ??= { created: 0, updated: 0, unchanged: 0 });
    total.created += counts.created;
    total.updated += counts.updated;
    total.unchanged += counts.unchanged;
  }
}

/**
 * Writes an import with writeDataset: in ONE transaction when it fits (all or nothing), else in
 * parts of RECORDS_PER_TRANSACTION, nodes before links. Every row was checked before, so a part
 * fails only when the database does; then earlier parts stay written, and running the import again
 * (idempotent) completes it.
 */
export async function writeImport(db: Db, dataset: Dataset, options: WriteOptions = {}, perTransaction = RECORDS_PER_TRANSACTION): Promise<ImportWriteSummary> {
  const total = dataset.nodes.length + dataset.links.length;
  if (total <= perTransaction) return { ...(await writeDataset(db, dataset, options)), transactions: 1 };
  const known = new Map<string, Kind>(options.known ?? []);
  for (const node of dataset.nodes) known.set(node.id, node.kind);
  const parts: Dataset[] = [];
  for (let i = 0; i < dataset.nodes.length; i += perTransaction) parts.push({ nodes: dataset.nodes.slice(i, i + perTransaction), links: [] });
  for (let i = 0; i < dataset.links.length; i += perTransaction) parts.push({ nodes: [], links: dataset.links.slice(i, i + perTransaction) });

  const summary: ImportWriteSummary = { created: 0, updated: 0, unchanged: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsUnchanged: 0, byKind: {}, transactions: 0 };
  let done = 0;
  for (const [index, part] of parts.entries()) {
    const before = done;
    const replaceAll = Boolean(options.replaceAll) && index === 0;
    const written = await writeDataset(db, part, { ...options, known, replaceAll, onProgress: (n) => options.onProgress?.(before + n, total) });
    done += part.nodes.length + part.links.length;
    add(summary, written);
    summary.transactions += 1;
  }
  return summary;
}
