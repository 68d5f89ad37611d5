import { describe, expect, it } from 'vitest';
import { REL_ENDPOINTS, type Kind, type RelType } from '@atlas/schema';
import { syntheticExpansion, syntheticSlice } from './syntheticSlice.ts';

const model = (kind: string) => (kind.charAt(0) + kind.slice(1).toLowerCase()) as Kind;

describe('syntheticSlice', () => {
  it('has about the asked number of elements, a third of them nodes, with valid and unique edges', () => {
    for (const size of [1000, 5000]) {
      const slice = syntheticSlice(size);
      expect(slice.nodes.length).toBe(Math.round(size / 3));
      expect(slice.nodes.length + slice.edges.length).toBe(size);
      const kinds = new Map(slice.nodes.map((node) => [node.id, model(node.kind)]));
      expect(new Set(slice.edges.map((edge) => edge.id)).size).toBe(slice.edges.length);
      for (const edge of slice.edges) {
        const ends = [kinds.get(edge.source)!, kinds.get(edge.target)!];
        expect(REL_ENDPOINTS[edge.type as RelType].some(([from, to]) => from === ends[0] && to === ends[1]), edge.id).toBe(true);
      }
      const degrees = new Map<string, number>();
      for (const edge of slice.edges) for (const id of [edge.source, edge.target]) degrees.set(id, (degrees.get(id) ?? 0) + 1);
      for (const node of slice.nodes) expect(node.degree).toBe(degrees.get(node.id) ?? 0);
    }
  });

  it('is the same on every call, and has hubs', () => {
    expect(syntheticSlice(1000)).toEqual(syntheticSlice(1000));
    const degrees = syntheticSlice(5000).nodes.map((node) => node.degree).sort((a, b) => b - a);
    expect(degrees[0]).toBeGreaterThan(5 * degrees[Math.floor(degrees.length / 2)]!);
  });
});

describe('syntheticExpansion', () => {
  it('links every new node to the anchor', () => {
    const anchor = syntheticSlice(1000).nodes.find((node) => node.kind === 'PERSON')!;
    const expansion = syntheticExpansion(anchor, 200);
    expect(expansion.nodes).toHaveLength(201);
    expect(expansion.edges).toHaveLength(200);
    for (const edge of expansion.edges) expect([edge.source, edge.target]).toContain(anchor.id);
  });
});
