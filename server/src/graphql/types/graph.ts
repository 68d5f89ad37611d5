import { sliceEdges, sliceNodes, type EdgeColumns, type NodeColumns, type SliceColumns } from '../../db/sliceColumns.ts';
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

const NodeColumnsRef = builder.objectRef<NodeColumns>('NodeColumns').implement({
  description: "A slice's nodes as columns: node i is ids[i], kinds[i], labels[i], … (a list for each GraphNode field).",
  fields: (t) => ({
    ids: t.exposeIDList('ids'),
    kinds: t.field({ type: [EntityKind], resolve: (columns) => columns.kinds }),
    labels: t.exposeStringList('labels'),
    sectors: t.field({ type: [SectorEnum], nullable: { list: false, items: true }, resolve: (columns) => columns.sectors }),
    degrees: t.exposeIntList('degrees'),
    years: t.exposeIntList('years', { nullable: { list: false, items: true } }),
    themeIds: t.field({ type: t.listRef(t.listRef('ID')), resolve: (columns) => columns.themeIds }),
  }),
});

const EdgeColumnsRef = builder.objectRef<EdgeColumns>('EdgeColumns').implement({
  description: "A slice's edges as columns: edge j runs from node sources[j] to node targets[j] (positions in NodeColumns).",
  fields: (t) => ({
    sources: t.exposeIntList('sources'),
    targets: t.exposeIntList('targets'),
    types: t.field({ type: [RelationshipType], resolve: (columns) => columns.types as never }),
    roles: t.exposeStringList('roles', { nullable: { list: false, items: true } }),
  }),
});

const SliceColumnsRef = builder.objectRef<SliceColumns>('SliceColumns').implement({
  description:
    'A graph slice as columns, for big canvases: the same nodes and edges in under half the bytes, and a few ' +
    "lists to serialise instead of an object per element. An edge's id is source|TYPE|target over its ends' ids.",
  fields: (t) => ({
    nodes: t.field({ type: NodeColumnsRef, resolve: (columns) => columns.nodes }),
    edges: t.field({ type: EdgeColumnsRef, resolve: (columns) => columns.edges }),
  }),
});

export const GraphSliceRef = builder.objectRef<GraphSlice>('GraphSlice').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (slice) => sliceNodes(slice.columns.nodes) }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (slice) => sliceEdges(slice.columns) }),
    columns: t.field({
      type: SliceColumnsRef,
      description: 'The same nodes and edges as columns (what the web app asks for): compact for big slices.',
      resolve: (slice) => slice.columns,
    }),
    truncated: t.exposeBoolean('truncated', { description: 'True when more nodes were in reach than the limit allowed.' }),
  }),
});
