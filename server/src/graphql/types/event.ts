import type { Entity } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { relationField, singleRelationField } from '../connections.ts';
import { EntityRef, prop } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

builder.objectType(objectRefs.Event, {
  description: 'An event, such as the 2021 symposium, or one of its days.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as Entity).kind === 'Event',
  fields: (t) => ({
    name: t.string({ resolve: (e) => prop.string(e, 'name') ?? e.label }),
    startDate: t.string({ nullable: true, resolve: (e) => prop.string(e, 'startDate') }),
    endDate: t.string({ nullable: true, resolve: (e) => prop.string(e, 'endDate') }),
    city: t.string({ nullable: true, resolve: (e) => prop.string(e, 'city') }),
    url: t.string({ nullable: true, resolve: (e) => prop.string(e, 'url') }),
    description: t.string({ nullable: true, resolve: (e) => prop.string(e, 'description') }),
    partOf: singleRelationField(t, 'Event', 'partOf', 'The event it is part of (a day of a symposium).'),
    parts: relationField(t, 'Event', 'parts', 'Its parts, such as its days, in date order.'),
    sessions: relationField(t, 'Event', 'sessions', 'Its sessions, in programme order.'),
    organisers: relationField(t, 'Event', 'organisers', 'Institutions that organise it.'),
  }),
});
