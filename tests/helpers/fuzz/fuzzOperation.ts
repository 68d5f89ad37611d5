import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** One variable of a fuzz operation, with the argument it feeds (its description documents ranges). */
export interface FuzzVariable {
  name: string;
  type: GraphQLInputType;
  argument: GraphQLArgument;
  /** An argument of the root field itself, not of a nested field. */
  root: boolean;
  /** The name of the field it is an argument of (themeOverview: its id is a theme's). */
  field: string;
}

export interface FuzzOperation {
  field: string;
  text: string;
  variables: FuzzVariable[];
}

type AnyField = GraphQLField<unknown, unknown>;

/**
 * Field names that two implementations use for different types: in one selection they need aliases
 * (graphql-js lets fields of different object types share a name only when their shapes agree).
 */
function clashingNames(types: readonly GraphQLObjectType[]): Set<string> {
  const shapes = new Map<string, Set<string>>();
  for (const type of types) {
    for (const field of Object.values(type.getFields())) {
      shapes.set(field.name, (shapes.get(field.name) ?? new Set()).add(field.type.toString()));
    }
  }
  return new Set([...shapes].filter(([, types]) => types.size > 1).map(([name]) => name));
}

/**
 * Writes an operation calling one root field with every argument as a variable, and a selection
 * chosen from its return type: the scalars, plus `depth` levels of nested objects (every argument
 * of those nested fields is a variable too). Interfaces select each implementation through an
 * inline fragment, with aliases only where two types use one name for different shapes (queries
 * may use only a few aliases).
 */
export function fuzzOperation(schema: GraphQLSchema, operation: 'query' | 'mutation', field: AnyField, depth = 2): FuzzOperation {
  const variables: FuzzVariable[] = [];
  const call = (target: AnyField, alias?: string): string => {
    const args = target.args.map((argument) => {
      const name = `v${variables.length}_${argument.name}`;
      variables.push({ name, type: argument.type, argument, root: target === field, field: target.name });
      return `${argument.name}: $${name}`;
    });
    return `${alias ? `${alias}: ` : ''}${target.name}${args.length ? `(${args.join(', ')})` : ''}`;
  };

  const fieldsOf = (type: GraphQLNamedType, levels: number, inFragment?: { skip: ReadonlySet<string>; clashing: ReadonlySet<string> }): string[] => {
    if (!isObjectType(type) && !isInterfaceType(type)) return [];
    const selections: string[] = [];
    for (const child of Object.values(type.getFields())) {
      if (inFragment?.skip.has(child.name)) continue;
      const alias = inFragment?.clashing.has(child.name) ? `${type.name}_${child.name}` : undefined;
      const childType = getNamedType(child.type);
      if (!isCompositeType(childType)) selections.push(call(child, alias));
      else if (levels > 0) selections.push(`${call(child, alias)} { ${selectionOf(childType, levels - 1).join(' ')} }`);
    }
    return selections;
  };

  const selectionOf = (type: GraphQLNamedType, levels: number): string[] => {
    // __typename: valid on every composite type, so no selection is ever empty.
    const selections = ['__typename', ...fieldsOf(type, levels)];
    if (isAbstractType(type)) {
      const skip = new Set(isInterfaceType(type) ? Object.keys(type.getFields()) : []);
      const implementations = schema.getPossibleTypes(type);
      const clashing = clashingNames(implementations);
      for (const implementation of implementations) {
        const inner = fieldsOf(implementation, levels, { skip, clashing });
        if (inner.length) selections.push(`... on ${implementation.name} { ${inner.join(' ')} }`);
      }
    }
    return selections;
  };

  const returned = getNamedType(field.type);
  const root = call(field);
  const selection = isCompositeType(returned) ? ` { ${selectionOf(returned, depth - 1).join(' ')} }` : '';
  const definitions = variables.map((variable) => `$${variable.name}: ${variable.type.toString()}`);
  const name = `Fuzz_${field.name}`;
  const text = `${operation} ${name}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${root}${selection} }`;
  return { field: field.name, text, variables };
}
