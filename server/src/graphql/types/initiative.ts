import type { Entity } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { relationField } from '../connections.ts';
import { EntityRef, prop } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

builder.objectType(objectRefs.Initiative, {
  description: 'A city initiative or funded project.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as Entity).kind === 'Initiative',
  fields: (t) => ({
    name: t.string({ resolve: (i) => prop.string(i, 'name') ?? i.label }),
    city: t.string({ nullable: true, resolve: (i) => prop.string(i, 'city') }),
    country: t.string({ nullable: true, resolve: (i) => prop.string(i, 'country') }),
    status: t.string({ nullable: true, resolve: (i) => prop.string(i, 'status') }),
    startYear: t.int({ nullable: true, resolve: (i) => prop.int(i, 'startYear') }),
    endYear: t.int({ nullable: true, resolve: (i) => prop.int(i, 'endYear') }),
    url: t.string({ nullable: true, resolve: (i) => prop.string(i, 'url') }),
    description: t.string({ nullable: true, resolve: (i) => prop.string(i, 'description') }),
    institutions: relationField(t, 'Initiative', 'institutions', 'Institutions taking part (role: lead, partner, funder), leads first.'),
    people: relationField(t, 'Initiative', 'people', 'People involved (role).'),
    themes: relationField(t, 'Initiative', 'themes', 'Themes it addresses.'),
  }),
});
