import { Kind, type FragmentDefinitionNode, type SelectionNode, type SelectionSetNode } from 'graphql';

/** Introspection entry points: tools (GraphiQL, codegen) send large ones, so limits skip them. */
export const isIntrospectionField = (name: string) => name === '__schema' || name === '__type';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * The fields a selection set asks for, with inline fragments and fragment spreads flattened
 * (spreads resolved through `fragments`); a fragment already on the path is skipped, so a
 * cyclic document (which validation rejects anyway) cannot loop.
 */
export function* fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  onPath: ReadonlySet<string> = new Set(),
): Generator<{ field: Extract<SelectionNode, { kind: Kind.FIELD }>; typeCondition: string | null; onPath: ReadonlySet<string> }> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      yield { field: selection, typeCondition: null, onPath };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const inner of fieldsOf(selection.selectionSet, fragments, onPath)) {
        yield { ...inner, typeCondition: inner.typeCondition ?? selection.typeCondition?.name.value ?? null };
      }
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || onPath.has(name)) continue;
      const path = new Set(onPath).add(name);
      for (const inner of fieldsOf(fragment.selectionSet, fragments, path)) {
        yield { ...inner, typeCondition: inner.typeCondition ?? fragment.typeCondition.name.value };
      }
    }
  }
}

/** The fragments of a document by name. */
export function fragmentsOf(definitions: readonly { kind: Kind }[]): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments.set(fragment.name.value, fragment);
    }
  }
  return fragments;
}
