import { SESSION_KINDS, VISIBILITIES, type SessionKind, type Visibility } from '@atlas/schema';
import {
  ValueError,
  checkSafeInteger,
  cleanLine,
  cleanText,
  normalizeCountry,
  normalizeDate,
  normalizeDoi,
  normalizeInteger,
  normalizeOrcid,
  normalizeRor,
  splitList,
} from './normalize.ts';
import type { FieldType } from './recordFields.ts';
import { sectorFromWord } from './sectorWords.ts';

const VISIBILITY_WORDS: Record<string, Visibility> = {
  öffentlich: 'public',
  intern: 'internal',
  versteckt: 'hidden',
  verborgen: 'hidden',
  private: 'hidden',
};

function visibility(value: string): Visibility {
  const word = cleanLine(value).toLowerCase();
  const found = (VISIBILITIES as readonly string[]).includes(word) ? (word as Visibility) : VISIBILITY_WORDS[word];
  if (!found) throw new ValueError(`"${value}" is not a visibility: use public, internal or hidden`);
  return found;
}

function sessionKind(value: string): SessionKind {
  const word = cleanLine(value).toLowerCase();
  if (!(SESSION_KINDS as readonly string[]).includes(word)) throw new ValueError(`"${value}" is not a session kind: use ${SESSION_KINDS.join(', ')}`);
  return word as SessionKind;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new ValueError(`expected text, got ${Array.isArray(value) ? 'a list' : typeof value}`);
}

/**
 * Cleans one value, from a CSV cell (always a string) or a JSON value (string, number, list), into
 * the type the field stores. Empty values become undefined, so an empty cell means "not given".
 */
export function convertValue(type: FieldType, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (type === 'int' && typeof value === 'number') {
    if (!Number.isInteger(value)) throw new ValueError(`${value} is not a whole number`);
    return checkSafeInteger(value);
  }
  if (type === 'list' && Array.isArray(value)) {
    const items = [...new Set(value.map((item) => cleanLine(asText(item))).filter(Boolean))];
    return items.length ? items : undefined;
  }
  const raw = asText(value);
  if (cleanLine(raw) === '') return undefined;
  switch (type) {
    case 'line':
      return cleanLine(raw);
    case 'text':
      return cleanText(raw);
    case 'int':
      return normalizeInteger(raw);
    case 'list': {
      const items = splitList(raw);
      return items.length ? items : undefined;
    }
    case 'sector':
      return sectorFromWord(raw);
    case 'visibility':
      return visibility(raw);
    case 'sessionKind':
      return sessionKind(raw);
    case 'date':
      return normalizeDate(raw);
    case 'orcid':
      return normalizeOrcid(raw);
    case 'doi':
      return normalizeDoi(raw);
    case 'ror':
      return normalizeRor(raw);
    case 'country':
      return normalizeCountry(raw);
  }
}
