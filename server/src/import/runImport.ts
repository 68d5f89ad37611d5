import { DISPLAY_PROPERTY, KINDS, REL_TYPES, type Kind, type NodeRecord } from '@atlas/schema';
import { lookupExisting } from '../db/importLookup.ts';
import type { Db } from '../db/tx.ts';
import { writeDataset, type WriteSummary } from '../db/writeDataset.ts';
import type { ImportFile, ImportFormat, ImportIssue } from './importTypes.ts';
import { parseImport } from './parseImport.ts';
import { lookupRequest, resolveImport, type Merge } from './resolveImport.ts';

export interface ImportOptions {
  /** Read every file as this format; guessed per file when absent. */
  format?: ImportFormat;
  /** Count what would change, then roll back. */
  dryRun?: boolean;
  /** Import the good rows when some are bad (the bad ones are reported); otherwise nothing is written. */
  skipInvalid?: boolean;
  /** Delete every entity first (a restore with --replace): nothing existing is looked up or merged into. */
  replaceAll?: boolean;
  /** Progress on large imports: rows read (total unknown), then records written of all. */
  onProgress?: (phase: 'reading' | 'writing', done: number, total: number | null) => void;
  /** The write transaction's timeout; the long dataset timeout (writeDataset) when absent. The CLI passes ATLAS_TX_TIMEOUT_MS's. */
  timeoutMs?: number;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
}

export interface KindSummary extends Counts {
  /** A kind (Person, …) or a relationship type (AFFILIATED_WITH, …). */
  kind: string;
}

export interface ImportSummary {
  files: Array<{ name: string; format: ImportFormat | null }>;
  dryRun: boolean;
  /** True when the import was written (not a dry run, and no bad row blocked it). */
  written: boolean;
  /** True when bad rows stop the import (there are errors and skipInvalid is off). */
  blocked: boolean;
  /** Rows read (CSV rows, JSON records, OpenAlex works). */
  rows: number;
  /** Rows that repeated an earlier row and were dropped. */
  duplicates: number;
  byKind: KindSummary[];
  totals: Counts;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  merges: Merge[];
  /** The first ENTITIES_LISTED entities the import holds after merges (created, updated or unchanged), in file order: what came in. */
  entities: Array<{ id: string; kind: Kind; name: string }>;
  seconds: number;
}

/** Enough to link to what came in; a whole CORDIS programme would make the summary huge. */
export const ENTITIES_LISTED = 500;
const ORDER: string[] = [...KINDS, ...REL_TYPES];

/** A record as a link to it: id, kind and display name (papers and sessions have titles). */
const entityOf = (node: NodeRecord) => ({ id: node.id, kind: node.kind, name: String((node as unknown as Record<string, unknown>)[DISPLAY_PROPERTY[node.kind]] ?? node.id) });
const emptyRequest = () => ({ ids: [], orcids: [], dois: [], rors: [], themeNames: [], institutionNames: [] });
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0 });

/** Rejected rows by kind: a row counts once however many of its fields are wrong. */
function rejectedByKind(initial: Map<string, Set<string>>, errors: ImportIssue[]): Map<string, number> {
  const rows = new Map([...initial].map(([kind, set]) => [kind, new Set(set)]));
  for (const error of errors) {
    const set = rows.get(error.kind) ?? new Set<string>();
    set.add(`${error.file}:${error.line ?? `#${set.size}`}`);
    rows.set(error.kind, set);
  }
  return new Map([...rows].map(([kind, set]) => [kind, set.size]));
}

function tally(write: WriteSummary | null, merges: Merge[], rejected: Map<string, number>): KindSummary[] {
  const byKind = new Map<string, Counts>();
  const get = (kind: string) => byKind.get(kind) ?? byKind.set(kind, zero()).get(kind)!;
  for (const [kind, counts] of Object.entries(write?.byKind ?? {})) Object.assign(get(kind), counts);
  for (const merge of merges) get(merge.kind).merged += 1;
  for (const [kind, count] of rejected) if (count) get(kind).rejected += count;
  return [...byKind]
    .map(([kind, counts]) => ({ kind, ...counts }))
    .sort((a, b) => (ORDER.indexOf(a.kind) + 1 || 99) - (ORDER.indexOf(b.kind) + 1 || 99) || a.kind.localeCompare(b.kind));
}

/**
 * One import, whichever door it came through (CLI, GraphQL): read and check every row, consult the
 * database for ids and merges, then write everything in one transaction, or nothing when a row is
 * bad (unless skipInvalid), or only count it (dryRun).
 */
export async function runImport(db: Db, files: readonly ImportFile[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const { parsed, formats } = parseImport(files, options.format, (rows) => options.onProgress?.('reading', rows, null));
  const lookup = await lookupExisting(db, options.replaceAll ? emptyRequest() : lookupRequest(parsed));
  const resolved = resolveImport(parsed, lookup);
  const errors = [...parsed.errors, ...resolved.errors];
  const blocked = errors.length > 0 && !options.skipInvalid;
  // A blocked import still previews in a dry run: what the good rows would change.
  const write =
    blocked && !options.dryRun
      ? null
      : await writeDataset(db, resolved.dataset, {
          known: resolved.known,
          dryRun: options.dryRun ?? false,
          replaceAll: options.replaceAll ?? false,
          onProgress: (done, total) => options.onProgress?.('writing', done, total),
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        });
  const byKind = tally(write, resolved.merges, rejectedByKind(parsed.rejectedRows, resolved.errors));
  const totals = byKind.reduce((sum, row) => {
    for (const key of Object.keys(sum) as Array<keyof Counts>) sum[key] += row[key];
    return sum;
  }, zero());
  return {
    files: files.map((file) => ({ name: file.name, format: formats.get(file.name) ?? null })),
    dryRun: options.dryRun ?? false,
    written: Boolean(write) && !options.dryRun,
    blocked,
    rows: [...parsed.rows.values()].reduce((sum, n) => sum + n, 0),
    duplicates: parsed.duplicates,
    byKind,
    totals,
    errors,
    warnings: parsed.warnings,
    merges: resolved.merges,
    entities: resolved.dataset.nodes.slice(0, ENTITIES_LISTED).map(entityOf),
    seconds: (performance.now() - started) / 1000,
  };
}
