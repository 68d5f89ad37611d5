import type { Entity } from '../db/types.ts';
import { builder } from './builder.ts';
import { EntityKind, SectorEnum } from './enums.ts';

export const EntityRef = builder.interfaceRef<Entity>('Entity').implement({
  description: 'Anything in the graph: a person, institution, paper, theme, initiative, event or session.',
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'A stable id: a slug or a source id (ORCID, DOI, OpenAlex, CORDIS).' }),
    kind: t.field({ type: EntityKind, resolve: (entity) => entity.kind }),
    label: t.exposeString('label', { description: 'The display name: the name, or the title of a paper or session.' }),
    source: t.exposeString('source', { description: 'Where the fact came from: sample, manual, berlin-stakeholder-radar, csv:<file>, ...' }),
    updatedAt: t.exposeString('updatedAt', { nullable: true, description: 'When it was last written (ISO 8601).' }),
    sector: t.field({
      type: SectorEnum,
      nullable: true,
      description: "An institution's sector; a person's is that of their current affiliation.",
      resolve: (entity) => entity.sector,
    }),
  }),
});

/** Typed readers for an entity's stored properties. */
export const prop = {
  string: (entity: Entity, key: string): string | null => {
    const value = entity.props[key];
    return typeof value === 'string' ? value : null;
  },
  int: (entity: Entity, key: string): number | null => {
    const value = entity.props[key];
    return typeof value === 'number' ? value : null;
  },
  strings: (entity: Entity, key: string): string[] => {
    const value = entity.props[key];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  },
};
