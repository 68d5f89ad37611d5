import { VISIBILITIES, type Visibility } from '@atlas/schema';
import { erasePerson, personData, setPersonVisibility, type Erasure, type PersonConsent } from '../../db/peopleData.ts';
import { normalizeDate, ValueError } from '../../import/normalize.ts';
import { hasRole } from '../../auth/roles.ts';
import { builder } from '../builder.ts';
import { prop } from '../entity.ts';
import { badInput, requireRole } from '../errors.ts';
import { objectRefs } from '../objectRefs.ts';

/**
 * People are personal data: who may see a person, on what consent, and an editor's two duties,
 * answering "what do you hold about me?" and "erase me".
 */
export const PersonVisibilityEnum = builder.enumType('PersonVisibility', {
  description: 'PUBLIC: anyone sees the person. INTERNAL: shown in the atlas, kept out of public material by its users. HIDDEN: editors only; readers never see the person, in any query, search, path, export or count.',
  values: Object.fromEntries(VISIBILITIES.map((v) => [v.toUpperCase(), { value: v }])) as Record<Uppercase<Visibility>, { value: Visibility }>,
});

builder.objectFields(objectRefs.Person, (t) => ({
  visibility: t.field({
    type: PersonVisibilityEnum,
    resolve: (p) => (VISIBILITIES as readonly string[]).includes(prop.string(p, 'visibility') ?? '') ? (prop.string(p, 'visibility') as Visibility) : 'public',
  }),
  consentSource: t.string({
    nullable: true,
    description: 'Editors only (null for readers): how the person agreed to be listed (a registration form, a business card, …).',
    resolve: (p, _args, ctx) => (hasRole(ctx.viewer, 'editor') ? prop.string(p, 'consentSource') : null),
  }),
  consentDate: t.string({
    nullable: true,
    description: 'Editors only (null for readers): when they agreed (ISO date).',
    resolve: (p, _args, ctx) => (hasRole(ctx.viewer, 'editor') ? prop.string(p, 'consentDate') : null),
  }),
}));

const RemainingRef = builder.objectRef<Erasure['remaining']>('ErasureCheck').implement({
  description: 'What a check after the erasure found; all zero when nothing remains.',
  fields: (t) => ({
    nodes: t.exposeInt('nodes'),
    relationships: t.exposeInt('relationships'),
    fulltextHits: t.exposeInt('fulltextHits', { description: 'Hits for the name in the search index that are this person.' }),
    mentions: t.exposeInt('mentions', { description: 'Other entities whose properties still hold the id.' }),
  }),
});

const ErasureRef = builder.objectRef<Erasure>('Erasure').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    relationshipsDeleted: t.exposeInt('relationshipsDeleted'),
    mentionsRemoved: t.exposeInt('mentionsRemoved', { description: 'Mentions of the id taken out of other entities (a draft panel’s member list, …).' }),
    remaining: t.field({ type: RemainingRef, resolve: (e) => e.remaining }),
    complete: t.boolean({ description: 'True when the check found nothing left.', resolve: (e) => Object.values(e.remaining).every((n) => n === 0) }),
  }),
});

builder.queryField('personData', (t) =>
  t.string({
    description: 'Editors only. Everything the atlas holds about one person, hidden or not, as JSON: the node, every relationship with its other end, and other entities that mention the id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      requireRole(ctx.viewer, 'editor');
      return JSON.stringify(await personData(ctx.db, String(id)), null, 2);
    },
  }),
);

builder.mutationField('erasePerson', (t) =>
  t.field({
    type: ErasureRef,
    description: 'Editors only. Erases a person completely in one transaction (node, relationships, mentions of the id), then checks that nothing remains, the search index included. Backups made before still hold the person.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => {
      requireRole(ctx.viewer, 'editor');
      return erasePerson(ctx.db, String(id));
    },
  }),
);

/** A consent date as the model stores it (ISO), or a BAD_USER_INPUT that says which forms work. */
function consentDate(value: string | null | undefined): string | null | undefined {
  if (!value) return value === undefined ? undefined : null;
  try {
    return normalizeDate(value);
  } catch (error) {
    throw badInput(error instanceof ValueError ? error.message : String(error), 'consentDate');
  }
}

const PersonConsentRef = builder.objectRef<PersonConsent>('PersonConsent').implement({
  description: 'Who may see a person, and on what consent.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    visibility: t.field({ type: PersonVisibilityEnum, resolve: (p) => p.visibility }),
    consentSource: t.exposeString('consentSource', { nullable: true }),
    consentDate: t.exposeString('consentDate', { nullable: true }),
  }),
});

builder.mutationField('setPersonVisibility', (t) =>
  t.field({
    // Not a Person: a person just hidden is one the entity loader no longer returns.
    type: PersonConsentRef,
    description: 'Editors only. Sets who may see a person and on what consent; an omitted consent field stays, null clears it.',
    args: {
      id: t.arg.id({ required: true }),
      visibility: t.arg({ type: PersonVisibilityEnum, required: true }),
      consentSource: t.arg.string(),
      consentDate: t.arg.string({ description: 'ISO (2024-05-31) or German (31.05.2024).' }),
    },
    resolve: (_root, args, ctx) => {
      requireRole(ctx.viewer, 'editor');
      return setPersonVisibility(ctx.db, String(args.id), { visibility: args.visibility, consentSource: args.consentSource, consentDate: consentDate(args.consentDate) });
    },
  }),
);
