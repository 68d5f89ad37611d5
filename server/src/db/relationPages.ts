import neo4j from 'neo4j-driver';
import type { Db } from './tx.ts';
import type { Linked, Page } from './types.ts';
import type { RelationSpec } from './relations.ts';
import { entityProjection, toEntity } from './entities.ts';
import { labelOf, visible } from './cypher.ts';
import { plainProps } from './plain.ts';

/**
 * What a list item says of its relationship (LinkProps): only these, so that the relationship's
 * `updatedAt`, a DATETIME the driver decodes slowly (entities.ts), is not read for nothing.
 */
const REL_PROPS = 'r { .role, .position, .since, .until }';

/** The Cypher for one page of one relationship list, for many entities at once (one round trip). */
export function relationPageCypher(spec: RelationSpec): string {
  return /* cypher */ `
    UNWIND $ids AS id
    MATCH (n:${spec.from} {id: id})
    CALL (n) {
      MATCH ${spec.pattern}
      WHERE m <> n AND ${visible('m')}
      WITH m, collect(r)[0] AS r, count(*) AS weight
      WITH m, r, weight, ${labelOf('m')} AS label
      ORDER BY ${spec.order}
      SKIP $offset LIMIT $limit
      RETURN collect({ entity: ${entityProjection('m')}, rel: ${spec.edgeProps === false ? 'null' : REL_PROPS} }) AS items
    }
    CALL (n) {
      MATCH ${spec.pattern}
      WHERE m <> n AND ${visible('m')}
      RETURN count(DISTINCT m) AS totalCount
    }
    RETURN id, items, totalCount`;
}

interface Row {
  entity: Parameters<typeof toEntity>[0];
  rel: Record<string, unknown> | null;
}

/** One page (offset, limit) of a relationship list for each id, in the order of ids. */
export async function relationPages(
  db: Db,
  spec: RelationSpec,
  ids: readonly string[],
  offset: number,
  limit: number,
): Promise<Array<Page<Linked>>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(relationPageCypher(spec), {
      ids,
      // SKIP and LIMIT must be Cypher Integers, and JS numbers travel as floats.
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    });
    return result.records.map((record) => ({
      id: record.get('id') as string,
      totalCount: Number(record.get('totalCount')),
      items: (record.get('items') as Row[]).map(toLinked),
    }));
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? { items: [], totalCount: 0 });
}

function toLinked(row: Row): Linked {
  const rel = row.rel ? plainProps(row.rel) : {};
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return {
    node: toEntity(row.entity),
    ...(typeof rel.role === 'string' ? { role: rel.role } : {}),
    ...(num(rel.position) !== undefined ? { position: num(rel.position) } : {}),
    ...(num(rel.since) !== undefined ? { since: num(rel.since) } : {}),
    ...(num(rel.until) !== undefined ? { until: num(rel.until) } : {}),
  };
}
