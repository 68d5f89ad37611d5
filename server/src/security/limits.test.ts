import { buildSchema, getOperationAST, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema as atlasSchema } from '../graphql/schema.ts';
import { webOperations } from './extractOperations.ts';
import { DEFAULT_LIMITS } from './options.ts';
import { DEFAULT_LIST_SIZE, MAX_COUNTED_SIZE, operationCost, WHOLE_GRAPH_COST, WHOLE_GRAPH_FIELDS } from './queryCost.ts';
import { maxAliasesRule, maxDepthRule, selectionDepth } from './queryShape.ts';
import { fragmentsOf } from './selections.ts';
import { countTokens } from './tokens.ts';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    person(id: ID!): Person
    people(first: Int = 20): PersonConnection!
    themes: [Theme!]!
    node(id: ID!): Node
  }
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String! keywords: [String!]! papers(first: Int = 5): PaperConnection! themes: [Theme!]! }
  type Theme implements Node { id: ID! name: String! }
  type Paper implements Node { id: ID! title: String! }
  type PersonConnection { totalCount: Int! edges: [PersonEdge!]! }
  type PersonEdge { node: Person! }
  type PaperConnection { totalCount: Int! edges: [PaperEdge!]! }
  type PaperEdge { node: Paper! }
`);

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, getOperationAST(document)!, fragmentsOf(document.definitions), variables);
};
const depth = (query: string) => {
  const document = parse(query);
  return selectionDepth(getOperationAST(document)!.selectionSet, fragmentsOf(document.definitions));
};
const extensionsOf = (errors: readonly GraphQLError[]) => errors.map((error) => error.extensions);

describe('query depth', () => {
  it('counts nested fields, through fragments and inline fragments, but not the fragments themselves', () => {
    expect(depth('{ themes { id } }')).toBe(2);
    expect(depth('{ people { edges { node { ...P } } } } fragment P on Person { papers { edges { node { title } } } }')).toBe(7);
    expect(depth('{ node(id: "x") { ... on Person { themes { name } } } }')).toBe(3);
  });

  it('does not count introspection, and stops on a fragment cycle', () => {
    expect(depth('{ __schema { types { fields { type { ofType { ofType { name } } } } } } themes { id } }')).toBe(2);
    expect(depth('{ person(id: "x") { ...A } } fragment A on Person { themes { ...B } } fragment B on Theme { ...A }')).toBe(2);
  });

  it('rejects a deeper query with LIMIT_EXCEEDED naming the limit and the depth found', () => {
    const errors = validate(schema, parse('{ people { edges { node { papers { edges { node { id } } } } } } }'), [maxDepthRule(5)]);
    expect(extensionsOf(errors)).toEqual([{ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 5, found: 7, http: { status: 400 } }]);
    expect(errors[0]!.message).toMatch(/7 levels deep, more than the limit of 5/);
    expect(validate(schema, parse('{ themes { id } }'), [maxDepthRule(2)])).toEqual([]);
  });
});

describe('aliases', () => {
  it('counts every alias in the document, fragments included', () => {
    const query = '{ a: themes { id } b: themes { id } ...F } fragment F on Query { c: themes { x: id } }';
    expect(validate(schema, parse(query), [maxAliasesRule(4)])).toEqual([]);
    const errors = validate(schema, parse(query), [maxAliasesRule(3)]);
    expect(extensionsOf(errors)).toEqual([{ code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 3, found: 4, http: { status: 400 } }]);
  });
});

describe('tokens', () => {
  it('counts names, punctuation and values, not comments or commas', () => {
    expect(countTokens('{ a }')).toBe(3);
    expect(countTokens('# a comment\n{ a(x: "y", z: 1) }')).toBe(11);
    expect(countTokens('{ a ` }')).toBe(2); // counts up to the bad character; parsing names it
  });
});

describe('cost', () => {
  it('is one a field, with what a sized field selects multiplied by its size', () => {
    expect(cost('{ person(id: "x") { id name } }')).toBe(3);
    // people: 1 + 20 × (totalCount 1 + edges (1 + node (1 + id 1)))
    expect(cost('{ people { totalCount edges { node { id } } } }')).toBe(1 + 20 * (1 + 1 + 1 + 1));
    expect(cost('{ people(first: 2) { edges { node { id } } } }')).toBe(1 + 2 * 3);
  });

  it('counts a size up to the largest any field accepts (its resolver refuses more, naming its range)', () => {
    expect(cost('{ people(first: 1000000) { totalCount } }')).toBe(1 + MAX_COUNTED_SIZE);
  });

  it('reads sizes from variables, their defaults, and the argument default', () => {
    const query = 'query Q($n: Int = 3) { people(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 7 })).toBe(1 + 7 * 3);
    expect(cost(query)).toBe(1 + 3 * 3);
  });

  it('gives an unsized list the default size, and multiplies nested pages', () => {
    expect(cost('{ themes { id name } }')).toBe(1 + DEFAULT_LIST_SIZE * 2);
    const nested = '{ people(first: 10) { edges { node { papers(first: 10) { edges { node { title } } } } } } }';
    expect(cost(nested)).toBe(1 + 10 * (1 + 1 + (1 + 10 * (1 + 1 + 1))));
    expect(cost('{ people(first: 10) { edges { node { themes { id } } } } }')).toBe(1 + 10 * (1 + 1 + (1 + DEFAULT_LIST_SIZE)));
  });

  it("charges a whole-graph analysis its weight, so aliases cannot ask for dozens in one request", () => {
    const atlasCost = (query: string) => {
      const document = parse(query);
      return operationCost(atlasSchema, getOperationAST(document)!, fragmentsOf(document.definitions));
    };
    expect(atlasCost('{ sectorMatrix { total } }')).toBe(WHOLE_GRAPH_COST + 1);
    expect(atlasCost('{ hubCount }')).toBe(1);
    const aliased = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: exportData { ${selection} }`).join(' ')} }`;
    for (const selection of ['nodes', '__typename']) {
      expect(atlasCost(aliased(4, selection)), selection).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(atlasCost(aliased(5, selection)), selection).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    }
    for (const field of WHOLE_GRAPH_FIELDS) expect(atlasSchema.getQueryType()!.getFields()[field], field).toBeDefined();
  });

  it('charges introspection a flat 1 and __typename nothing', () => {
    expect(cost('{ __typename __schema { types { fields { name } } } }')).toBe(1);
  });
});

describe('the default limits', () => {
  it('let every operation the web app sends through, at the largest sizes it asks for', async () => {
    const sizes = { first: 100, limit: 2000, members: 50, partners: 10 };
    for (const operation of await webOperations()) {
      const document = parse(operation.body);
      const definition = getOperationAST(document)!;
      const fragments = fragmentsOf(document.definitions);
      expect(operationCost(atlasSchema, definition, fragments, sizes), operation.name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(selectionDepth(definition.selectionSet, fragments), operation.name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
      expect(countTokens(operation.body), operation.name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens);
      expect(validate(atlasSchema, document, [maxAliasesRule(DEFAULT_LIMITS.maxAliases)]), operation.name).toEqual([]);
    }
  });
});
