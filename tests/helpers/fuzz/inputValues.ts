import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLInputType,
} from 'graphql';
import type { Rng } from './fuzzSeed.ts';
import { EDGE_FLOATS, EDGE_INTS, HOSTILE_FILE_CONTENTS, HOSTILE_STRINGS, UNKNOWN_IDS } from './hostileValues.ts';

/** Leave the variable (or input field) out entirely, as opposed to sending null. */
export const OMIT = Symbol('omit');

export interface ValueContext {
  rng: Rng;
  /** Ids that exist in the database by kind (Person, Theme, …), so cases reach deep into the resolvers. */
  idsByKind: Readonly<Record<string, readonly string[]>>;
  /** Hostile values, or plausible ones (real ids, numbers in range) so the hostile ones elsewhere get through. */
  hostile: boolean;
}

/** What the schema says about the argument or input field a value is for. */
export interface Slot {
  name: string;
  description?: string | null | undefined;
  /** Words that say what it is about (the field's name), to pick ids of the right kind. */
  hint?: string;
}

/** Real ids, of the kind the slot's name suggests (themeId: a theme's), else of any kind. */
function realId(slot: Slot, ctx: ValueContext): string {
  const words = `${slot.hint ?? ''} ${slot.name}`.toLowerCase();
  const kind = Object.keys(ctx.idsByKind).find((k) => words.includes(k.toLowerCase()));
  const people = /member|require|exclude/.test(words) ? ctx.idsByKind.Person : undefined;
  const pool = (kind && ctx.idsByKind[kind]) || people || Object.values(ctx.idsByKind).flat();
  return ctx.rng.pick(pool);
}

/** A plausible value: what a well-behaved client would send. */
function plausibleScalar(type: GraphQLScalarType, slot: Slot, ctx: ValueContext): unknown {
  const { rng } = ctx;
  const range = documentedRange(slot.description);
  switch (type.name) {
    case 'ID':
      return realId(slot, ctx);
    case 'String':
      return rng.pick(['data', 'Berlin', 'open data', realId(slot, ctx)]);
    case 'Int':
      return range ? rng.int(Math.ceil(range.min), Math.floor(range.max)) : rng.pick([1, 2, 5, 10, 2020]);
    case 'Float':
      return range ? range.min + rng.next() * (range.max - range.min) : 0.5;
    case 'Boolean':
      return rng.chance(0.5);
    default:
      throw new Error(`The fuzz has no values for the scalar ${type.name}: add them to inputValues.ts.`);
  }
}

/** A documented range ("1 to 100.") of a number argument, if its description states one. */
export function documentedRange(description: string | null | undefined): { min: number; max: number } | null {
  const match = /(-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)/.exec(description ?? '');
  return match ? { min: Number(match[1]), max: Number(match[2]) } : null;
}

function edgeNumber(rng: Rng, slot: Slot, edges: readonly number[], step: number): number {
  const range = documentedRange(slot.description);
  if (!range || rng.chance(0.4)) return rng.pick(edges);
  const { min, max } = range;
  return rng.pick([min - step, min, max, max + step, min + Math.round(rng.next() * (max - min) / step) * step]);
}

const sizedList = (rng: Rng, hostile: boolean, item: () => unknown): unknown[] => {
  if (!hostile) return Array.from({ length: rng.int(1, 3) }, item);
  const shape = rng.int(0, 4);
  if (shape === 0) return [];
  if (shape === 1) return [item()];
  if (shape === 2) return Array.from({ length: rng.int(2, 6) }, item);
  if (shape === 3) return Array(3).fill(item()); // duplicates
  return Array.from({ length: 300 }, item); // long
};

function scalarValue(type: GraphQLScalarType, slot: Slot, ctx: ValueContext): unknown {
  const { rng } = ctx;
  if (!ctx.hostile) return plausibleScalar(type, slot, ctx);
  switch (type.name) {
    case 'ID': {
      const roll = rng.next();
      if (roll < 0.3) return realId(slot, ctx);
      return roll < 0.6 ? rng.pick(UNKNOWN_IDS) : rng.pick(HOSTILE_STRINGS);
    }
    case 'String':
      if (/content/i.test(slot.name) && rng.chance(0.6)) return rng.pick(HOSTILE_FILE_CONTENTS);
      return rng.chance(0.1) ? realId(slot, ctx) : rng.pick(HOSTILE_STRINGS);
    case 'Int':
      return edgeNumber(rng, slot, EDGE_INTS, 1);
    case 'Float':
      return edgeNumber(rng, slot, EDGE_FLOATS, 0.01);
    case 'Boolean':
      return rng.chance(0.5);
    default:
      throw new Error(`The fuzz has no values for the scalar ${type.name}: add them to inputValues.ts.`);
  }
}

