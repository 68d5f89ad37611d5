import { createHash } from 'node:crypto';
import type { Db } from '../../../server/src/db/tx.ts';

/** What a database holds, compactly: equal fingerprints mean nothing was added, removed or changed. */
export interface DbFingerprint {
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** sha256 over every node's labels and properties and every relationship's ends, type and properties. */
  checksum: string;
}

/** Property values as stable text: temporal values by their ISO form, maps with sorted keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    if (value.toString !== Object.prototype.toString) return String(value); // Neo4j dates, times, points
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

function tally(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

/**
 * Fingerprints the whole database, or with `ids` only those nodes and the relationships among them
 * (for a database other test files write to at the same time, under ids of their own).
 */
export async function dbFingerprint(db: Db, ids?: readonly string[]): Promise<DbFingerprint> {
  const scope = ids ? [...ids] : null;
  const { nodes, relationships } = await db.read(async (tx) => {
    const nodes = await tx.run(
      /* cypher */ `MATCH (n) WHERE $ids IS NULL OR n.id IN $ids RETURN labels(n) AS labels, properties(n) AS props`,
      { ids: scope },
    );
    const relationships = await tx.run(
      /* cypher */ `MATCH (a)-[r]->(b) WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
        RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props`,
      { ids: scope },
    );
    return { nodes: nodes.records.map((r) => r.toObject()), relationships: relationships.records.map((r) => r.toObject()) };
  });
  const nodesByLabel: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  const lines: string[] = [];
  for (const node of nodes) {
    const labels = [...(node.labels as string[])].sort();
    for (const label of labels) tally(nodesByLabel, label);
    lines.push(JSON.stringify(['node', labels, canonical(node.props)]));
  }
  for (const rel of relationships) {
    tally(relationshipsByType, rel.type as string);
    lines.push(JSON.stringify(['rel', rel.from, rel.type, rel.to, canonical(rel.props)]));
  }
  const checksum = createHash('sha256').update(lines.sort().join('\n')).digest('hex');
  return { nodesByLabel, relationshipsByType, checksum };
}

/**
 * Nodes the fuzz could have made: not `known`, with an id under fuzz- (its file contents use them)
 * or an id, name or title equal to one of the strings it sent. Catches writes outside a
 * fingerprint's scope.
 */
export async function strayNodes(db: Db, sent: readonly string[], known: readonly string[]): Promise<string[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      /* cypher */ `MATCH (n) WHERE NOT coalesce(n.id, '') IN $known
          AND (n.id STARTS WITH 'fuzz-' OR n.id IN $sent OR n.name IN $sent OR n.title IN $sent)
        RETURN coalesce(n.id, elementId(n)) AS id LIMIT 20`,
      { sent: [...new Set(sent)], known },
    );
    return result.records.map((record) => String(record.get('id')));
  });
}
