import { FULLTEXT_INDEX, PEOPLE_FULLTEXT_INDEX, type Kind, type Visibility } from '@atlas/schema';
import { kindOf, labelOf } from './cypher.ts';
import { NotFoundError } from './errors.ts';
import { plainProps } from './plain.ts';
import { refreshDerived } from './derived.ts';
import type { Db } from './tx.ts';

/** Everything the atlas holds about one person: the node, and each relationship with its other end. */
export interface PersonData {
  person: Record<string, unknown>;
  relationships: Array<{
    type: string;
    direction: 'outgoing' | 'incoming';
    properties: Record<string, unknown>;
    other: { id: string; kind: Kind; label: string };
  }>;
  /** Other entities whose properties mention the person's id (a list of members, say). */
  mentionedBy: Array<{ id: string; kind: Kind; properties: string[] }>;
}

// Properties of other nodes that hold the id itself or a list containing it.
const MENTIONS = (v: string) => /* cypher */ `[k IN keys(${v}) WHERE ${v}[k] = $id OR (${v}[k] IS :: LIST<ANY> AND $id IN ${v}[k])]`;

const PERSON_DATA = /* cypher */ `
  MATCH (p:Person {id: $id})
  RETURN properties(p) AS person,
    COLLECT {
      MATCH (p)-[r]-(o:Entity)
      RETURN { type: type(r), direction: CASE WHEN startNode(r) = p THEN 'outgoing' ELSE 'incoming' END,
               properties: properties(r), other: { id: o.id, kind: ${kindOf('o')}, label: ${labelOf('o')} } }
      ORDER BY type(r), o.id
    } AS relationships,
    COLLECT {
      MATCH (o:Entity) WHERE o <> p AND size(${MENTIONS('o')}) > 0
      RETURN { id: o.id, kind: ${kindOf('o')}, properties: ${MENTIONS('o')} } ORDER BY o.id
    } AS mentionedBy`;

/** Everything held about a person, hidden or not (an editor's subject access request). NotFoundError if unknown. */
export async function personData(db: Db, id: string): Promise<PersonData> {
  return db.read(async (tx) => {
    const record = (await tx.run(PERSON_DATA, { id })).records[0];
    if (!record) throw new NotFoundError(id);
    const relationships = (record.get('relationships') as Array<PersonData['relationships'][number]>).map((r) => ({ ...r, properties: plainProps(r.properties) }));
    return { person: plainProps(record.get('person')), relationships, mentionedBy: record.get('mentionedBy') as PersonData['mentionedBy'] };
  });
}

export interface Erasure {
  id: string;
  relationshipsDeleted: number;
  /** Mentions of the id removed from other entities' properties. */
  mentionsRemoved: number;
  /** What a check after the erasure found: all zero when nothing remains. */
  remaining: { nodes: number; relationships: number; fulltextHits: number; mentions: number };
}

// Deletes the person and its relationships, and takes its id out of other nodes' properties, in one transaction.
const ERASE = /* cypher */ `
  MATCH (p:Person {id: $id})
  WITH p, p.name AS name, COUNT { (p)--() } AS relationships,
       COLLECT { MATCH (p)-[:AUTHORED|SPEAKS_AT]->(x) RETURN x.id } AS things
  CALL (p) {
    MATCH (o:Entity) WHERE o <> p
    UNWIND ${MENTIONS('o')} AS k
    WITH o, k, o[k] AS value
    CALL (o, k, value) {
      WITH o, k, value WHERE value IS :: LIST<ANY>
      SET o[k] = [x IN value WHERE x <> $id]
    }
    CALL (o, k, value) {
      WITH o, k, value WHERE NOT value IS :: LIST<ANY>
      SET o[k] = null
    }
    RETURN count(*) AS mentions
  }
  DETACH DELETE p
  RETURN name, relationships, mentions, things`;

const CHECK = /* cypher */ `
  RETURN COUNT { MATCH (n {id: $id}) } AS nodes,
         COUNT { MATCH ()-[r]-() WHERE startNode(r).id = $id OR endNode(r).id = $id } AS relationships,
         COUNT { CALL db.index.fulltext.queryNodes($index, $name) YIELD node WHERE node.id = $id RETURN node }
           + COUNT { CALL db.index.fulltext.queryNodes($peopleIndex, $name) YIELD node WHERE node.id = $id RETURN node } AS fulltextHits,
         COUNT { MATCH (o:Entity) WHERE size(${MENTIONS('o')}) > 0 } AS mentions`;

/** Lucene's special characters escaped, so a name is searched as plain words. */
const luceneEscape = (text: string) => text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

/**
 * Erases a person completely: the node, every relationship, and every mention of its id in other
 * entities, in one transaction; then checks that nothing remains, the fulltext indexes included.
 */
export async function erasePerson(db: Db, id: string): Promise<Erasure> {
  const erased = await db.write(async (tx) => {
    const record = (await tx.run(ERASE, { id })).records[0];
    if (!record) throw new NotFoundError(id);
    // The papers and sessions the person shared now count one actor fewer.
    await refreshDerived(tx, { personIds: [], institutionIds: [], thingIds: record.get('things') as string[] });
    return { name: String(record.get('name') ?? ''), relationships: Number(record.get('relationships')), mentions: Number(record.get('mentions')) };
  });
  // The fulltext index is updated on commit, so the check reads after it.
  const remaining = await db.read(async (tx) => {
    const record = (await tx.run(CHECK, { id, index: FULLTEXT_INDEX, peopleIndex: PEOPLE_FULLTEXT_INDEX, name: luceneEscape(erased.name) || id })).records[0]!;
    return {
      nodes: Number(record.get('nodes')),
      relationships: Number(record.get('relationships')),
      fulltextHits: Number(record.get('fulltextHits')),
      mentions: Number(record.get('mentions')),
    };
  });
  return { id, relationshipsDeleted: erased.relationships, mentionsRemoved: erased.mentions, remaining };
}

export interface Consent {
  visibility: Visibility;
  consentSource?: string | null;
  consentDate?: string | null;
}

export interface PersonConsent {
  id: string;
  name: string;
  visibility: Visibility;
  consentSource: string | null;
  consentDate: string | null;
}

/** Sets who may see a person and on what consent; null clears a consent field. NotFoundError if unknown. */
export async function setPersonVisibility(db: Db, id: string, consent: Consent): Promise<PersonConsent> {
  return db.write(async (tx) => {
    const result = await tx.run(
      /* cypher */ `
      MATCH (p:Person {id: $id})
      SET p.visibility = $visibility, p.updatedAt = datetime()
      SET p.consentSource = CASE WHEN $setSource THEN $consentSource ELSE p.consentSource END
      SET p.consentDate = CASE WHEN $setDate THEN $consentDate ELSE p.consentDate END
      RETURN p { .id, .name, .visibility, .consentSource, .consentDate } AS person`,
      {
        id,
        visibility: consent.visibility,
        setSource: consent.consentSource !== undefined,
        consentSource: consent.consentSource ?? null,
        setDate: consent.consentDate !== undefined,
        consentDate: consent.consentDate ?? null,
      },
    );
    const record = result.records[0];
    if (!record) throw new NotFoundError(id);
    // Hidden people drop out of the sector tallies of their papers and sessions, and come back.
    await refreshDerived(tx, { personIds: [id], institutionIds: [] });
    const person = record.get('person') as PersonConsent;
    return { ...person, consentSource: person.consentSource ?? null, consentDate: person.consentDate ?? null };
  });
}
