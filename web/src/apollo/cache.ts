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
      SearchHit: { keyFields: false },
      Stats: { keyFields: false, merge: true },
      PageInfo: { keyFields: false },
    },
  });
}
