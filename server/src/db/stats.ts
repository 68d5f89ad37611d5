import { KINDS, SECTORS, type Kind, type Sector } from '@atlas/schema';
import type { Db } from './tx.ts';
import { sectorOf, visible } from './cypher.ts';

export interface Stats {
  nodes: number;
  relationships: number;
  byKind: Array<{ kind: Kind; count: number }>;
  bySector: Array<{ sector: Sector; institutions: number; people: number }>;
}

// One subquery per kind: a literal label lets Neo4j answer from its count store.
const STATS = /* cypher */ `
  ${KINDS.filter((k) => k !== 'Person')
    .map((kind) => `CALL () { MATCH (n:${kind}) RETURN count(n) AS ${kind} }`)
    .join('\n  ')}
  CALL () { MATCH (p:Person) WHERE ${visible('p')} RETURN count(p) AS Person }
  CALL () { MATCH ()-[r]->() RETURN count(r) AS allRelationships }
  CALL () {
    MATCH (p:Person {visibility: 'hidden'})
    RETURN coalesce(sum(COUNT { (p)--() }), 0) AS hiddenRelationships
  }
  CALL () {
    MATCH (i:Institution)
    WITH i.sector AS sector, count(*) AS count
    RETURN collect({ sector: sector, count: count }) AS institutions
  }
  CALL () {
    MATCH (p:Person) WHERE ${visible('p')}
    WITH ${sectorOf('p')} AS sector
    WITH sector, count(*) AS count WHERE sector IS NOT NULL
    RETURN collect({ sector: sector, count: count }) AS people
  }
  RETURN ${KINDS.join(', ')}, allRelationships - hiddenRelationships AS relationships, institutions, people`;

/** Counts by kind and by sector; hidden people and their relationships are not counted. */
export async function stats(db: Db): Promise<Stats> {
  return db.read(async (tx) => {
    const record = (await tx.run(STATS)).records[0];
    if (!record) throw new Error('The stats query returned no row');
    const byKind = KINDS.map((kind) => ({ kind, count: Number(record.get(kind)) }));
    const tally = (field: string) =>
      new Map((record.get(field) as Array<{ sector: Sector; count: number }>).map((row) => [row.sector, Number(row.count)]));
    const institutions = tally('institutions');
    const people = tally('people');
    return {
      nodes: byKind.reduce((sum, row) => sum + row.count, 0),
      relationships: Number(record.get('relationships')),
      byKind,
      bySector: SECTORS.map((sector) => ({
        sector,
        institutions: institutions.get(sector) ?? 0,
        people: people.get(sector) ?? 0,
      })),
    };
  });
}
