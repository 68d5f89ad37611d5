import { loadEntity, loadEntities } from '../loadEntity.ts';
import { analysisInputs } from '../collaborationInputs.ts';
import { collaborationsBetween, type CollaborationRow } from '../../db/collaboration.ts';
import { bridgesFor, communitiesFor, matrixFor, mixingByTheme, type Community, type MatrixResult } from '../../collaboration/analysis.ts';
import type { Bridge } from '../../collaboration/bridges.ts';
import type { MatrixCell, Mixing, TrendPoint } from '../../collaboration/matrix.ts';
import { sectorGaps, type ThemeGaps } from '../../collaboration/themeGaps.ts';
import { builder } from '../builder.ts';
import { decodeCursor, encodeCursor } from '../connections.ts';
import { EntityRef } from '../entity.ts';
import { SectorEnum } from '../enums.ts';
import { checkRange } from '../errors.ts';
import { objectRefs } from '../objectRefs.ts';
import { RankedPersonRef } from './themes.ts';

const { CollaborationFilterInput, ActorLevelEnum, CollaborationKindEnum, toFilter, yearDescriptions } = analysisInputs;

const MixingRef = builder.objectRef<Mixing>('Mixing').implement({
  description: 'How much collaboration crosses sector lines.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    external: t.exposeInt('external', { description: 'Collaborations across sectors.' }),
    internal: t.exposeInt('internal', { description: 'Collaborations within a sector.' }),
    eiIndex: t.exposeFloat('eiIndex', { nullable: true, description: 'Krackhardt’s E-I index, (external − internal) / total: −1 all within sectors, +1 all across.' }),
    assortativity: t.exposeFloat('assortativity', {
      nullable: true,
      description: 'Newman’s assortativity by sector: 1 only within sectors, 0 as random, below 0 across sectors more than random.',
    }),
  }),
});

const CellRef = builder.objectRef<MatrixCell>('SectorMatrixCell').implement({
  fields: (t) => ({
    a: t.field({ type: SectorEnum, resolve: (c) => c.a }),
    b: t.field({ type: SectorEnum, resolve: (c) => c.b }),
    count: t.exposeInt('count'),
    share: t.exposeFloat('share', { description: 'count / all collaborations.' }),
    ratio: t.exposeFloat('ratio', { nullable: true, description: 'Observed over expected under random mixing with the same sector totals.' }),
    initiatives: t.int({ resolve: (c) => c.byKind.INITIATIVE }),
    papers: t.int({ resolve: (c) => c.byKind.PAPER }),
    sessions: t.int({ resolve: (c) => c.byKind.SESSION }),
  }),
});

const TrendRef = builder.objectRef<TrendPoint>('TrendPoint').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    a: t.field({ type: SectorEnum, resolve: (p) => p.a }),
    b: t.field({ type: SectorEnum, resolve: (p) => p.b }),
    count: t.exposeInt('count'),
  }),
});

const MatrixRef = builder.objectRef<MatrixResult>('SectorMatrix').implement({
  description: 'Collaborations between each pair of sectors (the diagonal: within a sector).',
  fields: (t) => ({
    total: t.exposeInt('total'),
    cells: t.field({ type: [CellRef], description: 'One per unordered pair of sectors.', resolve: (m) => m.cells }),
    mixing: t.field({ type: MixingRef, resolve: (m) => m.mixing }),
    trends: t.field({ type: [TrendRef], description: 'Collaborations per pair of sectors and year.', resolve: (m) => m.trends }),
  }),
});

const CollaborationRef = builder.objectRef<CollaborationRow>('Collaboration').implement({
  fields: (t) => ({
    kind: t.field({ type: CollaborationKindEnum, resolve: (c) => c.kind }),
    via: t.field({ type: EntityRef, description: 'The shared initiative, paper or session.', resolve: (c, _a, ctx) => loadEntity(ctx, c.via) }),
    year: t.exposeInt('year', { nullable: true }),
    a: t.field({ type: EntityRef, description: 'The actor in the first sector asked for.', resolve: (c, _a, ctx) => loadEntity(ctx, c.a) }),
    b: t.field({ type: EntityRef, resolve: (c, _a, ctx) => loadEntity(ctx, c.b) }),
  }),
});

