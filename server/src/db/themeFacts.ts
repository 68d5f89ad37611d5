import type { Sector } from '@atlas/schema';
import { NotFoundError } from './errors.ts';
import type { Db } from './tx.ts';
import { held, sectorOf, visible } from './cypher.ts';

/** Everything on a theme and its subthemes that evidence is made of, as plain rows. */
export interface ThemeFacts {
  themeId: string;
  /** The theme and its subthemes at any depth. */
  themeIds: string[];
  /** The latest paper year in the graph: recency is measured from it. */
  referenceYear: number;
  papers: Array<{ id: string; year: number | null; themeId: string; citations: number; authorCount: number; authors: Array<{ personId: string; position: number | null }> }>;
  initiatives: Array<{
    id: string;
    themeId: string;
    startYear: number | null;
    people: Array<{ personId: string; role: string | null }>;
    institutions: Array<{ institutionId: string; role: string | null; sector: Sector | null }>;
  }>;
  expertise: Array<{ personId: string; themeId: string }>;
  talks: Array<{ personId: string; sessionId: string; themeId: string; role: string | null; year: number | null }>;
}

// A thing about several themes of the set counts once, for the asked theme if it is one of them,
// else for the subtheme with the smallest id (so the choice is stable).
const themeKey = (t: string) => `CASE WHEN ${t} = root THEN '' ELSE ${t}.id END`;
const themeOfKey = (key: string) => `CASE WHEN ${key} = '' THEN root.id ELSE ${key} END`;

const THEME_FACTS = /* cypher */ `
  MATCH (root:Theme {id: $id})
  WITH root, [root] + COLLECT { MATCH (t:Theme)-[:SUBTHEME_OF*1..8]->(root) RETURN DISTINCT t } AS themes
  CALL (root, themes) {
    UNWIND themes AS t
    MATCH (t)<-[:ADDRESSES]-(paper:Paper)
    WITH root, paper, min(${themeKey('t')}) AS key
    RETURN collect({
      id: paper.id, year: paper.year, themeId: ${themeOfKey('key')},
      citations: COUNT { (paper)<-[:CITES]-(:Paper) },
      authorCount: COUNT { (paper)<-[:AUTHORED]-(:Person) },
      authors: COLLECT { MATCH (paper)<-[a:AUTHORED]-(p:Person) WHERE ${visible('p')} RETURN { personId: p.id, position: a.position } }
    }) AS papers
  }
  CALL (root, themes) {
    UNWIND themes AS t
    MATCH (t)<-[:ADDRESSES]-(initiative:Initiative)
    WITH root, initiative, min(${themeKey('t')}) AS key
    RETURN collect({
      id: initiative.id, themeId: ${themeOfKey('key')}, startYear: initiative.startYear,
      people: COLLECT { MATCH (initiative)<-[r:INVOLVED_IN]-(p:Person) WHERE ${visible('p')} RETURN { personId: p.id, role: r.role } },
      institutions: COLLECT { MATCH (initiative)<-[r:PARTICIPATES_IN]-(i:Institution) RETURN { institutionId: i.id, role: r.role, sector: i.sector } }
    }) AS initiatives
  }
  CALL (themes) {
    UNWIND themes AS t
    MATCH (t)<-[:WORKS_ON]-(p:Person) WHERE ${visible('p')}
    RETURN collect({ personId: p.id, themeId: t.id }) AS expertise
  }
  CALL (root, themes) {
    UNWIND themes AS t
    MATCH (t)<-[:ABOUT]-(s:Session)<-[r:SPEAKS_AT]-(p:Person) WHERE ${visible('p')} AND ${held('s')}
    WITH root, s, p, r, min(${themeKey('t')}) AS key
    RETURN collect({ personId: p.id, sessionId: s.id, role: r.role, year: toInteger(left(s.startsAt, 4)), themeId: ${themeOfKey('key')} }) AS talks
  }
  CALL () { MATCH (p:Paper) WHERE p.year IS NOT NULL RETURN max(p.year) AS referenceYear }
  RETURN root.id AS themeId, [t IN themes | t.id] AS themeIds, coalesce(referenceYear, 2000) AS referenceYear,
         papers, initiatives, expertise, talks`;

/** The facts behind a theme's rankings, in one query. An unknown theme id is a NotFoundError. */
export async function themeFacts(db: Db, themeId: string): Promise<ThemeFacts> {
  return db.read(async (tx) => {
    const record = (await tx.run(THEME_FACTS, { id: themeId })).records[0];
    if (!record) throw new NotFoundError(themeId);
    return record.toObject() as unknown as ThemeFacts;
  });
}

/** What a ranking or a panel needs to know of a person besides their evidence. */
export interface PersonFacts {
  id: string;
  name: string;
  sector: Sector | null;
  institutionId: string | null;
  institutionName: string | null;
  country: string | null;
  /** Spoke at any session before (a talk, a panel, a workshop). */
  spokeBefore: boolean;
}

const PERSON_FACTS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (p:Person {id: id}) WHERE ${visible('p')}
  RETURN {
    id: p.id, name: p.name, sector: ${sectorOf('p')}, country: p.country,
    institution: head(COLLECT { MATCH (i:Institution {id: p.currentInstitutionId}) RETURN { id: i.id, name: i.name } }),
    spokeBefore: EXISTS { MATCH (p)-[:SPEAKS_AT]->(s:Session) WHERE ${held('s')} }
  } AS person`;

/** Facts about people, by id; unknown or hidden ids are left out. */
export async function personFacts(db: Db, ids: readonly string[]): Promise<Map<string, PersonFacts>> {
  if (ids.length === 0) return new Map();
  return db.read(async (tx) => {
    const result = await tx.run(PERSON_FACTS, { ids });
    return new Map(
      result.records.map((record) => {
        const { institution, ...person } = record.get('person') as Omit<PersonFacts, 'institutionId' | 'institutionName'> & {
          institution: { id: string; name: string } | null;
        };
        return [person.id, { ...person, institutionId: institution?.id ?? null, institutionName: institution?.name ?? null }];
      }),
    );
  });
}
