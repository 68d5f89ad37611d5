import { createHash } from 'node:crypto';
import { DISPLAY_PROPERTY, ENTITY_LABEL, KINDS, REL_ENDPOINTS, type Dataset, type Kind, type LinkRecord, type NodeRecord, type RelType } from '@atlas/schema';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { DatabaseBusyError, TooLargeError } from './errors.ts';
import { THEME_LINK_TYPES } from './graphNode.ts';
import { refreshDerived, type Touched } from './derived.ts';
import type { Db } from './tx.ts';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteSummary extends WriteCounts {
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsUnchanged: number;
  /** The same counts by kind (Person, …) and relationship type (AFFILIATED_WITH, …). */
  byKind: Record<string, WriteCounts>;
}

export interface WriteOptions {
  /** Kinds of nodes already in the database that links may point at without being in the dataset. */
  known?: ReadonlyMap<string, Kind>;
  /** Do all the work, count it, then roll back: an exact preview of what the write would change. */
  dryRun?: boolean;
  /** Delete every entity first, in the same transaction (a restore that replaces the graph). */
  replaceAll?: boolean;
  /** Called after each batch with the records written so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /** The transaction's timeout (default WRITE_DATASET_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * A dataset write is one transaction however big (all or nothing), so it gets far longer than a
 * request's default: its size bounds it, and imports are for editors only.
 */
export const WRITE_DATASET_TIMEOUT_MS = 30 * 60_000;

/** Thrown inside a dry run's transaction so the driver rolls it back; carries the counts out. */
class DryRunRollback extends Error {
  constructor(readonly summary: WriteSummary) {
    super('dry run: rolled back');
  }
}

const BATCH = 5_000;

/** A stable fingerprint of a record's properties, so a re-import can tell "unchanged" from "updated". */
export function fingerprint(props: Record<string, unknown>): string {
  const sorted = Object.keys(props)
    .sort()
    .map((key) => [key, props[key]]);
  return createHash('sha1').update(JSON.stringify(sorted)).digest('base64url');
}

function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

/** JS numbers travel to Neo4j as floats; whole numbers (years, positions) are stored as integers. */
function forNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

function nodeProps(record: NodeRecord): Record<string, unknown> {
  const { kind: _kind, ...props } = record;
  return defined(props);
}

function linkProps(link: LinkRecord): Record<string, unknown> {
  const { type: _type, from: _from, to: _to, ...props } = link;
  return defined(props);
}

// Properties are replaced only when their fingerprint changed, so loading twice changes nothing,
// updatedAt included. Labels are literal (from KINDS), values are parameters.
const nodeCypher = (kind: Kind) => /* cypher */ `
  UNWIND $rows AS row
  MERGE (n:${kind} {id: row.props.id})
  ON CREATE SET n:${ENTITY_LABEL}
  WITH n, row, n.fingerprint IS NULL AS created, coalesce(n.fingerprint <> row.fingerprint, true) AS changed
  CALL (n, row, changed) {
    WITH n, row WHERE changed
    SET n = row.props, n.fingerprint = row.fingerprint, n.updatedAt = datetime()
  }
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
         sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
         sum(CASE WHEN changed THEN 0 ELSE 1 END) AS unchanged`;

const linkCypher = (type: RelType, from: Kind, to: Kind) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:${from} {id: row.from})
  MATCH (b:${to} {id: row.to})
  MERGE (a)-[r:${type}]->(b)
  WITH r, row, r.fingerprint IS NULL AS created, coalesce(r.fingerprint <> row.fingerprint, true) AS changed
  CALL (r, row, changed) {
    WITH r, row WHERE changed
    SET r = row.props, r.fingerprint = row.fingerprint, r.updatedAt = datetime()
  }
  RETURN count(*) AS matched,
         sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
         sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
         sum(CASE WHEN changed THEN 0 ELSE 1 END) AS unchanged`;

async function runBatches(tx: ManagedTransaction, cypher: string, rows: unknown[], progress: (rows: number) => void) {
  const totals = { matched: 0, created: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const record = (await tx.run(cypher, { rows: batch })).records[0];
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) {
      if (record?.has(key)) totals[key] += Number(record.get(key));
    }
    progress(batch.length);
  }
  return totals;
}

export class DatasetError extends Error {}

/** Checks a dataset hangs together before anything is written: ids unique, links valid for the model. */
export function checkDataset(dataset: Dataset, known: ReadonlyMap<string, Kind> = new Map()): Map<string, Kind> {
  const kindById = new Map<string, Kind>();
  for (const node of dataset.nodes) {
    if (!KINDS.includes(node.kind)) throw new DatasetError(`Unknown kind "${String(node.kind)}" for id "${node.id}"`);
    if (!node.id) throw new DatasetError(`A ${node.kind} has no id`);
    const display = (node as unknown as Record<string, unknown>)[DISPLAY_PROPERTY[node.kind]];
    if (typeof display !== 'string' || !display.trim()) throw new DatasetError(`${node.kind} "${node.id}" has no ${DISPLAY_PROPERTY[node.kind]}`);
    if (kindById.has(node.id)) throw new DatasetError(`The id "${node.id}" is used twice`);
    kindById.set(node.id, node.kind);
  }
  for (const link of dataset.links) {
    const from = kindById.get(link.from) ?? known.get(link.from);
    const to = kindById.get(link.to) ?? known.get(link.to);
    if (!from || !to) throw new DatasetError(`${link.type} ${link.from} -> ${link.to}: unknown id "${!from ? link.from : link.to}"`);
    if (!REL_ENDPOINTS[link.type]?.some(([f, t]) => f === from && t === to)) {
      throw new DatasetError(`${link.type} cannot join a ${from} to a ${to} (${link.from} -> ${link.to})`);
    }
  }
  return kindById;
}

/**
 * Writes a dataset in ONE transaction of UNWIND batches, MERGEing on ids: all of it or nothing,
 * and writing the same dataset twice changes nothing.
 */
export async function writeDataset(db: Db, dataset: Dataset, options: WriteOptions = {}): Promise<WriteSummary> {
  const checked = checkDataset(dataset, options.known);
  const kindById = new Map([...(options.known ?? []), ...checked]);
  const nodesByKind = new Map<Kind, unknown[]>();
  for (const node of dataset.nodes) {
    const props = nodeProps(node);
    const rows = nodesByKind.get(node.kind) ?? [];
    rows.push({ props: forNeo4j(props), fingerprint: fingerprint(props) });
    nodesByKind.set(node.kind, rows);
  }
  const linksByShape = new Map<string, unknown[]>();
  for (const link of dataset.links) {
    const key = `${link.type}|${kindById.get(link.from)}|${kindById.get(link.to)}`;
    const props = linkProps(link);
    const rows = linksByShape.get(key) ?? [];
    rows.push({ from: link.from, to: link.to, props: forNeo4j(props), fingerprint: fingerprint(props) });
    linksByShape.set(key, rows);
  }
  const total = dataset.nodes.length + dataset.links.length;
  const work = async (tx: ManagedTransaction) => {
    const summary: WriteSummary = {
      created: 0, updated: 0, unchanged: 0, relationshipsCreated: 0, relationshipsUpdated: 0, relationshipsUnchanged: 0, byKind: {},
    };
    let done = 0;
    const progress = (rows: number) => options.onProgress?.((done += rows), total);
    // Say "started" before the first batch, so rows per second count from the write's start.
    progress(0);
    if (options.replaceAll) await tx.run(`MATCH (n:${ENTITY_LABEL}) DETACH DELETE n`);
    for (const [kind, rows] of nodesByKind) {
      const totals = await runBatches(tx, nodeCypher(kind), rows, progress);
      summary.created += totals.created;
      summary.updated += totals.updated;
      summary.unchanged += totals.unchanged;
      addCounts(summary.byKind, kind, totals);
    }
    for (const [key, rows] of linksByShape) {
      const [type, from, to] = key.split('|') as [RelType, Kind, Kind];
      const totals = await runBatches(tx, linkCypher(type, from, to), rows, progress);
      // A dry run in parts: ends written by an earlier (rolled back) part are not there, so those links would be new.
      if (options.dryRun) totals.created += rows.length - totals.matched;
      summary.relationshipsCreated += totals.created;
      summary.relationshipsUpdated += totals.updated;
      summary.relationshipsUnchanged += totals.unchanged;
      addCounts(summary.byKind, type, totals);
    }
    await refreshDerived(tx, options.replaceAll ? 'all' : touchedBy(dataset, kindById));
    if (options.dryRun) throw new DryRunRollback(summary);
    return summary;
  };
  try {
    return await db.write(work, { timeoutMs: options.timeoutMs ?? WRITE_DATASET_TIMEOUT_MS });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    // db.write names Neo4j's memory errors (tx.ts); for an import, say what to do about its size.
    if (error instanceof TooLargeError || error instanceof DatabaseBusyError) {
      throw new TooLargeError(
        `Writing ${total.toLocaleString('en')} records needs more memory than Neo4j allows one transaction, so nothing was written. ` +
          'Give Neo4j more heap (ATLAS_NEO4J_HEAP for the embedded one), or split the data into several imports.',
        error.cause,
      );
    }
    throw error;
  }
}

const SHARED_THINGS: ReadonlySet<Kind> = new Set(['Initiative', 'Paper', 'Session']);
/** The relationships from an actor to a shared thing: a sector tally counts them (derived.ts). */
const ACTOR_LINKS: ReadonlySet<string> = new Set(['PARTICIPATES_IN', 'AUTHORED', 'SPEAKS_AT']);
/** The relationships from an entity to a theme: its themeIds list them (derived.ts). */
const THEME_LINKS: ReadonlySet<string> = new Set(THEME_LINK_TYPES);

/**
 * What a dataset's derived properties depend on: its people, affiliations and institutions (people's
 * sectors), its shared things and their actors (sector tallies), and its entities and links to
 * themes (theme ids).
 */
function touchedBy(dataset: Dataset, kindById: ReadonlyMap<string, Kind>): Touched {
  const personIds = new Set<string>();
  const institutionIds = new Set<string>();
  const thingIds = new Set<string>();
  const themeLinkedIds = new Set<string>();
  for (const node of dataset.nodes) {
    // A changed record's properties are replaced, derived ones with them: refresh its theme ids too.
    if (node.kind !== 'Theme') themeLinkedIds.add(node.id);
    if (node.kind === 'Person') personIds.add(node.id);
    if (node.kind === 'Institution') institutionIds.add(node.id);
    if (SHARED_THINGS.has(node.kind)) thingIds.add(node.id);
  }
  for (const link of dataset.links) {
    if (link.type === 'AFFILIATED_WITH' && kindById.get(link.from) === 'Person') personIds.add(link.from);
    if (ACTOR_LINKS.has(link.type)) thingIds.add(link.to);
    if (THEME_LINKS.has(link.type)) themeLinkedIds.add(link.from);
  }
  return { personIds: [...personIds], institutionIds: [...institutionIds], thingIds: [...thingIds], themeLinkedIds: [...themeLinkedIds] };
}

function addCounts(byKind: Record<string, WriteCounts>, key: string, totals: WriteCounts) {
  const counts = (byKind[key] ??= { created: 0, updated: 0, unchanged: 0 });
  counts.created += totals.created;
  counts.updated += totals.updated;
  counts.unchanged += totals.unchanged;
}

/** True when the database holds no entity yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  return db.read(async (tx) => {
    const record = (await tx.run('MATCH (n:Entity) RETURN count(n) AS count')).records[0];
    return Number(record?.get('count') ?? 0) === 0;
  });
}
