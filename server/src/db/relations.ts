import type { Kind } from '@atlas/schema';

/**
 * Every relationship list the API offers, as a whitelist: the Cypher pattern from the entity `n`
 * to the listed entity `m` (with `r` the relationship whose properties the list shows), and the
 * order of the list. Query text is built only from these constants.
 */
export interface RelationSpec {
  from: Kind;
  target: Kind;
  pattern: string;
  order: string;
  /** False where `r` is only a step on the way (co-authors), so its properties mean nothing. */
  edgeProps?: boolean;
}

const spec = (from: Kind, target: Kind, pattern: string, order = 'label ASC', edgeProps = true): RelationSpec => ({
  from,
  target,
  pattern,
  order,
  edgeProps,
});

export const RELATIONS = {
  Person: {
    affiliations: spec('Person', 'Institution', '(n)-[r:AFFILIATED_WITH]->(m:Institution)', 'r.until IS NULL DESC, coalesce(r.since, 0) DESC, label ASC'),
    papers: spec('Person', 'Paper', '(n)-[r:AUTHORED]->(m:Paper)', 'coalesce(m.year, 0) DESC, label ASC'),
    themes: spec('Person', 'Theme', '(n)-[r:WORKS_ON]->(m:Theme)'),
    initiatives: spec('Person', 'Initiative', '(n)-[r:INVOLVED_IN]->(m:Initiative)'),
    sessions: spec('Person', 'Session', '(n)-[r:SPEAKS_AT]->(m:Session)', 'coalesce(m.startsAt, "") DESC, label ASC'),
    coauthors: spec('Person', 'Person', '(n)-[r:AUTHORED]->(:Paper)<-[:AUTHORED]-(m:Person)', 'weight DESC, label ASC', false),
  },
  Institution: {
    people: spec('Institution', 'Person', '(n)<-[r:AFFILIATED_WITH]-(m:Person)', 'r.until IS NULL DESC, label ASC'),
    initiatives: spec('Institution', 'Initiative', '(n)-[r:PARTICIPATES_IN]->(m:Initiative)', 'coalesce(m.startYear, 0) DESC, label ASC'),
    parents: spec('Institution', 'Institution', '(n)-[r:PART_OF]->(m:Institution)'),
    units: spec('Institution', 'Institution', '(n)<-[r:PART_OF]-(m:Institution)'),
    events: spec('Institution', 'Event', '(n)-[r:ORGANISES]->(m:Event)', 'coalesce(m.startDate, "") DESC, label ASC'),
  },
  Paper: {
    authors: spec('Paper', 'Person', '(n)<-[r:AUTHORED]-(m:Person)', 'coalesce(r.position, 999) ASC, label ASC'),
    themes: spec('Paper', 'Theme', '(n)-[r:ADDRESSES]->(m:Theme)'),
    cites: spec('Paper', 'Paper', '(n)-[r:CITES]->(m:Paper)', 'coalesce(m.year, 0) DESC, label ASC'),
    citedBy: spec('Paper', 'Paper', '(n)<-[r:CITES]-(m:Paper)', 'coalesce(m.year, 0) DESC, label ASC'),
  },
  Theme: {
    subthemes: spec('Theme', 'Theme', '(n)<-[r:SUBTHEME_OF]-(m:Theme)'),
    parents: spec('Theme', 'Theme', '(n)-[r:SUBTHEME_OF]->(m:Theme)'),
    people: spec('Theme', 'Person', '(n)<-[r:WORKS_ON]-(m:Person)'),
    papers: spec('Theme', 'Paper', '(n)<-[r:ADDRESSES]-(m:Paper)', 'coalesce(m.year, 0) DESC, label ASC'),
    initiatives: spec('Theme', 'Initiative', '(n)<-[r:ADDRESSES]-(m:Initiative)'),
    sessions: spec('Theme', 'Session', '(n)<-[r:ABOUT]-(m:Session)', 'coalesce(m.startsAt, "") DESC, label ASC'),
  },
  Initiative: {
    institutions: spec('Initiative', 'Institution', '(n)<-[r:PARTICIPATES_IN]-(m:Institution)', "CASE r.role WHEN 'lead' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, label ASC"),
    people: spec('Initiative', 'Person', '(n)<-[r:INVOLVED_IN]-(m:Person)'),
    themes: spec('Initiative', 'Theme', '(n)-[r:ADDRESSES]->(m:Theme)'),
  },
  Event: {
    partOf: spec('Event', 'Event', '(n)-[r:PART_OF]->(m:Event)'),
    parts: spec('Event', 'Event', '(n)<-[r:PART_OF]-(m:Event)', 'coalesce(m.startDate, "") ASC, label ASC'),
    sessions: spec('Event', 'Session', '(n)<-[r:PART_OF]-(m:Session)', 'coalesce(m.startsAt, "") ASC, label ASC'),
    organisers: spec('Event', 'Institution', '(n)<-[r:ORGANISES]-(m:Institution)'),
  },
  Session: {
    event: spec('Session', 'Event', '(n)-[r:PART_OF]->(m:Event)'),
    themes: spec('Session', 'Theme', '(n)-[r:ABOUT]->(m:Theme)'),
    speakers: spec('Session', 'Person', '(n)<-[r:SPEAKS_AT]-(m:Person)', "CASE r.role WHEN 'keynote' THEN 0 WHEN 'moderator' THEN 2 ELSE 1 END, label ASC"),
  },
} as const satisfies { [K in Kind]: Record<string, RelationSpec> };

export type RelationName<K extends Kind> = keyof (typeof RELATIONS)[K] & string;
