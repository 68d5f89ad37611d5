import type { Entity } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { relationField } from '../connections.ts';
import { EntityRef, prop } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

builder.objectType(objectRefs.Person, {
  description: 'A speaker, researcher or practitioner. Demo people are fictional (source: sample).',
  interfaces: [EntityRef],
  isTypeOf: (entity) => (entity as Entity).kind === 'Person',
  fields: (t) => ({
    name: t.string({ resolve: (p) => prop.string(p, 'name') ?? p.label }),
    role: t.string({ nullable: true, resolve: (p) => prop.string(p, 'role') }),
    bio: t.string({ nullable: true, resolve: (p) => prop.string(p, 'bio') }),
    country: t.string({ nullable: true, resolve: (p) => prop.string(p, 'country') }),
    orcid: t.string({ nullable: true, resolve: (p) => prop.string(p, 'orcid') }),
    keywords: t.stringList({ resolve: (p) => prop.strings(p, 'keywords') }),
    affiliations: relationField(t, 'Person', 'affiliations', 'Institutions they work or worked at (role, since, until), current first.'),
    papers: relationField(t, 'Person', 'papers', 'Papers they authored (position), newest first.'),
    themes: relationField(t, 'Person', 'themes', 'Themes of their declared expertise.'),
    initiatives: relationField(t, 'Person', 'initiatives', 'Initiatives they are involved in (role).'),
    sessions: relationField(t, 'Person', 'sessions', 'Sessions they spoke at (keynote, panelist, moderator).'),
    coauthors: relationField(t, 'Person', 'coauthors', 'People who wrote papers with them, most shared papers first.'),
  }),
});
