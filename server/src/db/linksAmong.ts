import type { Db } from './tx.ts';
import type { GraphEdge } from './types.ts';
import { visible } from './cypher.ts';
import { edgeOf, toGraphEdge, type EdgeRow } from './graphEdge.ts';

/** How many ids one call may name: a canvas of this size is already more than a person reads. */
export const MAX_LINK_IDS = 5000;

// Both ends come from the id index; each relationship is matched once, from its stored start.
const LINKS_AMONG = /* cypher */ `
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.id IN $ids AND b.id IN $ids AND ${visible('a')} AND ${visible('b')}
  RETURN ${edgeOf('r')} AS edge`;

/** Every relationship whose two ends are both among `ids` ("Connect"); unknown and hidden ids are ignored. */
export async function linksAmong(db: Db, ids: readonly string[]): Promise<GraphEdge[]> {
  if (ids.length < 2) return [];
  return db.read(async (tx) => {
    const result = await tx.run(LINKS_AMONG, { ids });
    return result.records.map((record) => toGraphEdge(record.get('edge') as EdgeRow));
  });
}
