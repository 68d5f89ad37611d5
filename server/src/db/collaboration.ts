import neo4j from 'neo4j-driver';
import type { Sector } from '@atlas/schema';
import { NotFoundError } from './errors.ts';
import type { Db } from './tx.ts';
import { held, sectorOf, visible } from './cypher.ts';
import { tallyPairs } from './sectorTally.ts';

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
 * The shared things on the filter, with their sector tallies (derived.ts), grouped so that things
 * of the same kind, year and tally come back as one row. With a theme, it starts from the themes
 * and walks to what addresses them instead of asking every thing about its themes.
 */
function talliesCypher(themed: boolean): string {
  const things = (label: string, relationship: string) =>
    themed
      ? `UNWIND themeIds AS themeId MATCH (:Theme {id: themeId})<-[:${relationship}]-(x:${label}) WITH DISTINCT x`
      : `MATCH (x:${label})`;
  const sessionYear = 'toInteger(left(x.startsAt, 4))';
  return /* cypher */ `
    OPTIONAL MATCH (root:Theme {id: $themeId})
    WITH CASE WHEN $themeId IS NULL THEN null ELSE [root.id] + COLLECT { MATCH (t:Theme)-[:SUBTHEME_OF*1..8]->(root) RETURN DISTINCT t.id } END AS themeIds
    CALL (themeIds) {
      ${things('Initiative', 'ADDRESSES')}
      WHERE x.sectorTally IS NOT NULL AND ${inYears('x.startYear')}
      RETURN 'INITIATIVE' AS kind, x.startYear AS year, x.sectorTally AS tally
      UNION ALL
      ${things('Paper', 'ADDRESSES')}
      WHERE x.sectorTally IS NOT NULL AND ${inYears('x.year')}
      RETURN 'PAPER' AS kind, x.year AS year, x.sectorTally AS tally
      UNION ALL
      ${things('Session', 'ABOUT')}
      WHERE x.sectorTally IS NOT NULL AND ${held('x')} AND ${inYears(sessionYear)}
      RETURN 'SESSION' AS kind, ${sessionYear} AS year, x.sectorTally AS tally
    }
    RETURN kind, year, tally, count(*) AS things`;
}

/**
 * Collaborations counted by kind, year and unordered sector pair: the matrix, trends and mixing
 * come from these. Pairs are counted, not listed: each thing's tally of actors by sector gives its
 * pairs by arithmetic (sectorTally.ts), and things with the same tally are counted once.
 */
export async function sectorPairCounts(db: Db, filter: CollaborationFilter): Promise<SectorPairCount[]> {
  await checkTheme(db, filter);
  const rows = await db.read(async (tx) => {
    const result = await tx.run(talliesCypher(Boolean(filter.themeId)), params(filter));
    return result.records.map((record) => ({
      kind: record.get('kind') as CollaborationKind,
      year: record.get('year') === null ? null : Number(record.get('year')),
      tally: (record.get('tally') as unknown[]).map(Number),
      things: Number(record.get('things')),
    }));
  });
  const counts = new Map<string, SectorPairCount>();
  for (const row of rows) {
    for (const { a, b, pairs } of tallyPairs(row.tally)) {
      const key = `${row.kind}|${row.year}|${a}|${b}`;
      const count = counts.get(key) ?? { kind: row.kind, year: row.year, a, b, count: 0 };
      count.count += pairs * row.things;
      counts.set(key, count);
    }
  }
  return [...counts.values()];
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
