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

/** Validation rules whose errors are about argument values a client sent, not about the query's shape. */
const ARGUMENT_RULES = [ValuesOfCorrectTypeRule, ProvidedRequiredArgumentsRule, VariablesInAllowedPositionRule];

const markBadInput = (error: GraphQLError) => {
  (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, code: 'BAD_USER_INPUT' };
};

/**
 * Malformed arguments (a string for an Int, a missing required argument, a variable of the wrong
 * type) answer with code BAD_USER_INPUT, like the arguments our resolvers reject, instead of
 * graphql-js's generic validation failure or no code at all.
 */
export function useBadUserInput(): Plugin {
  return {
    onValidate({ params }) {
      return ({ valid, result }) => {
        if (valid) return;
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
