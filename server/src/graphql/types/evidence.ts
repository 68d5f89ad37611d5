import { loadEntity } from '../loadEntity.ts';
import type { EvidenceItem } from '../../ranking/evidence.ts';
import { builder } from '../builder.ts';
import { EntityRef } from '../entity.ts';
import { objectRefs } from '../objectRefs.ts';

export const EvidenceKindEnum = builder.enumType('EvidenceKind', {
  values: {
    PAPER: { description: 'A paper on the theme they (co-)authored.' },
    INITIATIVE: { description: 'An initiative on the theme they are involved in (or, for an institution, take part in).' },
    EXPERTISE: { description: 'Declared expertise in the theme.' },
    TALK: { description: 'A talk in a session about the theme.' },
  },
});

/** One fact that counts towards a ranking, with its weight; entities resolve through the request's DataLoader. */
export const EvidenceRef = builder.objectRef<EvidenceItem>('Evidence').implement({
  description: 'One fact that counts towards a ranking, with what it contributed (scores are sums of weights).',
  fields: (t) => ({
    kind: t.field({ type: EvidenceKindEnum, resolve: (item) => item.kind }),
    weight: t.exposeFloat('weight'),
    entity: t.field({
      type: EntityRef,
      description: 'The paper, initiative, session (a talk) or theme (declared expertise).',
      resolve: (item, _args, ctx) => loadEntity(ctx, item.entityId),
    }),
    theme: t.field({
      type: objectRefs.Theme,
      description: 'The theme it is about: the one asked for, or one of its subthemes.',
      resolve: (item, _args, ctx) => loadEntity(ctx, item.themeId),
    }),
    role: t.exposeString('role', { nullable: true, description: 'first author, co-author, last author; an initiative or talk role.' }),
    year: t.exposeInt('year', { nullable: true }),
    person: t.field({
      type: objectRefs.Person,
      nullable: true,
      description: "For an institution's evidence: whose it is (null for the institution's own part in an initiative).",
      resolve: (item, _args, ctx) => (item.personId ? ctx.loaders.entityById.load(item.personId) : null),
    }),
  }),
});
