import { describe, expect, it } from 'vitest';
import type { Connection, PersonDetails, SessionDetails } from './nodeDetails.queries.ts';
import { relationSections } from './relationSections.ts';

const none: Connection = { totalCount: 0, edges: [] };
const ref = (id: string) => ({ id, kind: 'INSTITUTION' as const, label: id, sector: 'PUBLIC' as const });

describe('relationSections', () => {
  it('lists a person’s relationships with totals and edge notes, dropping empty ones', () => {
    const person: PersonDetails = {
      __typename: 'Person', id: 'ada', kind: 'PERSON', label: 'Ada', sector: 'PUBLIC', source: 'sample', updatedAt: null,
      name: 'Ada', role: null, bio: null, country: null, keywords: [],
      affiliations: { totalCount: 23, edges: [{ node: ref('citylab'), role: 'lead', since: 2019, until: null }] },
      papers: none, themes: none, initiatives: none, sessions: none, coauthors: none,
    };
    expect(relationSections(person)).toEqual([
      { key: 'affiliations', title: 'Affiliations', totalCount: 23, items: [{ entity: ref('citylab'), note: 'lead · 2019–now' }] },
    ]);
  });

  it('shows a single link (a session’s event) as a list of one', () => {
    const session: SessionDetails = {
      __typename: 'Session', id: 's', kind: 'SESSION', label: 'S', sector: null, source: 'sample', updatedAt: null,
      title: 'S', sessionKind: null, startsAt: null, description: null,
      event: { id: 'e', kind: 'EVENT', label: 'Symposium', sector: null }, themes: none, speakers: none,
    };
    expect(relationSections(session).map((s) => [s.title, s.totalCount])).toEqual([['Event', 1]]);
  });
});
