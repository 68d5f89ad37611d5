import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../features/explore/exploreContract.ts';
import type { GraphNode } from '../graphql/types.ts';
import { applyFilters, facetsOf, FILTERED, passesFilters } from './canvasFilters.ts';
import { toElements } from './toElements.ts';

const nodes: GraphNode[] = [
  { id: 'ada', kind: 'PERSON', label: 'Ada', sector: 'ACADEMIA', degree: 3, year: null, themeIds: ['mobility'] },
  { id: 'bo', kind: 'PERSON', label: 'Bo', sector: 'PUBLIC', degree: 1, year: null, themeIds: [] },
  { id: 'p1', kind: 'PAPER', label: 'Paper 2019', sector: null, degree: 2, year: 2019, themeIds: ['mobility'] },
  { id: 'p2', kind: 'PAPER', label: 'Paper 2023', sector: null, degree: 2, year: 2023, themeIds: ['energy'] },
  { id: 'mobility', kind: 'THEME', label: 'Mobility', sector: null, degree: 9, year: null, themeIds: ['mobility'] },
];
const passing = (filters: Partial<typeof NO_FILTERS>) => nodes.filter((n) => passesFilters(n, { ...NO_FILTERS, ...filters })).map((n) => n.id);

describe('canvas filters', () => {
  it('filter by kind, sector (no sector passes), theme (and the theme itself) and year (no year passes)', () => {
    expect(passing({})).toHaveLength(5);
    expect(passing({ kinds: ['PAPER'] })).toEqual(['p1', 'p2']);
    expect(passing({ sectors: ['PUBLIC'] })).toEqual(['bo', 'p1', 'p2', 'mobility']);
    expect(passing({ themeIds: ['mobility'] })).toEqual(['ada', 'p1', 'mobility']);
    expect(passing({ years: [2020, 2024] })).toEqual(['ada', 'bo', 'p2', 'mobility']);
  });

  it('hide what does not pass on the canvas, with its edges, and bring it back', () => {
    const cy = cytoscape({
      headless: true,
      elements: toElements({ nodes, edges: [{ id: 'ada|AUTHORED|p1', source: 'ada', target: 'p1', type: 'AUTHORED', role: null }] }),
    });
    expect(applyFilters(cy, { ...NO_FILTERS, kinds: ['PERSON'] })).toBe(3);
    expect(cy.nodes(`.${FILTERED}`).map((n) => n.id()).sort()).toEqual(['mobility', 'p1', 'p2']);
    expect(cy.nodes()).toHaveLength(5);
    expect(applyFilters(cy, NO_FILTERS)).toBe(0);
    expect(cy.nodes(`.${FILTERED}`)).toHaveLength(0);
  });

  it('offer the facets of what is on the canvas', () => {
    expect(facetsOf({ nodes, edges: [] }, new Map([['energy', 'Energy']]))).toEqual({
      kinds: ['PERSON', 'PAPER', 'THEME'],
      // The model's order, not the canvas's.
      sectors: ['PUBLIC', 'ACADEMIA'],
      themes: [
        { id: 'energy', label: 'Energy' },
        { id: 'mobility', label: 'Mobility' },
      ],
      years: [2019, 2023],
    });
    expect(facetsOf({ nodes: [], edges: [] }).years).toBeNull();
  });
});
