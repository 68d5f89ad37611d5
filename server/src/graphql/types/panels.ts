import { loadEntity, loadEntities } from '../loadEntity.ts';
import { MAIN_SECTORS, type PanelBalance } from '@atlas/schema';
import { savePanelDraft } from '../../db/sessions.ts';
import { proposePanel, type PanelProposal, type PanelRequest, type ProposedCandidate } from '../../panels/proposePanel.ts';
import type { Unmet } from '../../panels/solvePanel.ts';
import { builder } from '../builder.ts';
import { SectorEnum } from '../enums.ts';
import { badInput, checkRange, requireRole } from '../errors.ts';
import { objectRefs } from '../objectRefs.ts';
import { EvidenceRef } from './evidence.ts';

const SectorShareInput = builder.inputType('SectorShareInput', {
  description: 'At least floor(share × size) members from the sector.',
  fields: (t) => ({
    sector: t.field({ type: SectorEnum, required: true }),
    share: t.float({ required: true, description: '0 to 1.' }),
  }),
});

const PanelRequestInput = builder.inputType('PanelRequest', {
  fields: (t) => ({
    themeId: t.id({ description: 'The theme (with its subthemes). Give exactly one of themeId and sessionId.' }),
    sessionId: t.id({ description: "A session: the panel is for the session's themes." }),
    size: t.int({ defaultValue: 4, description: '3 to 8.' }),
    sectors: t.field({
      type: [SectorEnum],
      description: 'At least one member from each. Default: public, academia, private, civil society, as many as the size allows; [] for none.',
    }),
    sectorShares: t.field({ type: [SectorShareInput] }),
    onePerInstitution: t.boolean({ defaultValue: true }),
    exclude: t.idList({ defaultValue: [], description: 'People not to propose (booked, declined).' }),
    require: t.idList({ defaultValue: [], description: 'People the panel must have.' }),
    preferNewFaces: t.boolean({ defaultValue: true, description: 'People who spoke at an earlier session count for 0.75 of their score.' }),
    maxPerCountry: t.int({ description: 'At most this many members from one country.' }),
  }),
});

export const PanelConstraintEnum = builder.enumType('PanelConstraint', {
  values: ['SIZE', 'SECTOR_COVERAGE', 'SECTOR_SHARE', 'ONE_PER_INSTITUTION', 'REQUIRED', 'MAX_PER_COUNTRY'] as const,
});

const PanelCandidateRef = builder.objectRef<ProposedCandidate>('PanelCandidate').implement({
  fields: (t) => ({
    person: t.field({ type: objectRefs.Person, resolve: (c, _a, ctx) => loadEntity(ctx, c.personId) }),
    score: t.exposeFloat('score', { description: 'Evidence score on the theme.' }),
    adjustedScore: t.exposeFloat('adjustedScore', { description: 'After preferences (new faces): what the proposal maximises.' }),
    sector: t.field({ type: SectorEnum, nullable: true, resolve: (c) => c.sector }),
    institution: t.field({
      type: objectRefs.Institution,
      nullable: true,
      resolve: (c, _a, ctx) => (c.institutionId ? ctx.loaders.entityById.load(c.institutionId) : null),
    }),
    country: t.exposeString('country', { nullable: true }),
    spokeBefore: t.exposeBoolean('spokeBefore'),
    required: t.exposeBoolean('required'),
    evidence: t.field({ type: [EvidenceRef], resolve: (c) => c.evidence }),
    why: t.exposeString('why', { description: 'Its evidence in one sentence.' }),
  }),
});

const PanelSectorCountRef = builder.objectRef<PanelBalance['bySector'][number]>('PanelSectorCount').implement({
  fields: (t) => ({ sector: t.field({ type: SectorEnum, resolve: (s) => s.sector }), count: t.exposeInt('count') }),
});
const CountryCountRef = builder.objectRef<PanelBalance['byCountry'][number]>('CountryCount').implement({
  fields: (t) => ({ country: t.exposeString('country'), count: t.exposeInt('count') }),
});
const PanelBalanceRef = builder.objectRef<PanelBalance>('PanelBalance').implement({
  fields: (t) => ({
    size: t.exposeInt('size'),
    bySector: t.field({ type: [PanelSectorCountRef], resolve: (b) => b.bySector }),
    byCountry: t.field({ type: [CountryCountRef], resolve: (b) => b.byCountry }),
    institutions: t.exposeInt('institutions', { description: 'Distinct institutions.' }),
    newFaces: t.exposeInt('newFaces', { description: 'Members who spoke at no earlier session.' }),
    score: t.exposeFloat('score', { description: 'The sum of the members’ evidence scores.' }),
    adjustedScore: t.exposeFloat('adjustedScore', {
      description: 'The sum of the members’ adjusted scores (after preferences): what the proposal maximises. Lower than `score` when members spoke before and new faces are preferred.',
    }),
  }),
});

