import neo4j from 'neo4j-driver';
import type { Sector } from '@atlas/schema';
import { NotFoundError } from './errors.ts';
import type { Db } from './tx.ts';
import { held, sectorOf, visible } from './cypher.ts';

/**
 * Collaboration is derived, never stored: two actors collaborate once for each thing they share.
 *   INITIATIVE  institutions taking part in the same initiative (its start year)
 *   PAPER       people who co-authored a paper (its year)
 *   SESSION     speakers on the same session (its year); draft panels do not count
 * An actor's sector is an institution's, or a person's current affiliation's. Filters: a theme
 * with its subthemes (what the initiative or paper addresses, what the session is about) and a
 * year range (things without a year drop out when a range is given).
 */
export type CollaborationKind = 'INITIATIVE' | 'PAPER' | 'SESSION';

export interface CollaborationFilter {
  themeId?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/** Who the actors are: the sector matrix mixes institutions (initiatives) and people (papers, sessions). */
export type ActorLevel = 'mixed' | 'institution' | 'person';

const personActor = (p: string) => `{ id: ${p}.id, sector: ${sectorOf(p)} }`;
/** A person's current institution, from the derived properties (derived.ts). */
const institutionOfPerson = (p: string) => /* cypher */ `CASE WHEN ${p}.currentInstitutionId IS NULL THEN null
        ELSE { id: ${p}.currentInstitutionId, sector: ${p}.currentSector } END`;

function people(x: string, relationship: string, level: ActorLevel): string {
  const actor = level === 'institution' ? institutionOfPerson('p') : personActor('p');
  return /* cypher */ `CALL (${x}) {
      MATCH (${x})<-[:${relationship}]-(p:Person) WHERE ${visible('p')}
      WITH p ORDER BY p.id
      WITH ${actor} AS actor WHERE actor IS NOT NULL
      RETURN collect(DISTINCT actor) AS actors
    }`;
}

function institutions(x: string): string {
  return /* cypher */ `CALL (${x}) {
      MATCH (${x})<-[:PARTICIPATES_IN]-(i:Institution)
      WITH i ORDER BY i.id
      RETURN collect({ id: i.id, sector: i.sector }) AS actors
    }`;
}

const inYears = (year: string) => `(($fromYear IS NULL AND $toYear IS NULL) OR (${year} IS NOT NULL AND ${year} >= coalesce($fromYear, ${year}) AND ${year} <= coalesce($toYear, ${year})))`;
const onTheme = (x: string, relationship: string) => `(themeIds IS NULL OR EXISTS { MATCH (${x})-[:${relationship}]->(t:Theme) WHERE t.id IN themeIds })`;

/** Every shared thing with its actors (two or more), one row each: the base of every collaboration query. */
export function sharedThingsCypher(level: ActorLevel): string {
  const initiativeActors = level === 'person' ? people('x', 'INVOLVED_IN', level) : institutions('x');
  return /* cypher */ `
  OPTIONAL MATCH (root:Theme {id: $themeId})
  WITH CASE WHEN $themeId IS NULL THEN null ELSE [root.id] + COLLECT { MATCH (t:Theme)-[:SUBTHEME_OF*1..8]->(root) RETURN DISTINCT t.id } END AS themeIds
  CALL (themeIds) {
    MATCH (x:Initiative) WHERE ${inYears('x.startYear')} AND ${onTheme('x', 'ADDRESSES')}
    ${initiativeActors}
    RETURN 'INITIATIVE' AS kind, x.id AS via, x.startYear AS year, actors
    UNION ALL
    MATCH (x:Paper) WHERE ${inYears('x.year')} AND ${onTheme('x', 'ADDRESSES')}
    ${people('x', 'AUTHORED', level)}
    RETURN 'PAPER' AS kind, x.id AS via, x.year AS year, actors
    UNION ALL
    MATCH (x:Session) WHERE ${held('x')}
      AND ${inYears('toInteger(left(x.startsAt, 4))')} AND ${onTheme('x', 'ABOUT')}
    ${people('x', 'SPEAKS_AT', level)}
    RETURN 'SESSION' AS kind, x.id AS via, toInteger(left(x.startsAt, 4)) AS year, actors
  }
  WITH kind, via, year, actors WHERE size(actors) > 1`;
}

/** Every unordered pair of the actors of one shared thing. */
const PAIRS = /* cypher */ `
  UNWIND range(0, size(actors) - 2) AS i
  UNWIND range(i + 1, size(actors) - 1) AS j
  WITH kind, via, year, actors[i] AS first, actors[j] AS second
  WHERE first.id <> second.id`;

const params = (filter: CollaborationFilter) => ({
  themeId: filter.themeId ?? null,
  fromYear: filter.fromYear ?? null,
  toYear: filter.toYear ?? null,
});

async function checkTheme(db: Db, filter: CollaborationFilter): Promise<void> {
  if (!filter.themeId) return;
  const found = await db.read(async (tx) => (await tx.run('MATCH (t:Theme {id: $id}) RETURN t.id', { id: filter.themeId })).records.length);
  if (!found) throw new NotFoundError(filter.themeId);
}

export interface SectorPairCount {
  kind: CollaborationKind;
  year: number | null;
  /** a <= b, so each unordered pair of sectors has one row. */
  a: Sector;
  b: Sector;
  count: number;
}

/**
 * How many people of each sector share each paper (or session). A person's sector is a property
 * (derived.ts), so this is one pass over the authorships, grouped by thing and sector.
 */
const peopleBySector = (label: string, relationship: string, year: string, themed: string) => /* cypher */ `
    MATCH (p:Person)-[:${relationship}]->(x:${label})
    WHERE p.currentSector IS NOT NULL AND ${visible('p')} AND ${inYears(year)} AND ${themed}
    WITH x, p.currentSector AS sector, count(*) AS n
    WITH x, collect({ sector: sector, n: n }) AS sectors
    RETURN '${label === 'Paper' ? 'PAPER' : 'SESSION'}' AS kind, ${year} AS year, sectors`;

/**
 * Collaborations counted by kind, year and unordered sector pair: the matrix, trends and mixing
 * come from these. Pairs are counted, not listed: a thing with n_a actors of sector a and n_b of b
 * holds n_a × n_b pairs across and n_a (n_a − 1) / 2 within a, so a consortium of 200 costs 200
 * rows, not 20,000.
 */
export async function sectorPairCounts(db: Db, filter: CollaborationFilter): Promise<SectorPairCount[]> {
  await checkTheme(db, filter);
  return db.read(async (tx) => {
    const result = await tx.run(
      /* cypher */ `
      OPTIONAL MATCH (root:Theme {id: $themeId})
      WITH CASE WHEN $themeId IS NULL THEN null ELSE [root.id] + COLLECT { MATCH (t:Theme)-[:SUBTHEME_OF*1..8]->(root) RETURN DISTINCT t.id } END AS themeIds
      CALL (themeIds) {
        MATCH (i:Institution)-[:PARTICIPATES_IN]->(x:Initiative)
        WHERE i.sector IS NOT NULL AND ${inYears('x.startYear')} AND ${onTheme('x', 'ADDRESSES')}
        WITH x, i.sector AS sector, count(*) AS n
        WITH x, collect({ sector: sector, n: n }) AS sectors
        RETURN 'INITIATIVE' AS kind, x.startYear AS year, sectors
        UNION ALL
        ${peopleBySector('Paper', 'AUTHORED', 'x.year', onTheme('x', 'ADDRESSES'))}
        UNION ALL
        ${peopleBySector('Session', 'SPEAKS_AT', 'toInteger(left(x.startsAt, 4))', `${held('x')} AND ${onTheme('x', 'ABOUT')}`)}
      }
      UNWIND range(0, size(sectors) - 1) AS i
      UNWIND range(i, size(sectors) - 1) AS j
      WITH kind, year, sectors[i] AS first, sectors[j] AS second, i = j AS same
      WITH kind, year,
           CASE WHEN first.sector <= second.sector THEN first.sector ELSE second.sector END AS a,
           CASE WHEN first.sector <= second.sector THEN second.sector ELSE first.sector END AS b,
           CASE WHEN same THEN first.n * (first.n - 1) / 2 ELSE first.n * second.n END AS pairs
      WHERE pairs > 0
      RETURN kind, year, a, b, sum(pairs) AS count`,
      params(filter),
    );
    return result.records.map((record) => record.toObject() as unknown as SectorPairCount);
  });
}

export interface CollaborationRow {
  kind: CollaborationKind;
  via: string;
  year: number | null;
  a: string;
  b: string;
}

/** The collaborations behind one cell of the matrix, newest first, a page at a time. */
export async function collaborationsBetween(
  db: Db,
  filter: CollaborationFilter,
  sectors: readonly [Sector, Sector],
  offset: number,
  limit: number,
): Promise<{ rows: CollaborationRow[]; totalCount: number }> {
  await checkTheme(db, filter);
  return db.read(async (tx) => {
    const record = (
      await tx.run(
        /* cypher */ `${sharedThingsCypher('mixed')}
        ${PAIRS} AND ((first.sector = $s1 AND second.sector = $s2) OR (first.sector = $s2 AND second.sector = $s1))
        WITH kind, via, year, CASE WHEN first.sector = $s1 THEN first.id ELSE second.id END AS a,
                              CASE WHEN first.sector = $s1 THEN second.id ELSE first.id END AS b
        ORDER BY coalesce(year, 0) DESC, via, a, b
        WITH collect({ kind: kind, via: via, year: year, a: a, b: b }) AS rows
        RETURN size(rows) AS totalCount, rows[$offset..$end] AS rows`,
        { ...params(filter), s1: sectors[0], s2: sectors[1], offset: neo4j.int(offset), end: neo4j.int(offset + limit) },
      )
    ).records[0];
    return { rows: (record?.get('rows') as CollaborationRow[]) ?? [], totalCount: Number(record?.get('totalCount') ?? 0) };
  });
}

export interface ActorEdge {
  a: string;
  b: string;
  weight: number;
  via: string[];
}

export interface ActorGraph {
  nodes: Array<{ id: string; sector: Sector | null }>;
  edges: ActorEdge[];
}

/** The collaboration graph of institutions or of people: an edge per pair, weighted by what they share. */
export async function collaborationGraph(db: Db, level: 'institution' | 'person', filter: CollaborationFilter): Promise<ActorGraph> {
  await checkTheme(db, filter);
  return db.read(async (tx) => {
    const result = await tx.run(
      /* cypher */ `${sharedThingsCypher(level)}
      ${PAIRS}
      WITH CASE WHEN first.id < second.id THEN first ELSE second END AS a,
           CASE WHEN first.id < second.id THEN second ELSE first END AS b, via
      RETURN a, b, count(*) AS weight, collect(DISTINCT via)[..5] AS via`,
      params(filter),
    );
    const nodes = new Map<string, { id: string; sector: Sector | null }>();
    const edges = result.records.map((record) => {
      const a = record.get('a') as { id: string; sector: Sector | null };
      const b = record.get('b') as { id: string; sector: Sector | null };
      nodes.set(a.id, a);
      nodes.set(b.id, b);
      return { a: a.id, b: b.id, weight: Number(record.get('weight')), via: record.get('via') as string[] };
    });
    return { nodes: [...nodes.values()].sort((x, y) => x.id.localeCompare(y.id)), edges };
  });
}
