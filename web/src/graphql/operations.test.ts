import type { DocumentNode } from 'graphql';
import { buildSchema, GraphQLEnumType, validate } from 'graphql';
import { SECTORS } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { STATS } from '../app/stats.queries.ts';
import { BRIDGES, COLLABORATIONS, COMMUNITIES, SECTOR_GAPS, SECTOR_MATRIX, THEME_MIXING } from '../features/collaboration/collaboration.queries.ts';
import { VIEWER } from '../features/editor/viewer.queries.ts';
import { LINKS_AMONG, NEIGHBOURHOOD, NODE_SURROUNDINGS } from '../features/explore/neighbourhood.queries.ts';
import { NODE_DETAILS } from '../features/explore/nodeDetails.queries.ts';
import { SEARCH } from '../features/explore/search.queries.ts';
import { FIELD_NAMES } from '../features/explore/SearchOption.tsx';
import { IMPORT_DATA } from '../features/import/import.queries.ts';
import { PANEL_PROPOSAL, SAVE_PANEL_DRAFT } from '../features/panels/panel.queries.ts';
import { PERSON_PROFILE } from '../features/people/person.queries.ts';
import { EVIDENCE_OF, THEME_OVERVIEW, THEMES } from '../features/themes/themes.queries.ts';
import printedSchema from '../../../schema/schema.graphql?raw';
import { ENTITY_KINDS } from './types.ts';

// The types in this app are written by hand; this keeps every operation it sends valid against the
// schema the server prints, so a renamed field fails here rather than in a user's browser.
const schema = buildSchema(printedSchema);

const OPERATIONS: Record<string, DocumentNode> = {
  STATS, VIEWER, NEIGHBOURHOOD, NODE_DETAILS, SEARCH, PANEL_PROPOSAL, SAVE_PANEL_DRAFT, PERSON_PROFILE, THEME_OVERVIEW, THEMES,
  SECTOR_MATRIX, COLLABORATIONS, BRIDGES, SECTOR_GAPS, THEME_MIXING, COMMUNITIES, IMPORT_DATA,
  LINKS_AMONG, NODE_SURROUNDINGS, EVIDENCE_OF,
};

describe('the web app’s operations', () => {
  it.each(Object.entries(OPERATIONS))('%s is valid against schema/schema.graphql', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it('are all named', () => {
    for (const document of Object.values(OPERATIONS)) {
      for (const definition of document.definitions) {
        if (definition.kind === 'OperationDefinition') expect(definition.name?.value).toBeTruthy();
      }
    }
  });
});

describe('the enums the app lists', () => {
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name).sort();

  it.each([
    ['EntityKind', ENTITY_KINDS],
    ['Sector', SECTORS],
    ['SearchField', Object.keys(FIELD_NAMES)],
  ] as const)('cover every value of %s, and no other', (name, listed) => {
    expect([...listed].sort()).toEqual(values(name));
  });
});
