import type { ManagedTransaction } from 'neo4j-driver';
import { SECTORS } from '@atlas/schema';
import { visible } from './cypher.ts';
import { THEME_LINK_TYPES } from './graphNode.ts';
import type { Db } from './tx.ts';

/**
 * Derived properties, kept by every writer for what it touched, in the write's own transaction:
 * - on a person, the current (or latest) affiliation and its sector (currentInstitutionId,
 *   currentSector), so queries over many people read a property instead of sorting affiliations;
 * - on each shared thing (initiative, paper, session), sectorTally: how many of its actors are in
 *   each sector, in SECTORS order (institutions taking part in an initiative; visible authors of a
 *   paper and speakers of a session, by their currentSector), null when fewer than two actors have
 *   a sector. The sector matrix reads one list per thing instead of walking every authorship;
 * - on every entity but a theme, themeIds: the themes it links to directly (WORKS_ON, ADDRESSES,
 *   ABOUT), each once, sorted; absent when none. Every canvas node carries them (the theme filter),
 *   so a 500-node slice reads a property instead of following each node's theme links.
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

/** The actors of a shared thing x that have a sector, one row each: the rule collaboration.ts documents. */
const SECTOR_TALLY = /* cypher */ `
  CALL (x) {
    OPTIONAL MATCH (x)<-[r:PARTICIPATES_IN|AUTHORED|SPEAKS_AT]-(actor)
    WHERE (x:Initiative AND r:PARTICIPATES_IN AND actor:Institution)
       OR (x:Paper AND r:AUTHORED AND actor:Person AND ${visible('actor')})
       OR (x:Session AND r:SPEAKS_AT AND actor:Person AND ${visible('actor')})
    WITH CASE WHEN actor:Institution THEN actor.sector ELSE actor.currentSector END AS sector
    WITH collect(sector) AS sectors
    RETURN CASE WHEN size(sectors) < 2 THEN null ELSE [s IN ${JSON.stringify(SECTORS)} | size([t IN sectors WHERE t = s])] END AS tally
  }
  SET x.sectorTally = tally`;

const SHARED_THING = '(x:Initiative OR x:Paper OR x:Session)';

/** The theme ids of a non-theme entity n: sorted, each once; null (no property) when it has none. */
const THEME_IDS = /* cypher */ `
  WITH n, COLLECT { MATCH (n)-[:${THEME_LINK_TYPES.join('|')}]->(t:Theme) RETURN DISTINCT t.id AS themeId ORDER BY themeId } AS ids
  SET n.themeIds = CASE WHEN size(ids) = 0 THEN null ELSE ids END`;

const REFRESH_THEME_IDS = /* cypher */ `UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE NOT n:Theme ${THEME_IDS}`;

/**
 * For the whole graph: the entities with a theme link, and those holding theme ids they may no
 * longer have. Writing every other entity (null over nothing) cost most of the pass at scale L.
 */
const THEME_IDS_TO_SET = /* cypher */ `(n:Entity) WHERE NOT n:Theme AND (n.themeIds IS NOT NULL OR EXISTS { (n)-[:${THEME_LINK_TYPES.join('|')}]->(:Theme) })`;

// The people named, and the people affiliated with the institutions named (whose sector may have changed).
const TOUCHED_PEOPLE = /* cypher */ `
  CALL () {
    UNWIND $personIds AS id MATCH (p:Person {id: id}) RETURN p
    UNION
    UNWIND $institutionIds AS id MATCH (:Institution {id: id})<-[:AFFILIATED_WITH]-(p:Person) RETURN p
  }`;

const REFRESH_PEOPLE = /* cypher */ `${TOUCHED_PEOPLE} ${CURRENT_AFFILIATION}`;

// The things named, the things of the people whose sector may have changed, and the initiatives of the institutions named.
const REFRESH_TALLIES = /* cypher */ `
  CALL () {
    UNWIND $thingIds AS id MATCH (x:Entity {id: id}) WHERE ${SHARED_THING} RETURN x
    UNION
    ${TOUCHED_PEOPLE}
    MATCH (p)-[:AUTHORED|SPEAKS_AT]->(x) RETURN x
    UNION
    UNWIND $institutionIds AS id MATCH (:Institution {id: id})-[:PARTICIPATES_IN]->(x:Initiative) RETURN x
  }
  ${SECTOR_TALLY}`;

