import { GraphQLError } from 'graphql';
import { loadEntity, loadEntities } from '../loadEntity.ts';
import { SECTORS } from '@atlas/schema';
import { allThemes } from '../../db/entities.ts';
import { themeOverview, type ThemeOverview } from '../../ranking/themeOverview.ts';
import type { RankedInitiative, RankedInstitution, RankedPaper } from '../../ranking/themeRanking.ts';
import { builder } from '../builder.ts';
import { SectorEnum } from '../enums.ts';
import { checkRange } from '../errors.ts';
import { objectRefs } from '../objectRefs.ts';
import { EvidenceRef, evidenceFields } from './evidence.ts';

type RankedPersonValue = ThemeOverview['people'][number];

export const RankedPersonRef = builder.objectRef<RankedPersonValue>('RankedPerson').implement({
  fields: (t) => ({
    person: t.field({ type: objectRefs.Person, resolve: (p, _a, ctx) => loadEntity(ctx, p.personId) }),
    score: t.exposeFloat('score'),
    ...evidenceFields(t, 'What their score sums.'),
    sector: t.field({ type: SectorEnum, nullable: true, resolve: (p) => p.facts.sector }),
    institution: t.field({
      type: objectRefs.Institution,
      nullable: true,
      description: 'Their current institution.',
      resolve: (p, _a, ctx) => (p.facts.institutionId ? ctx.loaders.entityById.load(p.facts.institutionId) : null),
    }),
    country: t.string({ nullable: true, resolve: (p) => p.facts.country }),
  }),
});

const RankedInstitutionRef = builder.objectRef<RankedInstitution>('RankedInstitution').implement({
  fields: (t) => ({
    institution: t.field({ type: objectRefs.Institution, resolve: (i, _a, ctx) => loadEntity(ctx, i.institutionId) }),
    score: t.exposeFloat('score'),
    ...evidenceFields(t, "Its people's evidence and its own part in initiatives."),
    people: t.exposeInt('people', { description: 'Its people with evidence on the theme.' }),
  }),
});

const RankedPaperRef = builder.objectRef<RankedPaper>('RankedPaper').implement({
  fields: (t) => ({
    paper: t.field({ type: objectRefs.Paper, resolve: (p, _a, ctx) => loadEntity(ctx, p.paperId) }),
    score: t.exposeFloat('score', { description: 'Recency (halving every 5 years) plus 0.5 per citation in the graph.' }),
    citations: t.exposeInt('citations'),
  }),
});

const RankedInitiativeRef = builder.objectRef<RankedInitiative>('RankedInitiative').implement({
  fields: (t) => ({
    initiative: t.field({ type: objectRefs.Initiative, resolve: (i, _a, ctx) => loadEntity(ctx, i.initiativeId) }),
    score: t.exposeFloat('score', { description: '2 per sector taking part, plus 0.5 per institution.' }),
    sectors: t.field({ type: [SectorEnum], resolve: (i) => i.sectors }),
  }),
});

const SectorShareRef = builder.objectRef<ThemeOverview['sectors'][number]>('SectorShare').implement({
  fields: (t) => ({
    sector: t.field({ type: SectorEnum, resolve: (s) => s.sector }),
    people: t.exposeInt('people'),
    institutions: t.exposeInt('institutions'),
  }),
});

const top = <T>(list: T[], n: number | null | undefined) => list.slice(0, checkRange('first', n ?? 20, 1, 100));

const ThemeTotalsRef = builder.objectRef<ThemeOverview>('ThemeTotals').implement({
  description: 'How many each ranking holds in all: the lists give the first `first` (at most 100) of them.',
  fields: (t) => ({
    people: t.int({ resolve: (o) => o.people.length }),
    institutions: t.int({ resolve: (o) => o.institutions.length }),
    papers: t.int({ resolve: (o) => o.papers.length }),
    initiatives: t.int({ resolve: (o) => o.initiatives.length }),
  }),
});

const ThemeOverviewRef = builder.objectRef<ThemeOverview>('ThemeOverview').implement({
  description: 'Who and what works on a theme and its subthemes, ranked by evidence (the method is in the README).',
  fields: (t) => ({
    theme: t.field({ type: objectRefs.Theme, resolve: (o, _a, ctx) => loadEntity(ctx, o.themeId) }),
    themes: t.field({
      type: [objectRefs.Theme],
      description: 'The theme and all its subthemes, at any depth: what the rankings count.',
      resolve: (o, _a, ctx) => loadEntities(ctx, o.themeIds),
    }),
    people: t.field({ type: [RankedPersonRef], args: { first: t.arg.int({ defaultValue: 20, description: '1 to 100, best first.' }) }, resolve: (o, args) => top(o.people, args.first) }),
    institutions: t.field({ type: [RankedInstitutionRef], args: { first: t.arg.int({ defaultValue: 20, description: '1 to 100, best first.' }) }, resolve: (o, args) => top(o.institutions, args.first) }),
    papers: t.field({ type: [RankedPaperRef], args: { first: t.arg.int({ defaultValue: 20, description: '1 to 100, best first.' }) }, resolve: (o, args) => top(o.papers, args.first) }),
    initiatives: t.field({ type: [RankedInitiativeRef], args: { first: t.arg.int({ defaultValue: 20, description: '1 to 100, best first.' }) }, resolve: (o, args) => top(o.initiatives, args.first) }),
    totals: t.field({ type: ThemeTotalsRef, description: 'How many people, institutions, papers and initiatives are ranked in all.', resolve: (o) => o }),
    evidenceOf: t.field({
      type: [EvidenceRef],
      description: 'All the evidence of one ranked person or institution, strongest first: the rest of a capped `evidence(first:)`. NOT_FOUND if it has none on the theme.',
      args: { id: t.arg.id({ required: true }) },
      resolve: (o, { id }) => {
        const key = String(id);
        const ranked = o.people.find((p) => p.personId === key) ?? o.institutions.find((i) => i.institutionId === key);
        if (!ranked) throw new GraphQLError(`No person or institution with id "${key}" has evidence on this theme.`, { extensions: { code: 'NOT_FOUND' } });
        return ranked.evidence;
      },
    }),
    sectors: t.field({
      type: [SectorShareRef],
      description: `People and institutions with evidence on the theme, by sector (all ${SECTORS.length}, zeros included).`,
      resolve: (o) => o.sectors,
    }),
  }),
});

builder.queryFields((t) => ({
  themes: t.field({
    type: [objectRefs.Theme],
    description: 'Every theme; build the tree from parent and subthemes.',
    resolve: (_root, _args, ctx) => allThemes(ctx.db),
  }),
  themeOverview: t.field({
    type: ThemeOverviewRef,
    description: 'Rankings for a theme with its subthemes. An unknown id is NOT_FOUND.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => themeOverview(ctx.db, String(id)),
  }),
}));