const UnmetRef = builder.objectRef<Unmet>('UnmetConstraint').implement({
  fields: (t) => ({
    constraint: t.field({ type: PanelConstraintEnum, resolve: (u) => u.constraint }),
    message: t.exposeString('message'),
    sector: t.field({ type: SectorEnum, nullable: true, resolve: (u) => u.sector ?? null }),
  }),
});

const PanelProposalRef = builder.objectRef<PanelProposal>('PanelProposal').implement({
  fields: (t) => ({
    themes: t.field({
      type: [objectRefs.Theme],
      resolve: (p, _a, ctx) => loadEntities(ctx, p.themeIds),
    }),
    members: t.field({ type: [PanelCandidateRef], description: 'The proposed panel, best first.', resolve: (p) => p.members }),
    alternates: t.field({ type: [PanelCandidateRef], description: 'Up to 10 more candidates, ranked: candidates for a swap.', resolve: (p) => p.alternates }),
    balance: t.field({ type: PanelBalanceRef, resolve: (p) => p.balance }),
    unmet: t.field({
      type: [UnmetRef],
      description: 'Constraints the proposal could not meet, each saying why; the proposal meets all the rest.',
      resolve: (p) => p.unmet,
    }),
    satisfied: t.boolean({ resolve: (p) => p.unmet.length === 0 }),
  }),
});

type RequestArgs = typeof PanelRequestInput.$inferInput;

/** Checks a request's shape; what the data cannot satisfy is reported in the proposal instead. */
export function toPanelRequest(input: RequestArgs): PanelRequest {
  if (Boolean(input.themeId) === Boolean(input.sessionId)) throw badInput('Give exactly one of themeId and sessionId.', 'request');
  const size = checkRange('size', input.size ?? 4, 3, 8);
  const exclude = (input.exclude ?? []).map(String);
  const require = (input.require ?? []).map(String);
  if (exclude.length > 100 || require.length > 8) throw badInput('At most 100 people to exclude and 8 to require.', 'request');
  const both = require.find((id) => exclude.includes(id));
  if (both) throw badInput(`"${both}" is both required and excluded.`, 'request');
  let total = 0;
  for (const { share } of input.sectorShares ?? []) {
    if (!(share >= 0 && share <= 1)) throw badInput(`A sector share must be from 0 to 1, got ${share}.`, 'sectorShares');
    total += share;
  }
  if (total > 1 + 1e-9) throw badInput(`The sector shares add up to ${total}, more than 1.`, 'sectorShares');
  if (input.maxPerCountry !== null && input.maxPerCountry !== undefined) checkRange('maxPerCountry', input.maxPerCountry, 1, 8);
  return {
    themeId: input.themeId ? String(input.themeId) : null,
    sessionId: input.sessionId ? String(input.sessionId) : null,
    size,
    sectors: input.sectors ?? MAIN_SECTORS.slice(0, size),
    sectorShares: input.sectorShares ?? [],
    onePerInstitution: input.onePerInstitution ?? true,
    exclude,
    require,
    preferNewFaces: input.preferNewFaces ?? true,
    maxPerCountry: input.maxPerCountry ?? null,
  };
}

const PanelDraftInput = builder.inputType('PanelDraftInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    themeId: t.id({ required: true }),
    memberIds: t.idList({ required: true, description: '1 to 8 people, in speaking order.' }),
    eventId: t.id({ description: 'The event the draft session belongs to, if any.' }),
  }),
});

builder.queryFields((t) => ({
  panel: t.field({
    type: PanelProposalRef,
    description: 'Proposes a panel for a theme or session, balanced across sectors, each member explained by evidence.',
    args: { request: t.arg({ type: PanelRequestInput, required: true }) },
    resolve: (_root, { request }, ctx) => proposePanel(ctx.db, toPanelRequest(request)),
  }),
}));

builder.mutationType({});

builder.mutationField('savePanelDraft', (t) =>
  t.field({
    type: objectRefs.Session,
    description: 'Editors only. Saves a draft panel session (sessionKind panel, status draft) about the theme, the members as panelists.',
    args: { input: t.arg({ type: PanelDraftInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireRole(ctx.viewer, 'editor');
      const title = input.title.trim();
      if (title.length < 1 || title.length > 200) throw badInput('The title must have 1 to 200 characters.', 'title');
      const memberIds = [...new Set(input.memberIds.map(String))];
      checkRange('memberIds (count)', memberIds.length, 1, 8);
      const id = await savePanelDraft(ctx.db, { title, themeId: String(input.themeId), memberIds, eventId: input.eventId ? String(input.eventId) : null });
      return loadEntity(ctx, id);
    },
  }),
);
