import type { Entity } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { relationField, singleRelationField } from '../connections.ts';
import { EntityRef, prop } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

builder.objectType(objectRefs.Theme, {
  description: 'A subject: the four workshop themes at the top, finer themes below them.',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as Entity).kind === 'Theme',
  fields: (t) => ({
    name: t.string({ resolve: (theme) => prop.string(theme, 'name') ?? theme.label }),
    description: t.string({ nullable: true, resolve: (theme) => prop.string(theme, 'description') }),
    parent: singleRelationField(t, 'Theme', 'parents', 'The broader theme it belongs to, if any.'),
    subthemes: relationField(t, 'Theme', 'subthemes', 'Finer themes below it.'),
    people: relationField(t, 'Theme', 'people', 'People who declare expertise in it.'),
    papers: relationField(t, 'Theme', 'papers', 'Papers that address it, newest first.'),
    initiatives: relationField(t, 'Theme', 'initiatives', 'Initiatives that address it.'),
    sessions: relationField(t, 'Theme', 'sessions', 'Sessions about it.'),
  }),
});
