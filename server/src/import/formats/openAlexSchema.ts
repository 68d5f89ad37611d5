import type { Sector } from '@atlas/schema';
import { z } from 'zod';

/**
 * OpenAlex works as its API returns them (https://docs.openalex.org/api-entities/works/work-object),
 * checked only for the fields the importer reads; everything else passes untouched. Nullable
 * fields are nullish because OpenAlex writes null for what it does not know.
 */
const text = z.string().nullish();

const institution = z.looseObject({
  id: text,
  display_name: text,
  ror: text,
  country_code: text,
  type: text,
});

const authorship = z.looseObject({
  author_position: text,
  author: z.looseObject({ id: text, display_name: text, orcid: text }).nullish(),
  raw_author_name: text,
  institutions: z.array(institution).nullish(),
  countries: z.array(z.string()).nullish(),
});

const topic = z.looseObject({ id: text, display_name: z.string() });

export const openAlexWorkSchema = z.looseObject({
  id: z.string().regex(/^(https:\/\/openalex\.org\/)?W\d+$/i, 'must be an OpenAlex work id (https://openalex.org/W…)'),
  doi: text,
  title: text,
  display_name: text,
  publication_year: z.number({ error: 'must be a year (a number such as 2021)' }).int().nullish(),
  primary_location: z.looseObject({ source: z.looseObject({ display_name: text }).nullish() }).nullish(),
  host_venue: z.looseObject({ display_name: text }).nullish(),
  abstract_inverted_index: z.record(z.string(), z.array(z.number())).nullish(),
  authorships: z.array(authorship, { error: 'must be a list of authorships' }).nullish(),
  topics: z.array(topic).nullish(),
  referenced_works: z.array(z.string()).nullish(),
});

export type OpenAlexWork = z.infer<typeof openAlexWorkSchema>;

/** OpenAlex institution types -> sectors; healthcare, facility, archive, funder, other -> OTHER. */
export function sectorOfOpenAlexType(type: string | null | undefined): Sector {
  switch (type?.toLowerCase()) {
    case 'education':
      return 'ACADEMIA';
    case 'government':
      return 'PUBLIC';
    case 'company':
      return 'PRIVATE';
    case 'nonprofit':
      return 'CIVIL_SOCIETY';
    default:
      return 'OTHER';
  }
}

/** "https://openalex.org/A5023888391" -> "A5023888391": the short id is the node id. */
export const openAlexId = (url: string) => url.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase();

/** OpenAlex ships abstracts as an inverted index (word -> positions); this puts the words back in order. */
export function abstractFromIndex(index: Record<string, number[]> | null | undefined): string | undefined {
  if (!index) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) for (const position of positions) words[position] = word;
  const abstract = words.filter((word) => word !== undefined).join(' ').trim();
  return abstract || undefined;
}
