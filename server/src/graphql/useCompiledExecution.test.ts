import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema.ts';
import { runsCompiled, variablesCoerce } from './useCompiledExecution.ts';

const NODE = parse('query Node($id: ID!, $first: Int) { node(id: $id) { id } search(query: "x", first: $first) { __typename } }');

describe('which requests run compiled', () => {
  it('compiles a request whose variables coerce to their types', () => {
    expect(variablesCoerce({ schema, document: NODE, variableValues: { id: 'p1', first: 10 } })).toBe(true);
    expect(variablesCoerce({ schema, document: NODE, variableValues: { id: 'p1' } })).toBe(true);
  });

  it('leaves a wrong, missing or out-of-range variable to graphql-js, whose errors name it', () => {
    for (const variableValues of [{ id: 'p1', first: 'ten' }, { id: 'p1', first: 1.5 }, { id: 'p1', first: 2 ** 31 }, {}, { id: null }]) {
      expect(variablesCoerce({ schema, document: NODE, variableValues }), JSON.stringify(variableValues)).toBe(false);
    }
  });

  it('leaves a document without the named operation to graphql-js', () => {
    expect(variablesCoerce({ schema, document: NODE, operationName: 'Other', variableValues: { id: 'p1' } })).toBe(false);
  });

  it('leaves an operation the schema has no root type for (a subscription) to graphql-js', () => {
    expect(runsCompiled({ schema, document: NODE, variableValues: { id: 'p1' } })).toBe(true);
    expect(runsCompiled({ schema, document: NODE, variableValues: {} })).toBe(false);
    expect(runsCompiled({ schema, document: parse('subscription { __typename }') })).toBe(false);
  });
});
