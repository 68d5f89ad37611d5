import type { GraphEdge, GraphNode, GraphSlice } from '../../db/types.ts';
import { builder } from '../builder.ts';
import { EntityKind, RelationshipType, SectorEnum } from '../enums.ts';

export const GraphNodeRef = builder.objectRef<GraphNode>('GraphNode').implement({
  description: 'A node of a graph slice, ready to become a Cytoscape element.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: EntityKind, resolve: (node) => node.kind }),
    label: t.exposeString('label'),
    sector: t.field({ type: SectorEnum, nullable: true, resolve: (node) => node.sector }),
    degree: t.exposeInt('degree', { description: 'How many relationships it has in the whole graph.' }),
    year: t.exposeInt('year', {
      nullable: true,
      description: "A paper's year, an initiative's start year, an event's year; null for other kinds.",
    }),
    themeIds: t.exposeIDList('themeIds', {
      description: 'The themes it is directly linked to (WORKS_ON, ADDRESSES, ABOUT); a theme lists itself.',
    }),
  }),
});

export const GraphEdgeRef = builder.objectRef<GraphEdge>('GraphEdge').implement({
  description: 'A relationship of a graph slice, from source to target as stored.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'source|TYPE|target: stable across requests.' }),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.field({ type: RelationshipType, resolve: (edge) => edge.type as never }),
    role: t.exposeString('role', { nullable: true }),
  }),
});

export const GraphSliceRef = builder.objectRef<GraphSlice>('GraphSlice').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (slice) => slice.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (slice) => slice.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when more nodes were in reach than the limit allowed.' }),
  }),
});
