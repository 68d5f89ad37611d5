import type { Entity } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { relationField } from '../connections.ts';
import { EntityRef, prop } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

builder.objectType(objectRefs.Paper, {
  description: 'A research paper. Demo papers are fictional (source: sample) and carry no DOI.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as Entity).kind === 'Paper',
  fields: (t) => ({
    title: t.string({ resolve: (p) => prop.string(p, 'title') ?? p.label }),
    year: t.int({ nullable: true, resolve: (p) => prop.int(p, 'year') }),
    doi: t.string({ nullable: true, resolve: (p) => prop.string(p, 'doi') }),
    venue: t.string({ nullable: true, resolve: (p) => prop.string(p, 'venue') }),
    abstract: t.string({ nullable: true, resolve: (p) => prop.string(p, 'abstract') }),
    authors: relationField(t, 'Paper', 'authors', 'Its authors, in author order (position).'),
    themes: relationField(t, 'Paper', 'themes', 'Themes it addresses.'),
    cites: relationField(t, 'Paper', 'cites', 'Papers it cites.'),
    citedBy: relationField(t, 'Paper', 'citedBy', 'Papers that cite it.'),
  }),
});
