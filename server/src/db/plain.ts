import { isDate, isDateTime, isInt, isLocalDateTime, type DateTime, type Integer } from 'neo4j-driver';

const numberOf = (value: number | Integer | bigint): number => (typeof value === 'number' ? value : Number(value));

/**
 * A DateTime as the ISO string of its instant in UTC, as `toStandardDate().toISOString()` gives it:
 * the local date and time less the offset, to the millisecond (nanoseconds cut). Worked out from the
 * fields with a Date: the driver's own conversion goes through its 64-bit Integer arithmetic, and
 * was two thirds of what turning a page of entities into plain values cost (every entity has an
 * `updatedAt`). A DateTime without an offset fails as the driver's does.
 */
export function utcIso(value: DateTime<number | Integer | bigint>): string {
  if (value.timeZoneOffsetSeconds === undefined) return value.toStandardDate().toISOString();
  const date = new Date(0);
  date.setUTCFullYear(numberOf(value.year), numberOf(value.month) - 1, numberOf(value.day));
  date.setUTCHours(
    numberOf(value.hour),
    numberOf(value.minute),
    numberOf(value.second) - numberOf(value.timeZoneOffsetSeconds),
    Math.floor(numberOf(value.nanosecond) / 1e6),
  );
  return date.toISOString();
}

/** Maps what the driver returns to plain JS values: integers to numbers, temporals to ISO strings. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDateTime(value)) return utcIso(value);
  if (isDate(value) || isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) result[key] = plain(inner);
  return result;
}

export const plainProps = (props: unknown): Record<string, unknown> => plain(props) as Record<string, unknown>;
