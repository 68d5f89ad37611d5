import { Neo4jGraphQL } from '@neo4j/graphql';
import { Kind, parse, validate, type FieldNode, type SelectionSetNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { peerNeighbourhood, peerSearch } from './peerOperations.ts';
import { typeDefs } from './typeDefs.ts';

let schema: Awaited<ReturnType<Neo4jGraphQL['getSchema']>>;
beforeAll(async () => {
  schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
});

const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] => (set?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);
const rootOf = (query: string) => fieldsOf(fieldsOf((parse(query).definitions[0] as { selectionSet: SelectionSetNode }).selectionSet)[0]!.selectionSet);
const names = (fields: FieldNode[]) => fields.map((f) => f.name.value);
const listsOf = (fields: FieldNode[]) => fields.filter((f) => f.selectionSet);

describe('the peer operations', () => {
  it('are valid against the schema @neo4j/graphql generates', () => {
    for (const request of [peerSearch('data governance'), ...(['Person', 'Institution'] as const).flatMap((kind) => [1, 2].map((depth) => peerNeighbourhood('x', kind, depth as 1 | 2, 500)))]) {
      expect(validate(schema, parse(request.query)).map((e) => e.message)).toEqual([]);
    }
  });

  it('ask every relationship list at each hop, as our breadth-first steps follow every type', () => {
    const person = rootOf(peerNeighbourhood('p', 'Person', 2, 500).query);
    expect(names(listsOf(person))).toEqual(['affiliatedWith', 'authored', 'worksOn', 'involvedIn', 'speaksAt']);
    const affiliations = listsOf(person).find((f) => f.name.value === 'affiliatedWith')!;
    expect(names(listsOf(fieldsOf(affiliations.selectionSet)))).toEqual(['people', 'participatesIn', 'organises', 'partOf', 'parts']);
    const papers = listsOf(person).find((f) => f.name.value === 'authored')!;
    expect(names(listsOf(fieldsOf(papers.selectionSet)))).toEqual(['authors', 'addresses', 'cites', 'citedBy']);
    // The second hop stops there: its lists hold ids and names only.
    for (const list of listsOf(fieldsOf(papers.selectionSet))) expect(listsOf(fieldsOf(list.selectionSet))).toEqual([]);
    // Depth 1: the same lists, not nested.
    const one = rootOf(peerNeighbourhood('i', 'Institution', 1, 150).query);
    expect(names(listsOf(one))).toEqual(['people', 'participatesIn', 'organises', 'partOf', 'parts']);
    for (const list of listsOf(one)) expect(listsOf(fieldsOf(list.selectionSet))).toEqual([]);
  });
});
