import type { Entity } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { relationField } from '../connections.ts';
import { EntityRef, prop } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

builder.objectType(objectRefs.Institution, {
  description: 'An organisation and its sector.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as Entity).kind === 'Institution',
  fields: (t) => ({
    name: t.string({ resolve: (i) => prop.string(i, 'name') ?? i.label }),
    country: t.string({ nullable: true, resolve: (i) => prop.string(i, 'country') }),
    city: t.string({ nullable: true, resolve: (i) => prop.string(i, 'city') }),
    url: t.string({ nullable: true, resolve: (i) => prop.string(i, 'url') }),
    reach: t.string({ nullable: true, description: 'DISTRICT, CITY, NATIONAL or GLOBAL.', resolve: (i) => prop.string(i, 'reach') }),
    tags: t.stringList({ resolve: (i) => prop.strings(i, 'tags') }),
    aliases: t.stringList({ resolve: (i) => prop.strings(i, 'aliases') }),
    people: relationField(t, 'Institution', 'people', 'People affiliated with it (role, since, until), current first.'),
    initiatives: relationField(t, 'Institution', 'initiatives', 'Initiatives it takes part in (role: lead, partner, funder).'),
    parents: relationField(t, 'Institution', 'parents', 'Institutions it is part of.'),
    units: relationField(t, 'Institution', 'units', 'Institutions that are part of it.'),
    events: relationField(t, 'Institution', 'events', 'Events it organises.'),
  }),
});
