import { Kind, parse, type TypeNode } from 'graphql';
import type { GraphqlRequest } from '../src/graphqlClient.ts';
import { luceneQuery } from '../../server/src/db/lucene.ts';
import { FIRST_ASK_TYPOS } from '../../server/src/db/search.ts';
import { typeDefs } from './typeDefs.ts';

/**
 * The shared questions as the peer's generated API asks them, as close to ours as it allows:
 *  - search: people only (the app's person picker), top 10 by score, hidden people left out, with
 *    the very Lucene query our server asks first (one typo a word), so the index does the same work
 *    (ours asks again, forgiving two, only when that finds fewer than 10: more work, not less);
 *  - neighbourhood: the start entity with every relationship list as a nested selection (the
 *    generated API has no "whatever is connected" field), capped like our slice; depth 2 nests every
 *    list of every neighbour once more with smaller caps. It computes no degrees or edges among the
 *    neighbours, which ours does: the peer does less work.
 */
export function peerSearch(text: string): GraphqlRequest {
  return {
    query: /* GraphQL */ `query PeerSearch($phrase: String!) {
      searchPeople(phrase: $phrase, first: 10, sort: [{ score: DESC }], where: { node: { visibility: { eq: "public" } } }) {
        edges { score node { id name role country } }
      }
    }`,
    variables: { phrase: luceneQuery(text, FIRST_ASK_TYPOS) },
  };
}

/** Each type's relationship fields (those with @relationship) and the type each leads to, read from the peer's type definitions. */
function relationshipFields(): Map<string, Array<{ field: string; type: string }>> {
  const fields = new Map<string, Array<{ field: string; type: string }>>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const relationships = (definition.fields ?? [])
      .filter((field) => field.directives?.some((directive) => directive.name.value === 'relationship'))
      .map((field) => ({ field: field.name.value, type: namedType(field.type) }));
    fields.set(definition.name.value, relationships);
  }
  return fields;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

const RELATIONSHIPS = relationshipFields();

/** What a canvas would show of an entity: its id, its name or title, and an institution's sector. */
const LEAF: Record<string, string> = { Person: 'id name', Institution: 'id name sector', Paper: 'id title', Theme: 'id name', Initiative: 'id name', Event: 'id name', Session: 'id title' };

/**
 * An entity's fields and, while hops are left, every one of its relationship lists, each capped by
 * the next of `limits` (one a hop): the generated API's way of asking "whatever is connected".
 */
function selection(type: string, limits: readonly string[]): string {
  const leaf = LEAF[type];
  if (leaf === undefined) throw new Error(`No fields chosen for the peer's type ${type}.`);
  const [limit, ...deeper] = limits;
  if (limit === undefined) return leaf;
  return `${leaf} ${(RELATIONSHIPS.get(type) ?? []).map(({ field, type: to }) => `${field}(limit: ${limit}) { ${selection(to, deeper)} }`).join(' ')}`;
}

/**
 * One start id; `kind` says which root field to use (the generated API has one per type). Every
 * relationship list at every hop, as our breadth-first steps follow every relationship type: for a
 * start whose depth-2 neighbourhood fits in our limit, the peer's answer holds exactly our nodes.
 */
export function peerNeighbourhood(id: string, kind: 'Person' | 'Institution', depth: 1 | 2, limit: number): GraphqlRequest {
  const root = kind === 'Person' ? 'people' : 'institutions';
  const limits = depth === 1 ? ['$limit'] : ['$limit', '$inner'];
  const inner = depth === 2 ? ', $inner: Int!' : '';
  return {
    query: `query PeerNeighbourhood($id: ID!, $limit: Int!${inner}) { ${root}(where: { id: { eq: $id } }) { ${selection(kind, limits)} } }`,
    // Depth 2: the first hop as at depth 1; each second-hop list capped so that, for a person of
    // median degree, the whole comes near our limit (301–782 distinct entities for the M starts,
    // median ~470, against our 500).
    variables: depth === 1 ? { id, limit } : { id, limit: 150, inner: Math.round(limit / 12) },
  };
}
