import { stats, type Stats } from '../../db/stats.ts';
import { builder } from '../builder.ts';
import { EntityKind, SectorEnum } from '../enums.ts';

type KindCount = Stats['byKind'][number];
type SectorCount = Stats['bySector'][number];

const KindCountRef = builder.objectRef<KindCount>('KindCount').implement({
  fields: (t) => ({
    kind: t.field({ type: EntityKind, resolve: (row) => row.kind }),
    count: t.exposeInt('count'),
  }),
});

const SectorCountRef = builder.objectRef<SectorCount>('SectorCount').implement({
  fields: (t) => ({
    sector: t.field({ type: SectorEnum, resolve: (row) => row.sector }),
    institutions: t.exposeInt('institutions'),
    people: t.exposeInt('people', { description: 'People whose current affiliation is in this sector.' }),
  }),
});

const StatsRef = builder.objectRef<Stats>('Stats').implement({
  fields: (t) => ({
    nodes: t.exposeInt('nodes'),
    relationships: t.exposeInt('relationships'),
    byKind: t.field({ type: [KindCountRef], resolve: (s) => s.byKind }),
    bySector: t.field({ type: [SectorCountRef], resolve: (s) => s.bySector }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({ type: StatsRef, description: 'How much the graph holds, by kind and by sector.', resolve: (_root, _args, ctx) => stats(ctx.db) }),
);
