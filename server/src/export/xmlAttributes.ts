/** What GraphML and GEXF share: escaping, and the attribute columns (with types) of a set of records. */

import { xmlEscape } from '@atlas/schema';

// Shared with the explorer's canvas exports through the schema package.
export { xmlEscape };

export type AttributeType = 'string' | 'long' | 'double' | 'boolean';

export interface Attribute {
  name: string;
  type: AttributeType;
}

function typeOf(values: unknown[]): AttributeType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** Every property the records carry (except `skip`), typed by the values it holds; lists are strings. */
export function attributesOf(records: ReadonlyArray<object>, skip: readonly string[]): Attribute[] {
  const values = new Map<string, unknown[]>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (skip.includes(key) || value === undefined || value === null) continue;
      values.set(key, [...(values.get(key) ?? []), value]);
    }
  }
  return [...values.keys()].sort().map((name) => ({ name, type: typeOf(values.get(name)!) }));
}

/** A property value as attribute text: lists joined with "; ", as in the CSV bundle. */
export const xmlValue = (value: unknown) => xmlEscape(Array.isArray(value) ? value.join('; ') : String(value));
