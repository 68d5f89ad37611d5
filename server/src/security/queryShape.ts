import type { SelectionSetNode, ValidationRule } from 'graphql';
import { limitExceeded } from '../graphql/errors.ts';
import { fieldsOf, fragmentsOf, isIntrospectionField, type Fragments } from './selections.ts';

/** How deep fields nest below a selection set: `{ a { b } }` is 2; fragments add no level. */
export function selectionDepth(selectionSet: SelectionSetNode, fragments: Fragments, onPath: ReadonlySet<string> = new Set()): number {
  let deepest = 0;
  for (const { field, onPath: path } of fieldsOf(selectionSet, fragments, onPath)) {
    if (isIntrospectionField(field.name.value)) continue;
    const below = field.selectionSet ? selectionDepth(field.selectionSet, fragments, path) : 0;
    deepest = Math.max(deepest, 1 + below);
  }
  return deepest;
}

const HTTP = { status: 400 };

/** Rejects an operation nested deeper than `max` fields (introspection excepted). */
export function maxDepthRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(operation.selectionSet, fragmentsOf(context.getDocument().definitions));
      if (depth > max) {
        context.reportError(
          limitExceeded('depth', max, depth, `The query is nested ${depth} levels deep, more than the limit of ${max}: ask for fewer levels at once.`, HTTP),
        );
      }
    },
  });
}

/** Rejects a document with more than `max` aliases, which would otherwise repeat a costly field at will. */
export function maxAliasesRule(max: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > max) {
            context.reportError(
              limitExceeded('aliases', max, aliases, `The query uses ${aliases} aliases, more than the limit of ${max}: split it into several requests.`, HTTP),
            );
          }
        },
      },
    };
  };
}
