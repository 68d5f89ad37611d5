import { API_TOKEN_LABEL, ENTITY_LABEL, KINDS } from './model.ts';

/**
 * The database schema as idempotent Cypher: constraints first, then indexes, then the fulltext index.
 * Every statement uses IF NOT EXISTS, so applying them at every start is safe and cheap.
 */

/** The fulltext index search uses. Kinds and properties: names, titles, keywords, tags, abstracts, descriptions. */
export const FULLTEXT_INDEX = 'entity_search';
export const FULLTEXT_PROPERTIES = ['name', 'title', 'keywords', 'tags', 'aliases', 'abstract', 'description'] as const;
/** A property the fulltext index reads. */
export type FulltextProperty = (typeof FULLTEXT_PROPERTIES)[number];

/** The longest search text the API takes (characters); the web app's search fields stop there. */
export const MAX_SEARCH_LENGTH = 500;
/**
 * People only, over the same properties: the person picker (search with kinds [Person]) asks this
 * one for its top hits instead of reading every hit of every kind to keep the people.
 */
export const PEOPLE_FULLTEXT_INDEX = 'person_search';

const constraintName = (label: string) => `${label.toLowerCase()}_id_unique`;

/** Properties the queries filter or merge on, each with a range index. */
export const RANGE_INDEXES: ReadonlyArray<readonly [string, string]> = [
  ['Institution', 'sector'],
  ['Institution', 'ror'],
  ['Person', 'orcid'],
  ['Person', 'visibility'],
  ['Paper', 'doi'],
  ['Paper', 'year'],
  ['Initiative', 'city'],
  ['Initiative', 'startYear'],
  ['Session', 'startsAt'],
  [ENTITY_LABEL, 'source'],
];

export interface Migration {
  name: string;
  cypher: string;
}

export const MIGRATIONS: readonly Migration[] = [
  ...[ENTITY_LABEL, ...KINDS, API_TOKEN_LABEL].map((label) => ({
    name: constraintName(label),
    cypher: `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  ...RANGE_INDEXES.map(([label, property]) => {
    const name = `${label.toLowerCase()}_${property.toLowerCase()}`;
    return { name, cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})` };
  }),
  {
    name: FULLTEXT_INDEX,
    cypher:
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${KINDS.join('|')}) ` +
      `ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
  },
  {
    name: PEOPLE_FULLTEXT_INDEX,
    cypher: `CREATE FULLTEXT INDEX ${PEOPLE_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Person) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
  },
];
