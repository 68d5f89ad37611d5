import type { EntityRef } from '../../graphql/types.ts';
import type { Connection, EntityDetails, RelatedEdge } from './nodeDetails.queries.ts';

export interface RelationItem {
  entity: EntityRef;
  /** What the edge adds: a role, years. */
  note: string | null;
}

export interface RelationSection {
  key: string;
  title: string;
  totalCount: number;
  items: RelationItem[];
}

function note(edge: RelatedEdge): string | null {
  const years =
    edge.since || edge.until ? `${edge.since ?? ''}–${edge.until ?? (edge.since ? 'now' : '')}` : null;
  const parts = [edge.role, years].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

const list = (key: string, title: string, connection: Connection | null | undefined): RelationSection => ({
  key,
  title,
  totalCount: connection?.totalCount ?? 0,
  items: (connection?.edges ?? []).map((edge) => ({ entity: edge.node, note: note(edge) })),
});

const single = (key: string, title: string, entity: EntityRef | null): RelationSection => ({
  key,
  title,
  totalCount: entity ? 1 : 0,
  items: entity ? [{ entity, note: null }] : [],
});

/** The relationship lists the details panel shows for each kind, in reading order. Empty ones are dropped. */
export function relationSections(entity: EntityDetails): RelationSection[] {
  const sections = ((): RelationSection[] => {
    switch (entity.__typename) {
      case 'Person':
        return [
          list('affiliations', 'Affiliations', entity.affiliations),
          list('papers', 'Papers', entity.papers),
          list('themes', 'Themes', entity.themes),
          list('initiatives', 'Initiatives', entity.initiatives),
          list('sessions', 'Sessions', entity.sessions),
          list('coauthors', 'Co-authors', entity.coauthors),
        ];
      case 'Institution':
        return [
          list('people', 'People', entity.people),
          list('initiatives', 'Initiatives', entity.initiatives),
          list('parents', 'Part of', entity.parents),
          list('units', 'Units', entity.units),
          list('events', 'Events', entity.events),
        ];
      case 'Paper':
        return [
          list('authors', 'Authors', entity.authors),
          list('themes', 'Themes', entity.themes),
          list('cites', 'Cites', entity.cites),
          list('citedBy', 'Cited by', entity.citedBy),
        ];
      case 'Theme':
        return [
          single('parent', 'Broader theme', entity.parent),
          list('subthemes', 'Subthemes', entity.subthemes),
          list('people', 'People', entity.people),
          list('papers', 'Papers', entity.papers),
          list('initiatives', 'Initiatives', entity.initiatives),
          list('sessions', 'Sessions', entity.sessions),
        ];
      case 'Initiative':
        return [
          list('institutions', 'Institutions', entity.institutions),
          list('people', 'People', entity.people),
          list('themes', 'Themes', entity.themes),
        ];
      case 'Event':
        return [
          single('partOf', 'Part of', entity.partOf),
          list('organisers', 'Organisers', entity.organisers),
          list('sessions', 'Sessions', entity.sessions),
          list('parts', 'Parts', entity.parts),
        ];
      case 'Session':
        return [
          single('event', 'Event', entity.event),
          list('speakers', 'Speakers', entity.speakers),
          list('themes', 'Themes', entity.themes),
        ];
    }
  })();
  return sections.filter((section) => section.totalCount > 0);
}
