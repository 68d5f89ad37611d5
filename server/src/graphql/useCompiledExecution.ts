import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** True when the request's variables coerce to their declared types (graphql-js's own check). */
export function variablesCoerce({ schema, document, operationName, variableValues }: ExecutionArgs): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}, { maxErrors: 1 });
  return !coerced.errors;
}

/**
 * Executes operations through graphql-jit: each document is compiled once (cached beside Yoga's
 * parsed document) into plain functions that resolve and serialise its fields, instead of walking
 * the query field by field for every object. A graph slice of 2,800 elements serialises several
 * times faster. Requests whose variables do not coerce go through graphql-js, whose errors
 * (BAD_USER_INPUT naming the variable, see useBadUserInput) are the API's contract.
 */
export function useCompiledExecution(): Plugin {
  return useGraphQlJit({}, { enableIf: variablesCoerce }) as Plugin;
}
