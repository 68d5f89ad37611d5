import { isDate, isDateTime, isInt, isLocalDateTime, type DateTime } from 'neo4j-driver';

/** Maps what the driver returns to plain JS values: integers to numbers, temporals to ISO strings. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDateTime(value)) return (value as unknown as DateTime<number>).toStandardDate().toISOString();
  if (isDate(value) || isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
}

export const plainProps = (props: unknown): Record<string, unknown> => plain(props) as Record<string, unknown>;
