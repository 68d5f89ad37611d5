import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../graphql/types.ts';
import { addEdges, collapseNode, leavesOf, removeNodes } from './graphEdit.ts';

const node = (id: string): GraphNode => ({ id, kind: 'PERSON', label: id, sector: null, degree: 1 });
const edge = (source: string, target: string): GraphEdge => ({ id: `${source}|WORKS_ON|${target}`, source, target, type: 'WORKS_ON', role: null });

// hub - a, hub - b, hub - c, c - d: a and b hang only from hub; c is also linked to d.
const graph = {
  nodes: ['hub', 'a', 'b', 'c', 'd'].map(node),
  edges: [edge('hub', 'a'), edge('hub', 'b'), edge('hub', 'c'), edge('c', 'd')],
};

describe('graph edits', () => {
  it('removes nodes with their edges, and returns the same graph when none was there', () => {
    const after = removeNodes(graph, ['c']);
    expect(after.nodes.map((n) => n.id)).toEqual(['hub', 'a', 'b', 'd']);
    expect(after.edges.map((e) => e.id)).toEqual(['hub|WORKS_ON|a', 'hub|WORKS_ON|b']);
    expect(removeNodes(graph, ['nobody'])).toBe(graph);
  });

  it('collapses a node to what else holds on the canvas, keeping pinned leaves', () => {
    expect(leavesOf(graph, 'hub').sort()).toEqual(['a', 'b']);
    expect(collapseNode(graph, 'hub').nodes.map((n) => n.id)).toEqual(['hub', 'c', 'd']);
    expect(collapseNode(graph, 'hub', new Set(['a'])).nodes.map((n) => n.id)).toEqual(['hub', 'a', 'c', 'd']);
  });

  it('adds only new edges between nodes on the canvas (Connect)', () => {
    const after = addEdges(graph, [edge('a', 'b'), edge('a', 'b'), edge('hub', 'a'), edge('a', 'elsewhere')]);
    expect(after.edges.map((e) => e.id).slice(4)).toEqual(['a|WORKS_ON|b']);
    expect(addEdges(graph, [edge('hub', 'a')])).toBe(graph);
  });
});
