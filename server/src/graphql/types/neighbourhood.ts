import { NotFoundError } from '../../db/errors.ts';
import { linksAmong, MAX_LINK_IDS } from '../../db/linksAmong.ts';
import { MAX_DEPTH, neighbourhood } from '../../db/neighbourhood.ts';
import { builder } from '../builder.ts';
import { EntityKind, RelationshipType, SectorEnum } from '../enums.ts';
import { checkRange } from '../errors.ts';
import { GraphEdgeRef, GraphSliceRef } from './graph.ts';

export const MAX_SLICE = 2000;
const MAX_IDS = 100;

builder.queryField('neighbourhood', (t) =>
  t.field({
    type: GraphSliceRef,
    description:
      'The graph around some entities: them, and everything within `depth` hops, breadth first. `kinds` and ' +
      '`sectors` filter the neighbours (a neighbour without a sector passes a sector filter); `types` follows only ' +
      'those relationship types (and returns only those edges); at most `limit` nodes, with `truncated` set when ' +
      'more were in reach; edges are every relationship (of those types) among the nodes. An unknown id (or one the ' +
      'caller may not see) is NOT_FOUND, unless `ignoreMissing`.',
    args: {
      ids: t.arg.idList({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: `1 to ${MAX_DEPTH}.` }),
      kinds: t.arg({ type: [EntityKind] }),
      sectors: t.arg({ type: [SectorEnum] }),
      types: t.arg({ type: [RelationshipType], description: 'Only follow these relationship types; null for all.' }),
      limit: t.arg.int({ defaultValue: 200, description: `1 to ${MAX_SLICE}.` }),
      ignoreMissing: t.arg.boolean({
        defaultValue: false,
        description:
          'Leave out ids that match no entity (or none the caller may see) instead of failing with NOT_FOUND: every ' +
          'start that exists is among `nodes`, so the ids not there are the missing ones. For links and saved views ' +
          'that may name entities since deleted.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = [...new Set(args.ids.map(String))];
      checkRange('ids (count)', ids.length, 1, MAX_IDS);
      const limit = checkRange('limit', args.limit ?? 200, Math.min(ids.length, MAX_SLICE), MAX_SLICE);
      const depth = checkRange('depth', args.depth ?? 1, 1, MAX_DEPTH);
      const options = { depth, limit, kinds: args.kinds, sectors: args.sectors, types: args.types };
      const slice = await neighbourhood(ctx.db, ids, options);
      const found = new Set(slice.columns.nodes.ids);
      const missing = ids.find((id) => !found.has(id));
      if (missing !== undefined && !args.ignoreMissing) throw new NotFoundError(missing);
      return slice;
    },
  }),
);

builder.queryField('linksAmong', (t) =>
  t.field({
    type: [GraphEdgeRef],
    description:
      `The relationships among entities already on the canvas ("Connect"): every relationship whose ends are both ` +
      `in \`ids\`, once each, as stored. Up to ${MAX_LINK_IDS} ids; unknown ids are ignored.`,
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx) => {
      const ids = [...new Set(args.ids.map(String))];
      checkRange('ids (count)', ids.length, 0, MAX_LINK_IDS);
      return linksAmong(ctx.db, ids);
    },
  }),
);
