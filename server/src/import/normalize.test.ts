import { describe, expect, it } from 'vitest';
import { convertValue } from './convertValue.ts';
import { ValueError, cleanLine, normalizeCountry, normalizeDate, normalizeDoi, normalizeOrcid, normalizeRor, splitList } from './normalize.ts';
import { sectorFromWord } from './sectorWords.ts';

describe('cleaning values', () => {
  it('collapses stray spaces and line breaks in names', () => {
    expect(cleanLine('  Ada \n  Lovelace\u00a0 ')).toBe('Ada Lovelace');
    expect(splitList(' open data ;; data trusts; open data ')).toEqual(['open data', 'data trusts']);
  });

  it('normalises strong ids and checks them', () => {
    expect(normalizeOrcid('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(normalizeOrcid('0000-0002-9990-002x')).toBe('0000-0002-9990-002X');
    expect(() => normalizeOrcid('0000-0002-1825-0098')).toThrow(/check digit/);
    expect(normalizeDoi('https://doi.org/10.1000/ABC.1')).toBe('10.1000/abc.1');
    expect(normalizeDoi('doi: 10.1000/x')).toBe('10.1000/x');
    expect(() => normalizeDoi('not a doi')).toThrow(ValueError);
    expect(normalizeRor('https://ror.org/02NR0KA47')).toBe('02nr0ka47');
    expect(() => normalizeRor('12345')).toThrow(/ROR/);
  });

  it('reads countries, dates and sectors in English and German', () => {
    expect(normalizeCountry('Deutschland')).toBe('DE');
    expect(normalizeCountry('germany')).toBe('DE');
    expect(normalizeCountry('de')).toBe('DE');
    expect(normalizeCountry('Atlantis')).toBe('Atlantis');
    // The EU's own codes (CORDIS, Eurostat) for Greece and the United Kingdom, as ISO codes like the rest of the atlas.
    expect(normalizeCountry('EL')).toBe('GR');
    expect(normalizeCountry('uk')).toBe('GB');
    expect(normalizeDate('31.5.2024')).toBe('2024-05-31');
    expect(normalizeDate('2024-05-31T10:00:00Z')).toBe('2024-05-31');
    expect(() => normalizeDate('yesterday')).toThrow(/not a date/);
    // Shaped like a date but not one: a typo, not a value to store.
    for (const impossible of ['31.02.2025', '2025-02-29', '2024-13-01', '00.05.2024', '2024-04-31T08:00:00Z']) {
      expect(() => normalizeDate(impossible), impossible).toThrow(/no such (day|month)/);
    }
    expect(normalizeDate('29.02.2024')).toBe('2024-02-29');
    expect(normalizeDate('2024-12')).toBe('2024-12');
    expect(() => normalizeDate('2024-00')).toThrow(/no such month/);
    expect(sectorFromWord('Verwaltung')).toBe('PUBLIC');
    expect(sectorFromWord('Zivilgesellschaft')).toBe('CIVIL_SOCIETY');
    expect(sectorFromWord('civil society')).toBe('CIVIL_SOCIETY');
    expect(sectorFromWord('CIVIL_SOCIETY')).toBe('CIVIL_SOCIETY');
    expect(sectorFromWord('Universität')).toBe('ACADEMIA');
    expect(sectorFromWord('Wirtschaft')).toBe('PRIVATE');
    expect(() => sectorFromWord('banana')).toThrow(/not a sector/);
  });

  it('converts cells and JSON values alike', () => {
    expect(convertValue('int', ' 2021.0 ')).toBe(2021);
    expect(convertValue('int', 2021)).toBe(2021);
    expect(() => convertValue('int', 'soon')).toThrow(/whole number/);
    // Past 2^53 a number loses digits, and Neo4j's driver would clip it to 2^63 without a word.
    expect(() => convertValue('int', '99999999999999999999')).toThrow('"99999999999999999999" is too large a whole number: use one from -9007199254740991 to 9007199254740991');
    expect(() => convertValue('int', 1e20)).toThrow(/too large a whole number/);
    expect(() => convertValue('int', 1e309)).toThrow('Infinity is not a whole number');
    expect(convertValue('list', 'a; b')).toEqual(['a', 'b']);
    expect(convertValue('list', ['a', ' b '])).toEqual(['a', 'b']);
    expect(convertValue('line', '   ')).toBeUndefined();
    expect(convertValue('visibility', 'Versteckt')).toBe('hidden');
  });
});
