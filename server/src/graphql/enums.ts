import { KINDS, REL_TYPES, SECTOR_LABELS, SECTORS, type Kind } from '@atlas/schema';
import { builder } from './builder.ts';

/** GraphQL enum values are upper case; their internal values are the model's labels. */
export const EntityKind = builder.enumType('EntityKind', {
  description: 'The kind of an entity: one node label of the graph.',
  values: Object.fromEntries(KINDS.map((kind) => [kind.toUpperCase(), { value: kind }])) as Record<
    Uppercase<Kind>,
    { value: Kind }
  >,
});

export const SectorEnum = builder.enumType('Sector', {
  description: 'The sector of an institution (and of a person, through their current affiliation).',
  values: Object.fromEntries(SECTORS.map((sector) => [sector, { value: sector, description: SECTOR_LABELS[sector] }])),
});

export const RelationshipType = builder.enumType('RelationshipType', {
  values: REL_TYPES,
});
