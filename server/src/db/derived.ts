import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from './tx.ts';

/**
 * Derived properties: a person's current (or latest) affiliation and its sector, stored on the
 * person (currentInstitutionId, currentSector) so that queries over many people read a property
 * instead of sorting each one's affiliations. Every writer refreshes the people it touched.
 */

/** The affiliation that counts: an open one first, then the one that ended last, then the latest start. */
const CURRENT_AFFILIATION = /* cypher */ `
  CALL (p) {
    OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
    WITH i, a ORDER BY a.until IS NULL DESC, coalesce(a.until, 0) DESC, coalesce(a.since, 0) DESC, i.id
    LIMIT 1
    RETURN i
  }
  SET p.currentInstitutionId = i.id, p.currentSector = i.sector`;

// The people named, and the people affiliated with the institutions named (whose sector may have changed).
const REFRESH_SOME = /* cypher */ `
  CALL () {
    UNWIND $personIds AS id MATCH (p:Person {id: id}) RETURN p
    UNION
    UNWIND $institutionIds AS id MATCH (:Institution {id: id})<-[:AFFILIATED_WITH]-(p:Person) RETURN p
  }
  ${CURRENT_AFFILIATION}`;

const REFRESH_ALL_IN_TX = /* cypher */ `MATCH (p:Person) ${CURRENT_AFFILIATION}`;

// In batches of its own transactions: a whole graph at scale is too big for one.
const REFRESH_ALL_BATCHED = /* cypher */ `
  MATCH (p:Person)
  CALL (p) { ${CURRENT_AFFILIATION} } IN TRANSACTIONS OF 10000 ROWS`;

const BATCH = 5_000;

export interface Touched {
  personIds: readonly string[];
  institutionIds: readonly string[];
}

/** Refreshes the derived properties of the people a write touched, inside that write's transaction. */
export async function refreshDerived(tx: ManagedTransaction, touched: Touched | 'all'): Promise<void> {
  if (touched === 'all') {
    await tx.run(REFRESH_ALL_IN_TX);
    return;
  }
  const { personIds, institutionIds } = touched;
  for (let i = 0; i < Math.max(personIds.length, institutionIds.length); i += BATCH) {
    await tx.run(REFRESH_SOME, { personIds: personIds.slice(i, i + BATCH), institutionIds: institutionIds.slice(i, i + BATCH) });
  }
}

/** Bump when a derived property is added or its rule changes: the next start recomputes them all. */
export const DERIVED_VERSION = 1;

const READ_VERSION = `OPTIONAL MATCH (m:AtlasMeta {key: 'derived'}) RETURN m.version AS version`;
const WRITE_VERSION = `MERGE (m:AtlasMeta {key: 'derived'}) SET m.version = $version`;

/**
 * Computes every person's derived properties when the database has not got them at this version
 * yet: a database written by an earlier version, or filled by the bulk loader.
 */
export async function ensureDerived(db: Db): Promise<boolean> {
  const version = await db.read(async (tx) => (await tx.run(READ_VERSION)).records[0]?.get('version'));
  if (version !== null && version !== undefined && Number(version) >= DERIVED_VERSION) return false;
  await db.autoCommit(REFRESH_ALL_BATCHED);
  await db.write((tx) => tx.run(WRITE_VERSION, { version: DERIVED_VERSION }));
  return true;
}
