import {
  GraphQLError,
  ProvidedRequiredArgumentsRule,
  validate,
  ValuesOfCorrectTypeRule,
  VariablesInAllowedPositionRule,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from './errors.ts';

/** Validation rules whose errors are about argument values a client sent, not about the query's shape. */
const ARGUMENT_RULES = [ValuesOfCorrectTypeRule, ProvidedRequiredArgumentsRule, VariablesInAllowedPositionRule];

const markBadInput = (error: GraphQLError) => {
  (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, code: 'BAD_USER_INPUT' };
};

/** graphql-js's message when it stops validating a document past its work budget (fields overlapping in bulk). */
const VALIDATION_ABORTED = 'Validation aborted.';

/** What a client is told instead: which limit, and what to change. */
const validationLimit = () =>
  limitExceeded(
    'validation',
    null,
    null,
    'The query repeats its fields or fragments too often to be checked (graphql-js stops validating past a budget): ask for each field once, or split the query.',
  );

/**
 * Malformed arguments (a string for an Int, a missing required argument, a variable of the wrong
 * type) answer with code BAD_USER_INPUT, like the arguments our resolvers reject, instead of
 * graphql-js's generic validation failure or no code at all. A document graphql-js gave up
 * validating is LIMIT_EXCEEDED (limit "validation") with a message saying what to change.
 */
export function useBadUserInput(): Plugin {
  return {
    onValidate({ params }) {
      return ({ valid, result, setResult }) => {
        if (valid) return;
        if ((result as GraphQLError[]).some((error) => error.message === VALIDATION_ABORTED)) {
          setResult([validationLimit()]);
          return;
        }
        const argumentErrors = validate(params.schema as GraphQLSchema, params.documentAST as DocumentNode, ARGUMENT_RULES);
        const messages = new Set(argumentErrors.map((error) => error.message));
        for (const error of result as GraphQLError[]) if (messages.has(error.message)) markBadInput(error);
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result }) {
          // Variables that cannot be coerced to their declared types fail before any resolver runs.
          if (!('errors' in result) || !result.errors) return;
          for (const error of result.errors) {
            if (!error.extensions?.code && /^Variable "\$/.test(error.message)) markBadInput(error);
          }
        },
      };
    },
  };
}
