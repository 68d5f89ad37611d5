import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../graphql/types.ts';
import { EMPTY_GRAPH, mergeSlice } from './mergeSlice.ts';
import { syncCanvas } from './syncCanvas.ts';
import { toElements } from './toElements.ts';

const node = (id: string, kind: GraphNode['kind'] = 'PERSON', sector: GraphNode['sector'] = null): GraphNode => ({
  id,
  kind,
  label: id.toUpperCase(),
  sector,
  degree: 1,
});
const edge = (source: string, target: string, type: GraphEdge['type'] = 'AFFILIATED_WITH', role: string | null = null): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  role,
});

const first = {
  nodes: [node('ada', 'PERSON', 'ACADEMIA'), node('tu', 'INSTITUTION', 'ACADEMIA'), node('mobility', 'THEME')],
  edges: [edge('ada', 'tu', 'AFFILIATED_WITH', 'professor'), edge('ada', 'mobility', 'WORKS_ON')],
};
const expansion = {
  nodes: [node('tu', 'INSTITUTION', 'ACADEMIA'), node('bo', 'PERSON', 'CIVIL_SOCIETY'), node('citylab', 'INITIATIVE'), node('ada')],
  edges: [edge('bo', 'tu'), edge('tu', 'citylab', 'PARTICIPATES_IN', 'lead'), edge('ada', 'tu', 'AFFILIATED_WITH', 'professor')],
};

describe('toElements', () => {
  it('maps nodes to kind and sector classes and edges to worded relationships', () => {
    const elements = toElements(first);
    expect(elements.find((el) => el.data.id === 'ada')).toEqual({
      group: 'nodes',
      data: { id: 'ada', label: 'ADA', kind: 'PERSON', sector: 'ACADEMIA', degree: 1, year: null, themeIds: [] },
      classes: 'kind-person sector-academia',
    });
    expect(elements.find((el) => el.data.id === 'mobility')?.classes).toBe('kind-theme sector-none');
    const affiliation = elements.find((el) => el.data.id === 'ada-AFFILIATED_WITH-tu');
    expect(affiliation).toMatchObject({
      group: 'edges',
      data: { source: 'ada', target: 'tu', type: 'AFFILIATED_WITH', label: 'is affiliated with (professor)' },
      classes: 'rel-affiliated-with',
      selectable: false,
    });
  });

  it('slugs multi-word sectors and drops duplicates and dangling edges', () => {
    const elements = toElements({
      nodes: [node('a', 'PERSON', 'CIVIL_SOCIETY'), node('a'), node('b', 'SESSION')],
      edges: [edge('a', 'b', 'SPEAKS_AT'), edge('a', 'b', 'SPEAKS_AT'), edge('a', 'gone')],
    });
    expect(elements.map((el) => el.data.id)).toEqual(['a', 'b', 'a-SPEAKS_AT-b']);
    expect(elements[0]?.classes).toBe('kind-person sector-civil-society');
  });
});

describe('mergeSlice', () => {
  it('adds only what is new and returns the same object when nothing is', () => {
    const once = mergeSlice(EMPTY_GRAPH, first);
    const twice = mergeSlice(once, expansion);
    expect(twice.nodes.map((n) => n.id)).toEqual(['ada', 'tu', 'mobility', 'bo', 'citylab']);
    expect(twice.edges).toHaveLength(4);
    expect(mergeSlice(twice, expansion)).toBe(twice);
  });
});

describe('syncCanvas (headless Cytoscape)', () => {
  it('adds an expansion without duplicates and without moving existing nodes', () => {
    const cy = cytoscape({ headless: true });
    const initial = syncCanvas(cy, toElements(first), 'ada');
    expect(initial.added.map((n) => n.id()).sort()).toEqual(['ada', 'mobility', 'tu']);
    expect(cy.getElementById('ada').position()).toEqual({ x: 0, y: 0 });

    // A layout has moved things around since; the expansion must leave them there.
    cy.getElementById('tu').position({ x: 400, y: -120 });
    cy.getElementById('ada').addClass('focused');
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

    const merged = mergeSlice(mergeSlice(EMPTY_GRAPH, first), expansion);
    const { added } = syncCanvas(cy, toElements(merged), 'tu');

    expect(added.map((n) => n.id()).sort()).toEqual(['bo', 'citylab']);
    expect(cy.nodes()).toHaveLength(5);
    expect(cy.edges()).toHaveLength(4);
    for (const [id, position] of before) expect(cy.getElementById(id).position()).toEqual(position);
    expect(cy.getElementById('ada').hasClass('focused')).toBe(true);
    // New nodes sit beside the node that was expanded (on the side away from ada, its neighbour).
    for (const n of added) {
      const { x, y } = n.position();
      expect(Math.hypot(x - 400, y + 120)).toBeLessThan(200);
      expect(Math.hypot(x, y)).toBeGreaterThan(Math.hypot(400, -120));
    }
    cy.destroy();
  });

  it('puts an unconnected new anchor beside the canvas and removes what is no longer wanted', () => {
    const cy = cytoscape({ headless: true });
    syncCanvas(cy, toElements(first), 'ada');
    const box = cy.nodes().boundingBox({});
    const island = { nodes: [...first.nodes, node('far', 'EVENT'), node('near', 'SESSION')], edges: [...first.edges, edge('near', 'far', 'PART_OF')] };
    syncCanvas(cy, toElements(island), 'far');
    expect(cy.getElementById('far').position().x).toBeGreaterThan(box.x2);

    syncCanvas(cy, toElements({ nodes: [node('far', 'EVENT')], edges: [] }));
    expect(cy.nodes().map((n) => n.id())).toEqual(['far']);
    expect(cy.edges()).toHaveLength(0);
    cy.destroy();
  });
});