const fieldSlot = (field: { name: string; description?: string | null | undefined }, parent: Slot): Slot => ({
  name: field.name,
  description: field.description,
  hint: parent.hint,
});

function inputObjectValue(type: GraphQLInputObjectType, parent: Slot, ctx: ValueContext): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    const fieldValue = validValue(field.type, fieldSlot(field, parent), ctx);
    if (fieldValue !== OMIT) value[field.name] = fieldValue;
  }
  return value;
}

/** A hostile value that is still of the declared type: it must pass coercion and reach the resolver. */
export function validValue(type: GraphQLInputType, slot: Slot, ctx: ValueContext): unknown {
  const { rng } = ctx;
  if (!(type instanceof GraphQLNonNull)) {
    const roll = rng.next();
    // A plausible cursor is one a response gave, and the fuzz has none: leave cursors out.
    if (!ctx.hostile) return roll < 0.6 || /^after$|cursor/i.test(slot.name) ? OMIT : present(type, slot, ctx);
    if (roll < 0.15) return OMIT;
    if (roll < 0.25) return null;
    return present(type, slot, ctx);
  }
  return present(type.ofType, slot, ctx);
}

function present(type: GraphQLInputType, slot: Slot, ctx: ValueContext): unknown {
  if (type instanceof GraphQLNonNull) return present(type.ofType, slot, ctx);
  if (type instanceof GraphQLList) {
    const item = () => (ctx.hostile ? validValue(type.ofType, slot, ctx) : present(type.ofType, slot, ctx));
    return sizedList(ctx.rng, ctx.hostile, item).map((v) => (v === OMIT ? null : v));
  }
  if (type instanceof GraphQLEnumType) return ctx.rng.pick(type.getValues()).name;
  if (type instanceof GraphQLInputObjectType) return inputObjectValue(type, slot, ctx);
  return scalarValue(type, slot, ctx);
}

/** Values no coercion accepts, by the kind of type they are sent for. */
const WRONG_SCALARS: Record<string, readonly unknown[]> = {
  Int: ['12', 1.5, 2 ** 31, -(2 ** 31) - 1, true, {}, [1, 2]],
  Float: ['1.5', true, {}, [1, 2]],
  String: [{}, ['a', 'b'], true, 1.5],
  ID: [{}, ['a', 'b'], true, 1.5],
  Boolean: ['true', 0, {}, [true, false]],
};

/** A value of the wrong type, somewhere in `type`: it must be refused with BAD_USER_INPUT. */
export function wrongValue(type: GraphQLInputType, slot: Slot, ctx: ValueContext): unknown {
  const { rng } = ctx;
  if (type instanceof GraphQLNonNull) {
    const roll = rng.next();
    if (roll < 0.2) return OMIT; // a required variable not provided
    if (roll < 0.4) return null;
    return wrongValue(type.ofType, slot, ctx);
  }
  if (type instanceof GraphQLList) {
    if (rng.chance(0.3)) return { notA: 'list' };
    const wrong = wrongValue(type.ofType, slot, ctx);
    // OMIT comes only from a non-null item type, where a null item is just as wrong.
    return [present(type.ofType, slot, ctx), wrong === OMIT ? null : wrong];
  }
  if (type instanceof GraphQLEnumType) return rng.pick(['NOT_A_VALUE', type.getValues()[0]!.name.toLowerCase(), 1, {}]);
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    const roll = rng.int(0, 3);
    if (roll === 0) return rng.pick(['an object, not a string', 5, [inputObjectValue(type, slot, ctx)]]);
    if (roll === 1) return { ...inputObjectValue(type, slot, ctx), notAField: 1 };
    const field = rng.pick(fields);
    const wrong = wrongValue(field.type, fieldSlot(field, slot), ctx);
    const value = inputObjectValue(type, slot, ctx);
    if (wrong === OMIT) {
      delete value[field.name];
      // Leaving out a field is only wrong when it is required and has no default.
      const required = field.type instanceof GraphQLNonNull && field.defaultValue === undefined;
      return required ? value : { ...value, notAField: 1 };
    }
    return { ...value, [field.name]: wrong };
  }
  const wrongs = WRONG_SCALARS[type.name];
  if (!wrongs) throw new Error(`The fuzz has no wrong values for the scalar ${type.name}: add them to WRONG_SCALARS.`);
  return rng.pick(wrongs);
}