const REFRESH_ALL_IN_TX = [
  `MATCH (p:Person) ${CURRENT_AFFILIATION}`,
  `MATCH (x) WHERE ${SHARED_THING} ${SECTOR_TALLY}`,
  `MATCH ${THEME_IDS_TO_SET} ${THEME_IDS}`,
];

// In batches of their own transactions: a whole graph at scale is too big for one. Tallies read people's sectors, so people first.
const REFRESH_ALL_BATCHED = [
  /* cypher */ `MATCH (p:Person) CALL (p) { ${CURRENT_AFFILIATION} } IN TRANSACTIONS OF 10000 ROWS`,
  /* cypher */ `MATCH (x) WHERE ${SHARED_THING} CALL (x) { ${SECTOR_TALLY} } IN TRANSACTIONS OF 10000 ROWS`,
  /* cypher */ `MATCH ${THEME_IDS_TO_SET} CALL (n) { ${THEME_IDS} } IN TRANSACTIONS OF 10000 ROWS`,
];

const BATCH = 5_000;

export interface Touched {
  personIds: readonly string[];
  institutionIds: readonly string[];
  /** Initiatives, papers and sessions written, or whose actors changed. */
  thingIds?: readonly string[];
  /** Entities written (a rewrite replaces their properties) or given a link to a theme (WORKS_ON, ADDRESSES, ABOUT): their themeIds. */
  themeLinkedIds?: readonly string[];
}

/** Refreshes the derived properties of what a write touched, inside that write's transaction. */
export async function refreshDerived(tx: ManagedTransaction, touched: Touched | 'all'): Promise<void> {
  if (touched === 'all') {
    for (const cypher of REFRESH_ALL_IN_TX) await tx.run(cypher);
    return;
  }
  const { personIds, institutionIds, thingIds = [], themeLinkedIds = [] } = touched;
  const batches = Math.max(personIds.length, institutionIds.length, thingIds.length);
  const slice = (ids: readonly string[], i: number) => ids.slice(i, i + BATCH);
  // People first: the tallies read their refreshed sectors.
  for (let i = 0; i < Math.max(personIds.length, institutionIds.length); i += BATCH) {
    await tx.run(REFRESH_PEOPLE, { personIds: slice(personIds, i), institutionIds: slice(institutionIds, i) });
  }
  for (let i = 0; i < batches; i += BATCH) {
    await tx.run(REFRESH_TALLIES, { personIds: slice(personIds, i), institutionIds: slice(institutionIds, i), thingIds: slice(thingIds, i) });
  }
  for (let i = 0; i < themeLinkedIds.length; i += BATCH) await tx.run(REFRESH_THEME_IDS, { ids: slice(themeLinkedIds, i) });
}

/** Bump when a derived property is added or its rule changes: the next start recomputes them all. */
export const DERIVED_VERSION = 3;

const READ_VERSION = `OPTIONAL MATCH (m:AtlasMeta {key: 'derived'}) RETURN m.version AS version`;
const WRITE_VERSION = `MERGE (m:AtlasMeta {key: 'derived'}) SET m.version = $version`;

/**
 * Computes every person's derived properties when the database has not got them at this version
 * yet: a database written by an earlier version, or filled by the bulk loader.
 */
export async function ensureDerived(db: Db): Promise<boolean> {
  const version = await db.read(async (tx) => (await tx.run(READ_VERSION)).records[0]?.get('version'));
  if (version !== null && version !== undefined && Number(version) >= DERIVED_VERSION) return false;
  for (const cypher of REFRESH_ALL_BATCHED) await db.autoCommit(cypher);
  await db.write((tx) => tx.run(WRITE_VERSION, { version: DERIVED_VERSION }));
  return true;
}
