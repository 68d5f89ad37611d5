import { getOperationAST, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../graphql/errors.ts';
import { coercedVariables } from '../graphql/useCompiledExecution.ts';
import type { QueryLimits } from './options.ts';
import { operationCost } from './queryCost.ts';
import { maxAliasesRule, maxDepthRule } from './queryShape.ts';
import { fragmentsOf } from './selections.ts';
import { countTokens } from './tokens.ts';

const HTTP = { status: 400 };

/**
 * The query limits, each a LIMIT_EXCEEDED error naming the limit, its maximum and what was found:
 * tokens before parsing (so a huge document is not parsed), depth and aliases as validation rules,
 * cost at execution, once the variables that size the lists are known and coerced.
 */
export function useQueryLimits(limits: Pick<QueryLimits, 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxTokens'>): Plugin {
  const depthRule = maxDepthRule(limits.maxDepth);
  const aliasesRule = maxAliasesRule(limits.maxAliases);
  return {
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      const tokens = countTokens(source);
      if (tokens > limits.maxTokens) {
        throw limitExceeded(
          'tokens',
          limits.maxTokens,
          tokens,
          `The query has ${tokens} tokens, more than the limit of ${limits.maxTokens}: send a shorter query.`,
          HTTP,
        );
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(depthRule);
      addValidationRule(aliasesRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const document: DocumentNode = args.document;
      const operation = getOperationAST(document, args.operationName ?? undefined);
      if (!operation) return;
      const schema = args.schema as GraphQLSchema;
      // Sizes count as execution will see them, so the variables are coerced first. When they do not
      // coerce (first: "x", an Int past 2^31), execution refuses them with graphql-js's BAD_USER_INPUT
      // naming the variable, which tells the client more than a cost computed from a value never used.
      const variables = coercedVariables(args as ExecutionArgs);
      if (!variables || variables.errors) return;
      const cost = operationCost(schema, operation, fragmentsOf(document.definitions), variables.coerced);
      if (cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            limitExceeded(
              'cost',
              limits.maxCost,
              cost,
              `The query would cost ${cost}, more than the limit of ${limits.maxCost}: ask for smaller pages (first, limit) or fewer nested lists.`,
              HTTP,
            ),
          ],
        });
      }
    },
  };
}
