import { KINDS, MANAGED_PROPERTIES, REL_TYPES, type Kind, type LinkRecord, type NodeRecord, type RelType, type Sector } from '@atlas/schema';
import { z } from 'zod';
import { convertValue } from './convertValue.ts';
import { ValueError, cleanLine, tooLargeInteger } from './normalize.ts';
import { LINK_FIELDS, NODE_FIELDS, type FieldType } from './recordFields.ts';

/** The type a field's clean value has. */
export type FieldValue<T extends FieldType> = T extends 'int' ? number : T extends 'list' ? string[] : T extends 'sector' ? Sector : string;

/** One field: cleaned by convertValue, with its failure turned into a zod issue on that field. */
export function field<T extends FieldType>(spec: { type: T; required?: boolean }, what = 'record'): z.ZodType<FieldValue<T> | undefined> {
  const schema = z.unknown().transform((value, ctx) => {
    try {
      const clean = convertValue(spec.type, value);
      if (clean === undefined && spec.required) {
        ctx.addIssue({ code: 'custom', message: `is empty: every ${what} needs one` });
        return z.NEVER;
      }
      return clean;
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof ValueError ? error.message : String(error) });
      return z.NEVER;
    }
  });
  // zod 4 rejects an undefined result for a key unless the schema is optional; required fields report their own issue.
  return (spec.required ? schema : schema.optional()) as unknown as z.ZodType<FieldValue<T> | undefined>;
}

const id = z.unknown().transform((value, ctx) => {
  const clean = typeof value === 'string' || typeof value === 'number' ? cleanLine(String(value)) : '';
  if (!clean) ctx.addIssue({ code: 'custom', message: 'is empty: every record needs an id (a slug such as person-ada-lovelace, or a source id)' });
  return clean;
});

const optionalLine = z
  .unknown()
  .transform((value) => (typeof value === 'string' && cleanLine(value) ? cleanLine(value) : undefined))
  .optional();

const STORABLE_TYPES = ['string', 'number', 'boolean'];

/**
 * Why Neo4j cannot store an extra property (beyond the model's) of a JSON record, or null when it
 * can: such properties survive a JSON round trip, but one Neo4j refuses would fail the whole write.
 */
function unstorable(key: string, value: unknown): string | null {
  if (!key || key.includes('\u0000')) return 'is not a property name Neo4j can store: a name must not be empty or hold a null character';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return tooLargeInteger(value);
  const types = Array.isArray(value) ? new Set(value.map((item) => typeof item)) : null;
  if (!types || [...types].some((type) => !STORABLE_TYPES.includes(type))) return 'must be text, a number, true/false or a list of those';
  if (types.size > 1) return 'mixes types in one list: Neo4j stores lists of one type only (all text, all numbers or all true/false)';
  return null;
}

function withExtras<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject(shape).superRefine((record, ctx) => {
    for (const [key, value] of Object.entries(record)) {
      // Own keys only: `key in shape` would also pass constructor, toString, … unchecked.
      if (Object.hasOwn(shape, key) || MANAGED_PROPERTIES.has(key)) continue;
      const reason = unstorable(key, value);
      if (reason) ctx.addIssue({ code: 'custom', path: [key], message: reason });
    }
  });
}

const nodeShape = (kind: Kind) => ({
  id,
  source: optionalLine,
  ...Object.fromEntries(Object.entries(NODE_FIELDS[kind]).map(([name, spec]) => [name, field(spec, kind.toLowerCase())])),
});

/** A node record of one kind (without `kind`): its fields cleaned and checked. */
export const nodeSchemas = Object.fromEntries(KINDS.map((kind) => [kind, withExtras(nodeShape(kind))])) as unknown as Record<
  Kind,
  z.ZodType<Record<string, unknown>>
>;

export const kindSchema = z.enum(KINDS, { message: `must be one of ${KINDS.join(', ')}` });
export const relTypeSchema = z.enum(REL_TYPES, { message: `must be one of ${REL_TYPES.join(', ')}` });

/** A relationship record (without `type`): its ends and properties. */
export const linkSchema = withExtras({
  from: id,
  to: id,
  source: optionalLine,
  ...Object.fromEntries(Object.entries(LINK_FIELDS).map(([name, spec]) => [name, field(spec, 'relationship')])),
});

/** Drops undefined values and managed properties, so records compare and fingerprint cleanly. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => value !== undefined && value !== null && !MANAGED_PROPERTIES.has(key))) as T;
}

export const toNodeRecord = (kind: Kind, props: Record<string, unknown>, source: string): NodeRecord =>
  compact({ kind, ...props, source: (props.source as string | undefined) ?? source }) as unknown as NodeRecord;

export const toLinkRecord = (type: RelType, props: Record<string, unknown>, source: string): LinkRecord =>
  compact({ type, ...props, source: (props.source as string | undefined) ?? source }) as unknown as LinkRecord;

/** zod issues as (field, reason) pairs, the field being the path joined with dots. */
export function zodReasons(error: z.ZodError, prefix = ''): Array<{ field: string; reason: string }> {
  return error.issues.map((issue) => ({
    field: prefix + issue.path.map(String).join('.'),
    reason: issue.message,
  }));
}
