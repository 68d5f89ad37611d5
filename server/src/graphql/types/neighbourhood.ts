import { NotFoundError } from '../../db/errors.ts';
import { MAX_DEPTH, neighbourhood } from '../../db/neighbourhood.ts';
import { builder } from '../builder.ts';
import { EntityKind, SectorEnum } from '../enums.ts';
import { checkRange } from '../errors.ts';
import { GraphSliceRef } from './graph.ts';

export const MAX_SLICE = 2000;
const MAX_IDS = 100;

builder.queryField('neighbourhood', (t) =>
  t.field({
    type: GraphSliceRef,
    description:
      'The graph around some entities: them, and everything within `depth` hops, breadth first. `kinds` and ' +
      '`sectors` filter the neighbours (a neighbour without a sector passes a sector filter); at most `limit` ' +
      'nodes, with `truncated` set when more were in reach; edges are every relationship among the nodes.',
    args: {
      ids: t.arg.idList({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: `1 to ${MAX_DEPTH}.` }),
      kinds: t.arg({ type: [EntityKind] }),
      sectors: t.arg({ type: [SectorEnum] }),
      limit: t.arg.int({ defaultValue: 200, description: `1 to ${MAX_SLICE}.` }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = [...new Set(args.ids.map(String))];
      checkRange('ids (count)', ids.length, 1, MAX_IDS);
      const limit = checkRange('limit', args.limit ?? 200, Math.min(ids.length, MAX_SLICE), MAX_SLICE);
      const depth = checkRange('depth', args.depth ?? 1, 1, MAX_DEPTH);
      const slice = await neighbourhood(ctx.db, ids, { depth, limit, kinds: args.kinds, sectors: args.sectors });
      const found = new Set(slice.nodes.map((node) => node.id));
      const missing = ids.find((id) => !found.has(id));
      if (missing !== undefined) throw new NotFoundError(missing);
      return slice;
    },
  }),
);
