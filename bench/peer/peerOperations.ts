import type { GraphqlRequest } from '../src/graphqlClient.ts';
import { luceneQuery } from '../../server/src/db/lucene.ts';
import { FIRST_ASK_TYPOS } from '../../server/src/db/search.ts';

/**
 * The shared questions as the peer's generated API asks them, as close to ours as it allows:
 *  - search: people only (the app's person picker), top 10 by score, hidden people left out, with
 *    the very Lucene query our server asks first (one typo a word), so the index does the same work
 *    (ours asks again, forgiving two, only when that finds fewer than 10: more work, not less);
 *  - neighbourhood: the start entity with each relationship list as a nested selection (the
 *    generated API has no "whatever is connected" field), capped like our slice; depth 2 nests once
 *    more with smaller caps. It computes no degrees, sectors or edges among the neighbours, which
 *    ours does: the peer does less work.
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

const PERSON_1 = `affiliatedWith(limit: $limit) { id name sector }
  authored(limit: $limit) { id title }
  worksOn(limit: $limit) { id name }
  involvedIn(limit: $limit) { id name }
  speaksAt(limit: $limit) { id title }`;

const PERSON_2 = `affiliatedWith(limit: $limit) { id name sector people(limit: $inner) { id name } participatesIn(limit: $inner) { id name } }
  authored(limit: $limit) { id title authors(limit: $inner) { id name } addresses(limit: $inner) { id name } cites(limit: $inner) { id title } citedBy(limit: $inner) { id title } }
  worksOn(limit: $limit) { id name people(limit: $inner) { id name } papers(limit: $inner) { id title } }
  involvedIn(limit: $limit) { id name institutions(limit: $inner) { id name sector } people(limit: $inner) { id name } }
  speaksAt(limit: $limit) { id title speakers(limit: $inner) { id name } about(limit: $inner) { id name } }`;

const INSTITUTION_1 = `people(limit: $limit) { id name }
  participatesIn(limit: $limit) { id name }
  organises(limit: $limit) { id name }
  partOf(limit: $limit) { id name sector }
  parts(limit: $limit) { id name sector }`;

const INSTITUTION_2 = `people(limit: $limit) { id name authored(limit: $inner) { id title } worksOn(limit: $inner) { id name } }
  participatesIn(limit: $limit) { id name institutions(limit: $inner) { id name sector } addresses(limit: $inner) { id name } }
  organises(limit: $limit) { id name sessions(limit: $inner) { id title } }
  partOf(limit: $limit) { id name sector parts(limit: $inner) { id name } }
  parts(limit: $limit) { id name sector people(limit: $inner) { id name } }`;

/** One start id; `kind` says which root field to use (the generated API has one per type). */
export function peerNeighbourhood(id: string, kind: 'Person' | 'Institution', depth: 1 | 2, limit: number): GraphqlRequest {
  const [root, body] = kind === 'Person' ? ['people', depth === 1 ? PERSON_1 : PERSON_2] : ['institutions', depth === 1 ? INSTITUTION_1 : INSTITUTION_2];
  const inner = depth === 2 ? ', $inner: Int!' : '';
  return {
    query: `query PeerNeighbourhood($id: ID!, $limit: Int!${inner}) { ${root}(where: { id: { eq: $id } }) { id name ${body} } }`,
    // Depth 2: the first hop as at depth 1; each second-hop list capped so that, for a start of
    // median degree (~8 neighbours, ~1.5 big lists each), the whole comes near our limit.
    variables: depth === 1 ? { id, limit } : { id, limit: 150, inner: Math.round(limit / 12) },
  };
}
