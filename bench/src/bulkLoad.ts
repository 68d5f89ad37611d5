import { ENTITY_LABEL, type Dataset, type Kind, type LinkRecord, type NodeRecord, type RelType } from '@atlas/schema';
import neo4j, { type Driver } from 'neo4j-driver';
import { checkDataset } from '../../server/src/db/writeDataset.ts';
import { progressBar } from './progressBar.ts';
import { runLanes, type LaneTask } from './runLanes.ts';

export interface BulkLoadOptions {
  /** Rows per transaction. */
  batchSize?: number;
  /** Transactions in flight at once (default 2, one per core of the machines this runs on). */
  lanes?: number;
  /** Draw progress bars on stderr (default true). */
  progress?: boolean;
}

export interface BulkLoadSummary {
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

interface LinkRow {
  f: string;
  t: string;
  source: string;
  role: string | null;
  position: number | null;
  since: number | null;
  until: number | null;
}

/** Whole numbers (years, positions) are stored as integers, as writeDataset stores them. */
function forNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) {
    const value = props[key];
    if (value !== undefined) out[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

// CREATE, not MERGE: the database is empty (checked), so nothing needs looking up before it is made.
// Each node's element id comes back, so relationships can find their ends by id seek (a direct
// record lookup) instead of an index seek: no index is needed during the load at all.
const nodeCypher = (kind: Kind) => /* cypher */ `
  WITH datetime() AS now
  UNWIND $rows AS row
  CREATE (n:${kind}:${ENTITY_LABEL})
  SET n = row, n.updatedAt = now
  RETURN row.id AS id, elementId(n) AS e`;

// Relationship properties are named (LinkProps), not copied from a map: `SET r = row.p` could set
// an `id` and so makes the planner add an Eager (it materialises every row first). A null in the
// CREATE map sets nothing. Numbers travel as floats and become integers here, which spares the
// driver 1.5M Integer objects at scale L.
const linkCypher = (type: RelType, from: Kind, to: Kind) => /* cypher */ `
  WITH datetime() AS now
  UNWIND $rows AS row
  MATCH (a) WHERE elementId(a) = row.f
  MATCH (b) WHERE elementId(b) = row.t
  CREATE (a)-[r:${type} {source: row.source, role: row.role, position: toInteger(row.position),
                         since: toInteger(row.since), until: toInteger(row.until), updatedAt: now}]->(b)`;

/**
 * Loads a dataset into an EMPTY database fast: CREATE instead of MERGE, batches of UNWIND rows each
 * committed in its own transaction, relationships grouped by type and found by their ends' element
 * ids. Unlike writeDataset it is neither atomic nor idempotent (no fingerprints): it is for
 * benchmarks and first loads of big graphs. Run the migrations AFTER it: indexes and constraints
 * are then built once from the store instead of updated row by row, and nothing here needs them.
 */
export async function bulkLoad(driver: Driver, dataset: Dataset, options: BulkLoadOptions = {}): Promise<BulkLoadSummary> {
  const batchSize = options.batchSize ?? 10_000;
  const lanes = options.lanes ?? 2;
  const kindById = checkDataset(dataset);
  const sessions = Array.from({ length: lanes }, () => driver.session({ defaultAccessMode: 'WRITE' }));
  const write = (lane: number, cypher: string, rows: unknown[]) => sessions[lane]!.executeWrite((tx) => tx.run(cypher, { rows }));
  try {
    const existing = (await sessions[0]!.run('MATCH (n) RETURN count(n) > 0 AS any')).records[0]?.get('any');
    if (existing) throw new Error('bulkLoad needs an empty database: it CREATEs and would duplicate what is there. Use writeDataset (npm run import) to merge into a database.');
    const started = performance.now();

    // Nodes: batches in any order, on every lane (new nodes take no locks).
    const nodeGroups = new Map<Kind, Record<string, unknown>[]>();
    for (const { kind, ...props } of dataset.nodes as NodeRecord[]) {
      const rows = nodeGroups.get(kind) ?? [];
      rows.push(forNeo4j(props));
      nodeGroups.set(kind, rows);
    }
    const elementIds = new Map<string, string>();
    const nodeBar = options.progress === false ? null : progressBar('Loading nodes', dataset.nodes.length);
    let done = 0;
    const nodeTasks: LaneTask[] = [...nodeGroups].flatMap(([kind, rows]) =>
      batches(rows, batchSize).map((batch) => ({
        keys: [],
        run: async (lane: number) => {
          const result = await write(lane, nodeCypher(kind), batch);
          for (const record of result.records) elementIds.set(record.get('id') as string, record.get('e') as string);
          nodeBar?.update((done += batch.length));
        },
      })),
    );
    await runLanes(nodeTasks, lanes);
    const nodesDone = performance.now();
    nodeBar?.finish();

    // Relationships: one task per (type, from kind, to kind), biggest first. Creating a relationship
    // locks its end nodes, so two groups run side by side only when they share no label.
    const linkGroups = new Map<string, LinkRow[]>();
    for (const { type, from, to, source, role, position, since, until } of dataset.links as LinkRecord[]) {
      const key = `${type}|${kindById.get(from)}|${kindById.get(to)}`;
      const rows = linkGroups.get(key) ?? [];
      rows.push({ f: elementIds.get(from)!, t: elementIds.get(to)!, source, role: role ?? null, position: position ?? null, since: since ?? null, until: until ?? null });
      linkGroups.set(key, rows);
    }
    const linkBar = options.progress === false ? null : progressBar('Loading relationships', dataset.links.length);
    done = 0;
    const linkTasks: LaneTask[] = [...linkGroups]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([key, rows]) => {
        const [type, from, to] = key.split('|') as [RelType, Kind, Kind];
        return {
          keys: [from, to],
          run: async (lane: number) => {
            for (const batch of batches(rows, batchSize)) {
              await write(lane, linkCypher(type, from, to), batch);
              linkBar?.update((done += batch.length));
            }
          },
        };
      });
    await runLanes(linkTasks, lanes);
    linkBar?.finish();
    const finished = performance.now();
    return {
      nodes: dataset.nodes.length,
      relationships: dataset.links.length,
      seconds: (finished - started) / 1000,
      nodesPerSecond: dataset.nodes.length / ((nodesDone - started) / 1000),
      relationshipsPerSecond: dataset.links.length / ((finished - nodesDone) / 1000),
    };
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
}

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
