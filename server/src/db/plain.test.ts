import { DateTime, Date as Neo4jDate, int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plain, utcIso } from './plain.ts';

describe('utcIso', () => {
  it('gives the instant in UTC exactly as the driver’s own conversion does', () => {
    const cases: Array<[number, number, number, number, number, number, number, number]> = [
      [2026, 11, 28, 7, 30, 15, 123_456_789, 0],
      [2026, 11, 28, 0, 10, 0, 999_999_999, 3600], // a day back, nanoseconds cut, not rounded
      [2026, 12, 31, 23, 59, 59, 500_000_000, -18_000], // a year forward
      [2024, 2, 29, 12, 0, 0, 0, 19_800], // a leap day, a half-hour offset
      [1969, 12, 31, 23, 59, 59, 1_000_000, 0], // before the epoch
      [50, 6, 1, 1, 2, 3, 0, 0], // a two-digit year, not 1950
      [9999, 12, 31, 23, 59, 59, 999_000_000, -3600], // past 9999-12-31 in UTC
    ];
    for (const [year, month, day, hour, minute, second, nanosecond, offset] of cases) {
      const value = new DateTime(year, month, day, hour, minute, second, nanosecond, offset);
      expect(utcIso(value), value.toString()).toBe(value.toStandardDate().toISOString());
    }
  });

  it('takes the driver’s Integers as well as numbers', () => {
    const value = new DateTime(int(2021), int(3), int(23), int(9), int(0), int(0), int(0), int(3600));
    expect(utcIso(value)).toBe('2021-03-23T08:00:00.000Z');
  });

  it('fails on a DateTime without an offset, as the driver does', () => {
    const zoned = new DateTime(2021, 3, 23, 9, 0, 0, 0, undefined, 'Europe/Berlin');
    expect(() => utcIso(zoned)).toThrow(/offset/);
  });
});

describe('plain', () => {
  it('turns integers into numbers and temporals into strings, deep in lists and maps', () => {
    const value = { n: int(42), at: new DateTime(2021, 3, 23, 9, 0, 0, 0, 3600), on: new Neo4jDate(2021, 3, 23), list: [int(1), { x: int(2) }], none: undefined, text: 'a' };
    expect(plain(value)).toEqual({ n: 42, at: '2021-03-23T08:00:00.000Z', on: '2021-03-23', list: [1, { x: 2 }], none: null, text: 'a' });
  });
});
