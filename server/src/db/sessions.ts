import { randomBytes } from 'node:crypto';
import { NotFoundError } from './errors.ts';
import { refreshDerived } from './derived.ts';
import type { Db } from './tx.ts';
import { visible } from './cypher.ts';

/** The themes a session is about; an unknown session is a NotFoundError. */
export async function sessionThemeIds(db: Db, sessionId: string): Promise<string[]> {
  return db.read(async (tx) => {
    const record = (
      await tx.run('MATCH (s:Session {id: $id}) RETURN COLLECT { MATCH (s)-[:ABOUT]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes', {
        id: sessionId,
      })
    ).records[0];
    if (!record) throw new NotFoundError(sessionId);
    return record.get('themes') as string[];
  });
}

export interface PanelDraft {
  title: string;
  themeId: string;
  memberIds: string[];
  eventId?: string | null;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

/**
 * Saves a panel as a draft session about the theme, its members as panelists, in one transaction.
 * Checks that the theme, every member (visible) and the event exist first; returns the new id.
 */
export async function savePanelDraft(db: Db, draft: PanelDraft): Promise<string> {
  const id = `session-draft-${slug(draft.title) || 'panel'}-${randomBytes(4).toString('hex')}`;
  return db.write(async (tx) => {
    const check = (
      await tx.run(
        /* cypher */ `
        OPTIONAL MATCH (t:Theme {id: $themeId})
        OPTIONAL MATCH (e:Event {id: $eventId})
        RETURN t IS NOT NULL AS theme, e IS NOT NULL AS event,
               [id IN $memberIds WHERE NOT EXISTS { MATCH (p:Person {id: id}) WHERE ${visible('p')} }] AS missing`,
        { themeId: draft.themeId, eventId: draft.eventId ?? null, memberIds: draft.memberIds },
      )
    ).records[0]!;
    if (!check.get('theme')) throw new NotFoundError(draft.themeId);
    if (draft.eventId && !check.get('event')) throw new NotFoundError(draft.eventId);
    const missing = check.get('missing') as string[];
    if (missing.length) throw new NotFoundError(missing[0]!);
    await tx.run(
      /* cypher */ `
      MATCH (t:Theme {id: $themeId})
      CREATE (s:Session:Entity {id: $id, title: $title, sessionKind: 'panel', status: 'draft', source: 'manual', updatedAt: datetime()})
      CREATE (s)-[:ABOUT {source: 'manual', updatedAt: datetime()}]->(t)
      WITH s
      UNWIND range(0, size($memberIds) - 1) AS i
      MATCH (p:Person {id: $memberIds[i]})
      CREATE (p)-[:SPEAKS_AT {role: 'panelist', position: i + 1, source: 'manual', updatedAt: datetime()}]->(s)
      WITH DISTINCT s
      OPTIONAL MATCH (e:Event {id: $eventId})
      FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | CREATE (s)-[:PART_OF {source: 'manual', updatedAt: datetime()}]->(e))`,
      { id, title: draft.title, themeId: draft.themeId, memberIds: draft.memberIds, eventId: draft.eventId ?? null },
    );
    // A draft does not count as a collaboration, but it keeps a tally like every session, for when it is held.
    await refreshDerived(tx, { personIds: [], institutionIds: [], thingIds: [id], themeLinkedIds: [id] });
    return id;
  });
}
