import { InMemoryCache } from '@apollo/client';
import { KINDS } from '@atlas/schema';

/**
 * Normalise everything that has an id by its id: entities (Person:ada), graph nodes and edges.
 * Objects without one (slices, search hits, connections and their edges, stats) stay inside
 * their parent field. possibleTypes lets fragments on the Entity interface match each kind.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: { Entity: [...KINDS] },
    typePolicies: {
      ...Object.fromEntries(KINDS.map((kind) => [kind, { keyFields: ['id'] }])),
      GraphNode: { keyFields: ['id'] },
      GraphEdge: { keyFields: ['id'] },
      GraphSlice: { keyFields: false },
      // A slice's columns: NodeColumns.ids is a list, not an identity.
      SliceColumns: { keyFields: false },
      NodeColumns: { keyFields: false },
      EdgeColumns: { keyFields: false },
      SearchHit: { keyFields: false },
      Stats: { keyFields: false, merge: true },
      PageInfo: { keyFields: false },
      // Rankings, evidence and panel proposals have no id of their own: they live inside the field that asked for them.
      ...Object.fromEntries(
        [
          'Evidence', 'EvidenceCounts', 'RankedPerson', 'RankedInstitution', 'RankedPaper', 'RankedInitiative', 'SectorShare', 'ThemeExpertise',
          'Collaborator', 'PanelCandidate', 'PanelSectorCount', 'CountryCount', 'UnmetConstraint', 'PanelProposal',
          // Inter-sectoral collaboration (issue 6): measures and lists, all answers to their query's arguments.
          'SectorMatrix', 'SectorMatrixCell', 'Mixing', 'TrendPoint', 'Collaboration', 'Bridge', 'BridgePartner',
          'ThemeGaps', 'SectorGap', 'PairGap', 'ThemeMixing', 'Communities', 'Community', 'CommunitySector',
        ].map((type) => [type, { keyFields: false }]),
      ),
      CollaborationPage: { keyFields: false },
      Query: {
        fields: {
          // One list per cell and filter; "Show more" asks for the page after the last and appends it.
          collaborations: {
            keyArgs: ['a', 'b', 'filter'],
            merge(existing: { items: unknown[] } | undefined, incoming: { items: unknown[] }, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, items: [...existing.items, ...incoming.items] };
            },
          },
        },
      },
      ThemeOverview: { keyFields: false, merge: true },
      PanelBalance: { keyFields: false, merge: true },
      // One viewer per client; its role changes when the editor token does.
      Viewer: { keyFields: false, merge: true },
    },
  });
}
