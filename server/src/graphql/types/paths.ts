import { HUB_DEGREE } from '@atlas/schema';
import { hubCount, MAX_PATH_LENGTH, MAX_PATHS, shortestPaths, type GraphPath, type PathResult } from '../../db/paths.ts';
import { builder } from '../builder.ts';
import { EntityKind } from '../enums.ts';
import { badInput, checkRange } from '../errors.ts';
import { GraphEdgeRef, GraphNodeRef } from './graph.ts';

const GraphPathRef = builder.objectRef<GraphPath>('GraphPath').implement({
  description: 'One path between two entities, in order from `from` to `to`.',
  fields: (t) => ({
    nodeIds: t.exposeIDList('nodeIds', { description: 'The nodes in order, `from` first and `to` last.' }),
    edgeIds: t.exposeIDList('edgeIds', { description: 'The GraphEdge ids (source|TYPE|target) in order.' }),
    length: t.exposeInt('length', { description: 'How many relationships it has.' }),
    sentence: t.exposeString('sentence', {
      description: 'The path told in words, e.g. "Ana Weber is affiliated with CityLab Berlin, which takes part in …".',
    }),
  }),
});

const PathResultRef = builder.objectRef<PathResult>('PathResult').implement({
  fields: (t) => ({
    paths: t.field({ type: [GraphPathRef], resolve: (result) => result.paths }),
    nodes: t.field({ type: [GraphNodeRef], description: 'Every node on any path, once.', resolve: (result) => result.nodes }),
    edges: t.field({ type: [GraphEdgeRef], description: 'Every edge on any path, once.', resolve: (result) => result.edges }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: PathResultRef,
    description:
      `The shortest paths between two entities, shortest first: up to \`limit\` (1 to ${MAX_PATHS}) paths of at most ` +
      `\`maxLength\` (1 to ${MAX_PATH_LENGTH}) relationships, each through different nodes. With \`via\`, the nodes on the ` +
      'way (not the ends) must be of those kinds. Paths do not pass through hubs (nodes with more than ' +
      `${HUB_DEGREE.toLocaleString('en')} relationships: a broad theme links nearly everything) unless \`throughHubs\`. ` +
      'An unknown `from` or `to` is NOT_FOUND; no path is an empty list.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ defaultValue: 4, description: `1 to ${MAX_PATH_LENGTH}.` }),
      limit: t.arg.int({ defaultValue: 5, description: `1 to ${MAX_PATHS}.` }),
      via: t.arg({ type: [EntityKind], description: 'The kinds allowed on the way; null for all.' }),
      throughHubs: t.arg.boolean({
        defaultValue: false,
        description: `Let paths pass through hubs, nodes with more than ${HUB_DEGREE.toLocaleString('en')} relationships (slower on big graphs).`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const [from, to] = [String(args.from), String(args.to)];
      if (from === to) throw badInput('from and to are the same entity: pick two different ones.', 'to');
      return shortestPaths(ctx.db, from, to, {
        maxLength: checkRange('maxLength', args.maxLength ?? 4, 1, MAX_PATH_LENGTH),
        limit: checkRange('limit', args.limit ?? 5, 1, MAX_PATHS),
        via: args.via,
        throughHubs: args.throughHubs ?? false,
      });
    },
  }),
);

builder.queryField('hubCount', (t) =>
  t.int({
    description:
      `How many entities are hubs (more than ${HUB_DEGREE.toLocaleString('en')} relationships), which \`paths\` goes around ` +
      'unless `throughHubs`. When it is 0, allowing hubs cannot change an answer. A scan of every entity: ask it when needed.',
    resolve: (_root, _args, ctx) => hubCount(ctx.db),
  }),
);
