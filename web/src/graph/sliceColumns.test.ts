import { describe, expect, it } from 'vitest';
import type { SliceColumns } from '../graphql/types.ts';
import { fromSliceColumns } from './sliceColumns.ts';

const columns = (): SliceColumns => ({
  nodes: {
    ids: ['ada', 'p1', 't'],
    kinds: ['PERSON', 'PAPER', 'THEME'],
    labels: ['Ada', 'Paper one', 'Data'],
    sectors: ['ACADEMIA', null, null],
    degrees: [3, 2, 40],
    years: [null, 2021, null],
    themeIds: [['t'], ['t'], ['t']],
  },
  edges: { sources: [0, 1], targets: [1, 2], types: ['AUTHORED', 'ABOUT'], roles: ['lead', null] },
});

describe('fromSliceColumns', () => {
  it('turns columns back into nodes and edges, with the ids the API gives edges', () => {
    expect(fromSliceColumns(columns())).toEqual({
      nodes: [
        { id: 'ada', kind: 'PERSON', label: 'Ada', sector: 'ACADEMIA', degree: 3, year: null, themeIds: ['t'] },
        { id: 'p1', kind: 'PAPER', label: 'Paper one', sector: null, degree: 2, year: 2021, themeIds: ['t'] },
        { id: 't', kind: 'THEME', label: 'Data', sector: null, degree: 40, year: null, themeIds: ['t'] },
      ],
      edges: [
        { id: 'ada|AUTHORED|p1', source: 'ada', target: 'p1', type: 'AUTHORED', role: 'lead' },
        { id: 'p1|ABOUT|t', source: 'p1', target: 't', type: 'ABOUT', role: null },
      ],
    });
  });

  it('refuses columns of different lengths, naming the list', () => {
    const short = columns();
    short.nodes.labels.pop();
    expect(() => fromSliceColumns(short)).toThrow("The slice's node columns disagree: 3 ids but 2 labels.");
    const edges = columns();
    edges.edges.roles.push(null);
    expect(() => fromSliceColumns(edges)).toThrow("The slice's edge columns disagree: 2 sources but 3 roles.");
  });

  it('refuses an edge naming a node the slice does not have', () => {
    const broken = columns();
    broken.edges.targets[1] = 7;
    expect(() => fromSliceColumns(broken)).toThrow('A slice edge names node 7, but the slice has 3 nodes.');
  });
});
