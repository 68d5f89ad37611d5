import { describe, expect, it } from 'vitest';
import { sliceColumns } from './sliceColumns.ts';
import type { GraphNode } from './types.ts';

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({ id, kind: 'Person', label: id.toUpperCase(), sector: null, degree: 1, year: null, themeIds: [], ...extra });

describe('sliceColumns', () => {
  it('lists each field in node order and names edge ends by position', () => {
    const nodes = [node('ada', { sector: 'ACADEMIA', degree: 3, themeIds: ['t'] }), node('p1', { kind: 'Paper', year: 2021 }), node('t', { kind: 'Theme', themeIds: ['t'] })];
    const edges = [
      { id: 'ada|AUTHORED|p1', source: 'ada', target: 'p1', type: 'AUTHORED', role: 'lead' },
      { id: 'p1|ABOUT|t', source: 'p1', target: 't', type: 'ABOUT', role: null },
    ];
    expect(sliceColumns({ nodes, edges })).toEqual({
      nodes: {
        ids: ['ada', 'p1', 't'],
        kinds: ['Person', 'Paper', 'Theme'],
        labels: ['ADA', 'P1', 'T'],
        sectors: ['ACADEMIA', null, null],
        degrees: [3, 1, 1],
        years: [null, 2021, null],
        themeIds: [['t'], [], ['t']],
      },
      edges: { sources: [0, 1], targets: [1, 2], types: ['AUTHORED', 'ABOUT'], roles: ['lead', null] },
    });
  });

  it('is empty for an empty slice', () => {
    const columns = sliceColumns({ nodes: [], edges: [] });
    expect(columns.nodes.ids).toEqual([]);
    expect(columns.edges.sources).toEqual([]);
  });

  it('refuses an edge whose end is not among the nodes', () => {
    const edges = [{ id: 'ada|AUTHORED|gone', source: 'ada', target: 'gone', type: 'AUTHORED', role: null }];
    expect(() => sliceColumns({ nodes: [node('ada')], edges })).toThrow('A slice edge names node gone, which is not among the slice');
  });
});
