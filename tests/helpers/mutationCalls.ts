import type { GraphQLResponse } from './db.ts';

/** The parts of an introspected type reference that building a call needs. */
export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}

export interface MutationField {
  name: string;
  description: string | null;
  args: InputValue[];
  type: TypeRef;
}

interface NamedType {
  name: string;
  kind: string;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

export const MUTATIONS_INTROSPECTION = /* GraphQL */ `
  query Mutations {
    __schema {
      mutationType { fields { name description args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
      types { name kind inputFields { name defaultValue type { ${TYPE_REF} } } enumValues { name } }
    }
  }`;

export interface MutationSchema {
  __schema: { mutationType: { fields: MutationField[] } | null; types: NamedType[] };
}

const typeString = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL' ? `${typeString(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${typeString(ref.ofType!)}]` : ref.name!;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const required = (value: InputValue) => value.type.kind === 'NON_NULL' && value.defaultValue === null;

/**
 * Builds one call of every mutation from the schema alone: each required argument gets a value of
 * its type (ids are `id`, enums their first value, input objects their required fields), and
 * `overrides` give realistic arguments where a test knows the mutation.
 */
export function mutationCalls(schema: MutationSchema, id: string, overrides: Record<string, Record<string, unknown>>) {
  const types = new Map(schema.__schema.types.map((type) => [type.name, type]));
  const SCALARS: Record<string, unknown> = { ID: id, String: `${id} text`, Int: 1, Float: 0.5, Boolean: false };
  const sample = (ref: TypeRef): unknown => {
    if (ref.kind === 'NON_NULL') return sample(ref.ofType!);
    if (ref.kind === 'LIST') return [sample(ref.ofType!)];
    const type = types.get(ref.name!);
    if (type?.kind === 'ENUM') return type.enumValues![0]!.name;
    if (type?.kind === 'INPUT_OBJECT') return Object.fromEntries(type.inputFields!.filter(required).map((f) => [f.name, sample(f.type)]));
    if (!(ref.name! in SCALARS)) throw new Error(`No sample value for the scalar ${ref.name}: add one to mutationCalls.`);
    return SCALARS[ref.name!];
  };
  return (schema.__schema.mutationType?.fields ?? []).map((field) => {
    const given = overrides[field.name] ?? {};
    const args = field.args.filter((arg) => required(arg) || arg.name in given);
    const returnKind = named(field.type).kind;
    const selection = returnKind === 'SCALAR' || returnKind === 'ENUM' ? '' : ' { __typename }';
    const params = args.map((arg) => `$${arg.name}: ${typeString(arg.type)}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return {
      name: field.name,
      description: field.description ?? '',
      /** Whether the arguments are realistic (so the call should succeed for a role allowed to make it). */
      realistic: field.name in overrides,
      query: `mutation Try${params ? `(${params})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
      variables: Object.fromEntries(args.map((arg) => [arg.name, arg.name in given ? given[arg.name] : sample(arg.type)])),
    };
  });
}

/** The code of the first error, or 'ok'. */
export const outcomeOf = (response: GraphQLResponse<unknown>): string => (response.errors?.length ? String(response.errors[0]!.extensions?.code) : 'ok');
