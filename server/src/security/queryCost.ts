import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldsOf, isIntrospectionField, type Fragments } from './selections.ts';

/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/**
 * The largest size any field accepts (neighbourhood's `limit`). Resolvers refuse a larger one with
 * BAD_USER_INPUT naming the argument's own range, which tells a client more than a cost would; so
 * sizes count up to this cap, and that refusal is what such a query meets.
 */
export const MAX_COUNTED_SIZE = 2_000;

/** What a list without a size argument is assumed to hold (the lists of a page are bounded by the page). */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Root fields that read the whole graph (or every theme) whatever they select: each costs this much
 * on its own, so aliases cannot ask for dozens of them in one request. The web app asks for one a
 * request; with the default limit (50,000, and selections that cost nothing, `{ __typename }`) a
 * request holds at most four.
 */
export const WHOLE_GRAPH_COST = 12_000;
export const WHOLE_GRAPH_FIELDS: ReadonlySet<string> = new Set(['exportData', 'bridges', 'communities', 'sectorGaps', 'sectorMatrix', 'themeMixing']);

/** Introspection costs a flat amount, whatever it selects: it reads the schema, not the database. */
const INTROSPECTION_COST = 1;

type Variables = Readonly<Record<string, unknown>>;

/** The size a field asks for: its `first`/`limit` argument as sent, else that argument's default. */
function sizeArgument(node: FieldNode, definition: GraphQLField<unknown, unknown>, variables: Variables): number | null {
  const argument: GraphQLArgument | undefined = definition.args.find((arg) => SIZE_ARGUMENTS.includes(arg.name));
  if (!argument) return null;
  const sent = node.arguments?.find((arg) => arg.name.value === argument.name);
  const sentValue = sent ? valueFromAST(sent.value, argument.type, variables as Record<string, unknown>) : undefined;
  const value = sentValue === undefined ? argument.defaultValue : sentValue;
  // A missing or malformed size fails validation elsewhere; count it as the default list size here.
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(MAX_COUNTED_SIZE, Math.max(0, value)) : DEFAULT_LIST_SIZE;
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function selectionCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  fragments: Fragments,
  variables: Variables,
  inPage: boolean,
  onPath: ReadonlySet<string>,
): number {
  let cost = 0;
  for (const { field, typeCondition, onPath: path } of fieldsOf(selectionSet, fragments, onPath)) {
    const name = field.name.value;
    if (name === '__typename') continue;
    if (isIntrospectionField(name)) {
      cost += INTROSPECTION_COST;
      continue;
    }
    const owner = (typeCondition && schema.getType(typeCondition)) || parent;
    const definition = fieldOf(owner, name);
    if (!definition) continue; // an unknown field fails validation; it costs nothing here
    const size = sizeArgument(field, definition, variables);
    const isList = isListType(getNullableType(definition.type));
    // A sized field multiplies what it selects; an unsized list does too, unless a sized field
    // above it already bounds it (the edges of a page, the nodes of a slice).
    const multiplier = size ?? (isList && !inPage ? DEFAULT_LIST_SIZE : 1);
    const childType = getNamedType(definition.type);
    // The bound passes down through single objects (a connection) to the first list it bounds.
    const childrenInPage = size !== null || (inPage && !isList);
    const below =
      field.selectionSet && isCompositeType(childType)
        ? selectionCost(schema, field.selectionSet, childType, fragments, variables, childrenInPage, path)
        : 0;
    const own = parent === schema.getQueryType() && WHOLE_GRAPH_FIELDS.has(name) ? WHOLE_GRAPH_COST : 1;
    cost += own + multiplier * below;
  }
  return cost;
}

/**
 * What an operation costs: each field 1 (a whole-graph root field WHOLE_GRAPH_COST), plus what it
 * selects times the number of items it may return (its `first`/`limit`, as sent or by default;
 * DEFAULT_LIST_SIZE for other lists).
 * Variables must be the operation's coerced values, so `first: $n` counts as what was sent.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Variables = {},
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  // A variable left out takes its default from the operation, as execution will.
  const withDefaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) withDefaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return selectionCost(schema, operation.selectionSet, root, fragments, { ...withDefaults, ...variables }, false, new Set());
}