const CollaborationPageRef = builder.objectRef<{ totalCount: number; rows: CollaborationRow[]; offset: number }>('CollaborationPage').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    items: t.field({ type: [CollaborationRef], resolve: (p) => p.rows }),
    hasNextPage: t.boolean({ resolve: (p) => p.offset + p.rows.length < p.totalCount }),
    endCursor: t.string({ nullable: true, resolve: (p) => (p.rows.length ? encodeCursor(p.offset + p.rows.length) : null) }),
  }),
});

const PartnerRef = builder.objectRef<Bridge['partners'][number]>('BridgePartner').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (p, _a, ctx) => loadEntity(ctx, p.id) }),
    sector: t.field({ type: SectorEnum, nullable: true, resolve: (p) => p.sector }),
    weight: t.exposeInt('weight', { description: 'How many things they share.' }),
  }),
});

const BridgeRef = builder.objectRef<Bridge>('Bridge').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (b, _a, ctx) => loadEntity(ctx, b.id) }),
    sector: t.field({ type: SectorEnum, nullable: true, resolve: (b) => b.sector }),
    brokerage: t.exposeInt('brokerage', { description: 'Pairs of its partners, from two different sectors, that only it links.' }),
    betweenness: t.exposeFloat('betweenness', { description: 'Normalised betweenness on the collaboration graph (0..1).' }),
    sectorsBridged: t.field({ type: [SectorEnum], description: 'Other sectors among its partners.', resolve: (b) => b.sectorsBridged }),
    partners: t.field({
      type: [PartnerRef],
      description: 'Its partners in other sectors, strongest tie first.',
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: (b, args) => b.partners.slice(0, checkRange('first', args.first ?? 10, 1, 100)),
    }),
  }),
});

const SectorGapRef = builder.objectRef<ThemeGaps['absentSectors'][number]>('SectorGap').implement({
  fields: (t) => ({
    sector: t.field({ type: SectorEnum, resolve: (g) => g.sector }),
    candidates: t.field({ type: [RankedPersonRef], description: 'People of that sector with evidence on the broader theme.', resolve: (g) => g.candidates }),
  }),
});

const PairGapRef = builder.objectRef<ThemeGaps['missingPairs'][number]>('PairGap').implement({
  fields: (t) => ({
    a: t.field({ type: SectorEnum, resolve: (g) => g.a }),
    b: t.field({ type: SectorEnum, resolve: (g) => g.b }),
    candidates: t.field({ type: [RankedPersonRef], description: 'The strongest people of each side on the theme, who could meet.', resolve: (g) => g.candidates }),
  }),
});

const ThemeGapsRef = builder.objectRef<ThemeGaps>('ThemeGaps').implement({
  fields: (t) => ({
    theme: t.field({ type: objectRefs.Theme, resolve: (g, _a, ctx) => loadEntity(ctx, g.themeId) }),
    absentSectors: t.field({ type: [SectorGapRef], description: 'Sectors with nobody with evidence on the theme.', resolve: (g) => g.absentSectors }),
    missingPairs: t.field({ type: [PairGapRef], description: 'Pairs of present sectors that never collaborate on the theme.', resolve: (g) => g.missingPairs }),
  }),
});

const ThemeMixingRef = builder.objectRef<{ themeId: string; mixing: Mixing }>('ThemeMixing').implement({
  fields: (t) => ({
    theme: t.field({ type: objectRefs.Theme, resolve: (m, _a, ctx) => loadEntity(ctx, m.themeId) }),
    mixing: t.field({ type: MixingRef, resolve: (m) => m.mixing }),
  }),
});

const CommunitySectorRef = builder.objectRef<Community['sectors'][number]>('CommunitySector').implement({
  fields: (t) => ({ sector: t.field({ type: SectorEnum, resolve: (s) => s.sector }), count: t.exposeInt('count') }),
});

