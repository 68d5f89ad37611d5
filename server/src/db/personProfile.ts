import neo4j from 'neo4j-driver';
import type { Sector } from '@atlas/schema';
import type { Db } from './tx.ts';
import { held, sectorOf, visible } from './cypher.ts';

/** A person's own facts on every theme, and the theme tree, for their expertise profile. */
export interface PersonThemeFacts {
  referenceYear: number;
  papers: Array<{ id: string; year: number | null; position: number | null; authorCount: number; themeId: string }>;
  initiatives: Array<{ id: string; startYear: number | null; role: string | null; themeId: string }>;
  expertise: string[];
  talks: Array<{ sessionId: string; role: string | null; year: number | null; themeId: string }>;
  /** Every theme with its parents. */
  tree: Array<{ id: string; parents: string[] }>;
}

const PERSON_THEME_FACTS = /* cypher */ `
  MATCH (p:Person {id: $id}) WHERE ${visible('p')}
  CALL (p) {
    MATCH (p)-[a:AUTHORED]->(paper:Paper)-[:ADDRESSES]->(t:Theme)
    RETURN collect({ id: paper.id, year: paper.year, position: a.position, themeId: t.id,
                     authorCount: COUNT { (paper)<-[:AUTHORED]-(:Person) } }) AS papers
  }
  CALL (p) {
    MATCH (p)-[r:INVOLVED_IN]->(i:Initiative)-[:ADDRESSES]->(t:Theme)
    RETURN collect({ id: i.id, startYear: i.startYear, role: r.role, themeId: t.id }) AS initiatives
  }
  CALL (p) { MATCH (p)-[:WORKS_ON]->(t:Theme) RETURN collect(t.id) AS expertise }
  CALL (p) {
    MATCH (p)-[r:SPEAKS_AT]->(s:Session)-[:ABOUT]->(t:Theme) WHERE ${held('s')}
    RETURN collect({ sessionId: s.id, role: r.role, year: toInteger(left(s.startsAt, 4)), themeId: t.id }) AS talks
  }
  CALL () { MATCH (t:Theme) RETURN collect({ id: t.id, parents: COLLECT { MATCH (t)-[:SUBTHEME_OF]->(u:Theme) RETURN u.id } }) AS tree }
  CALL () { MATCH (paper:Paper) WHERE paper.year IS NOT NULL RETURN max(paper.year) AS referenceYear }
  RETURN coalesce(referenceYear, 2000) AS referenceYear, papers, initiatives, expertise, talks, tree`;

/** Null when the person does not exist or is hidden. */
export async function personThemeFacts(db: Db, personId: string): Promise<PersonThemeFacts | null> {
  return db.read(async (tx) => {
    const record = (await tx.run(PERSON_THEME_FACTS, { id: personId })).records[0];
    return record ? (record.toObject() as unknown as PersonThemeFacts) : null;
  });
}

export interface Collaborator {
  personId: string;
  sector: Sector | null;
  /** The shared papers, initiatives and sessions. */
  via: string[];
}

const CROSS_SECTOR = /* cypher */ `
  MATCH (p:Person {id: $id}) WHERE ${visible('p')}
  WITH p, ${sectorOf('p')} AS mine
  CALL (p) {
    MATCH (p)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(o:Person) RETURN o, x
    UNION
    MATCH (p)-[:INVOLVED_IN]->(x:Initiative)<-[:INVOLVED_IN]-(o:Person) RETURN o, x
    UNION
    MATCH (p)-[:SPEAKS_AT]->(x:Session)<-[:SPEAKS_AT]-(o:Person) WHERE ${held('x')} RETURN o, x
  }
  WITH p, mine, o, collect(DISTINCT x.id) AS via
  WHERE o <> p AND ${visible('o')}
  WITH mine, o, via, ${sectorOf('o')} AS theirs
  WHERE theirs IS NOT NULL AND (mine IS NULL OR theirs <> mine)
  RETURN o.id AS personId, theirs AS sector, via
  ORDER BY size(via) DESC, o.name, o.id
  LIMIT $first`;

/** People in other sectors who share a paper, an initiative or a session with the person; most shared first. */
export async function crossSectorCollaborators(db: Db, personId: string, first: number): Promise<Collaborator[]> {
  return db.read(async (tx) => {
    const result = await tx.run(CROSS_SECTOR, { id: personId, first: neo4j.int(first) });
    return result.records.map((record) => record.toObject() as unknown as Collaborator);
  });
}
