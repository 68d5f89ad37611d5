import type { Kind } from '@atlas/schema';

/**
 * The fields of every kind and of relationships, with the type a cell is cleaned into. The CSV
 * bundle reads and writes these columns, the zod schemas check them, the exporters order them.
 */
export type FieldType = 'line' | 'text' | 'int' | 'list' | 'sector' | 'visibility' | 'sessionKind' | 'date' | 'orcid' | 'doi' | 'ror' | 'country';

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
}

type Fields = Record<string, FieldSpec>;

const line: FieldSpec = { type: 'line' };
const text: FieldSpec = { type: 'text' };
const int: FieldSpec = { type: 'int' };
const list: FieldSpec = { type: 'list' };
const country: FieldSpec = { type: 'country' };
const name: FieldSpec = { type: 'line', required: true };

export const NODE_FIELDS: Record<Kind, Fields> = {
  Person: {
    name,
    role: line,
    bio: text,
    country,
    orcid: { type: 'orcid' },
    keywords: list,
    visibility: { type: 'visibility' },
    consentSource: line,
    consentDate: { type: 'date' },
  },
  Institution: {
    name,
    sector: { type: 'sector', required: true },
    country,
    city: line,
    url: line,
    reach: line,
    tags: list,
    aliases: list,
    ror: { type: 'ror' },
  },
  Paper: { title: name, year: int, doi: { type: 'doi' }, venue: line, abstract: text },
  Theme: { name, description: text },
  Initiative: { name, city: line, country, status: line, startYear: int, endYear: int, url: line, description: text },
  Event: { name, startDate: { type: 'date' }, endDate: { type: 'date' }, city: line, url: line, description: text },
  Session: { title: name, sessionKind: { type: 'sessionKind' }, status: line, startsAt: line, description: text },
};

export const LINK_FIELDS: Fields = { role: line, position: int, since: int, until: int };


/** The file names of the CSV bundle: one a kind, one a relationship type (affiliated_with.csv, ...). */
export const KIND_FILES: Record<Kind, string> = {
  Person: 'people',
  Institution: 'institutions',
  Paper: 'papers',
  Theme: 'themes',
  Initiative: 'initiatives',
  Event: 'events',
  Session: 'sessions',
};