const CommunityRef = builder.objectRef<Community>('Community').implement({
  fields: (t) => ({
    index: t.exposeInt('index', { description: '0 for the largest.' }),
    size: t.int({ resolve: (c) => c.memberIds.length }),
    sectors: t.field({ type: [CommunitySectorRef], description: 'Its sector mix, largest first.', resolve: (c) => c.sectors }),
    memberIds: t.idList({ description: 'Every member, by id (to put them on the canvas): most ties within the community first, then by id.', resolve: (c) => c.memberIds }),
    members: t.field({
      type: [EntityRef],
      description: 'The first members, as in memberIds: its core (most ties within it) first.',
      args: { first: t.arg.int({ defaultValue: 20 }) },
      resolve: (c, args, ctx) => loadEntities(ctx, c.memberIds.slice(0, checkRange('first', args.first ?? 20, 1, 500))),
    }),
  }),
});

const CommunitiesRef = builder.objectRef<{ modularity: number; communities: Community[] }>('Communities').implement({
  fields: (t) => ({
    modularity: t.exposeFloat('modularity'),
    communities: t.field({
      type: [CommunityRef],
      args: { first: t.arg.int({ defaultValue: 20 }) },
      resolve: (c, args) => c.communities.slice(0, checkRange('first', args.first ?? 20, 1, 500)),
    }),
  }),
});

builder.queryFields((t) => ({
  sectorMatrix: t.field({
    type: MatrixRef,
    description: 'Collaborations between sectors: institutions in the same initiative, co-authors, speakers on the same session.',
    args: { filter: t.arg({ type: CollaborationFilterInput }) },
    resolve: (_root, args, ctx) => matrixFor(ctx.db, toFilter(args.filter)),
  }),
  collaborations: t.field({
    type: CollaborationPageRef,
    description: 'The collaborations behind one cell of the sector matrix, newest first.',
    args: {
      a: t.arg({ type: SectorEnum, required: true }),
      b: t.arg({ type: SectorEnum, required: true }),
      filter: t.arg({ type: CollaborationFilterInput }),
      first: t.arg.int({ defaultValue: 20, description: '1 to 100.' }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const offset = decodeCursor(args.after);
      const page = await collaborationsBetween(ctx.db, toFilter(args.filter), [args.a, args.b], offset, checkRange('first', args.first ?? 20, 1, 100));
      return { ...page, offset };
    },
  }),
  bridges: t.field({
    type: [BridgeRef],
    description: 'The institutions (or people) that connect sectors most, ranked by brokerage, then betweenness.',
    args: { level: t.arg({ type: ActorLevelEnum, defaultValue: 'institution' }), filter: t.arg({ type: CollaborationFilterInput }), first: t.arg.int({ defaultValue: 20 }) },
    resolve: async (_root, args, ctx) => (await bridgesFor(ctx.db, args.level ?? 'institution', toFilter(args.filter))).slice(0, checkRange('first', args.first ?? 20, 1, 200)),
  }),
  sectorGaps: t.field({
    type: [ThemeGapsRef],
    description: 'Where sectors do not meet: per theme (or every theme), the absent sectors and the pairs that never collaborate, with candidates.',
    args: { themeId: t.arg.id() },
    resolve: (_root, args, ctx) => sectorGaps(ctx.db, args.themeId ? String(args.themeId) : null),
  }),
  themeMixing: t.field({
    type: [ThemeMixingRef],
    description: 'Mixing measures for every theme (with its subthemes), to compare themes.',
    args: { fromYear: t.arg.int({ description: yearDescriptions.fromYear }), toYear: t.arg.int({ description: yearDescriptions.toYear }) },
    resolve: (_root, args, ctx) => mixingByTheme(ctx.db, toFilter({ fromYear: args.fromYear, toYear: args.toYear })),
  }),
  communities: t.field({
    type: CommunitiesRef,
    description: 'Clusters of the collaboration graph (Louvain), each with its sector mix.',
    args: { level: t.arg({ type: ActorLevelEnum, defaultValue: 'institution' }), filter: t.arg({ type: CollaborationFilterInput }) },
    resolve: (_root, args, ctx) => communitiesFor(ctx.db, args.level ?? 'institution', toFilter(args.filter)),
  }),
}));
