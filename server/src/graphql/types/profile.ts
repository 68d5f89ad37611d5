import { loadEntity, loadEntities } from '../loadEntity.ts';
import { NotFoundError } from '../../db/errors.ts';
import { crossSectorCollaborators, personThemeFacts, type Collaborator } from '../../db/personProfile.ts';
import { expertiseProfile, type ThemeExpertise } from '../../ranking/expertise.ts';
import { builder } from '../builder.ts';
import { EntityRef } from '../entity.ts';
import { SectorEnum } from '../enums.ts';
import { checkRange } from '../errors.ts';
import { objectRefs } from '../objectRefs.ts';
import { evidenceFields } from './evidence.ts';

const ThemeExpertiseRef = builder.objectRef<ThemeExpertise>('ThemeExpertise').implement({
  fields: (t) => ({
    theme: t.field({ type: objectRefs.Theme, resolve: (e, _a, ctx) => loadEntity(ctx, e.themeId) }),
    score: t.exposeFloat('score'),
    ...evidenceFields(t, 'What their score on the theme sums.'),
  }),
});

const CollaboratorRef = builder.objectRef<Collaborator>('Collaborator').implement({
  fields: (t) => ({
    person: t.field({ type: objectRefs.Person, resolve: (c, _a, ctx) => loadEntity(ctx, c.personId) }),
    sector: t.field({ type: SectorEnum, nullable: true, resolve: (c) => c.sector }),
    via: t.field({
      type: [EntityRef],
      description: 'The papers, initiatives and sessions they share.',
      resolve: (c, _a, ctx) => loadEntities(ctx, c.via),
    }),
  }),
});

builder.objectFields(objectRefs.Person, (t) => ({
  expertise: t.field({
    type: [ThemeExpertiseRef],
    description: 'Themes they have evidence on (directly or through a subtheme), best first, weighed as in theme rankings.',
    resolve: async (person, _args, ctx) => {
      const facts = await personThemeFacts(ctx.db, person.id);
      if (!facts) throw new NotFoundError(person.id);
      return expertiseProfile(person.id, facts);
    },
  }),
  crossSectorCollaborators: t.field({
    type: [CollaboratorRef],
    description: 'People in other sectors they wrote a paper with, share an initiative with, or spoke in a session with; most shared first.',
    args: { first: t.arg.int({ defaultValue: 20, description: '1 to 100.' }) },
    resolve: (person, args, ctx) => crossSectorCollaborators(ctx.db, person.id, checkRange('first', args.first ?? 20, 1, 100)),
  }),
}));
