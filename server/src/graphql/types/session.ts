import type { Entity } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { relationField, singleRelationField } from '../connections.ts';
import { EntityRef, prop } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

builder.objectType(objectRefs.Session, {
  description: 'A session of an event: a workshop, panel or keynote.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as Entity).kind === 'Session',
  fields: (t) => ({
    title: t.string({ resolve: (s) => prop.string(s, 'title') ?? s.label }),
    sessionKind: t.string({ nullable: true, description: 'workshop, panel, keynote, ...', resolve: (s) => prop.string(s, 'sessionKind') }),
    status: t.string({ nullable: true, description: 'draft for a panel saved from the panel builder.', resolve: (s) => prop.string(s, 'status') }),
    startsAt: t.string({ nullable: true, resolve: (s) => prop.string(s, 'startsAt') }),
    description: t.string({ nullable: true, resolve: (s) => prop.string(s, 'description') }),
    event: singleRelationField(t, 'Session', 'event', 'The event (or day) it is part of.'),
    themes: relationField(t, 'Session', 'themes', 'Themes it is about.'),
    speakers: relationField(t, 'Session', 'speakers', 'Its speakers (role: keynote, panelist, moderator).'),
  }),
});
