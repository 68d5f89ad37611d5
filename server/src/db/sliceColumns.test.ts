import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '@atlas/schema';
import { edgeColumnsOf, nodeColumnsOf, sliceEdges, sliceNodes } from './sliceColumns.ts';
import { REL_TYPE_CODES, type SliceEdgeRows } from './sliceEdges.ts';

const code = (type: string) => REL_TYPE_CODES[type]!.toNumber();

// What the query returns for three nodes (graphNodeColumnsOf), read by column name.
const answer: Record<string, unknown[]> = {
  ids: ['ada', 'p1', 't'],
  kinds: ['Person', 'Paper', 'Theme'],
  labels: ['Ada', 'P1', 'T'],
  sectors: ['ACADEMIA', null, null],
  degrees: [3, 1, 1],
  years: [null, 2021, null],
  themeIds: [['t'], [], ['t']],
};
const column = (name: string) => answer[name];
// Per end node: [start position, type code, role].
const edgeRows: SliceEdgeRows = [
  ['p1', [[0, code('AUTHORED'), 'lead']]],
  ['t', [[1, code('ABOUT'), null], [0, code('WORKS_ON'), null]]],
];

describe('nodeColumnsOf and edgeColumnsOf', () => {
  it('read every node column and name edge ends and types by position and name', () => {
    const nodes = nodeColumnsOf(column);
    expect(nodes).toEqual(answer);
    expect(edgeColumnsOf(edgeRows, nodes.ids)).toEqual({
      sources: [0, 1, 0],
      targets: [1, 2, 2],
      types: ['AUTHORED', 'ABOUT', 'WORKS_ON'],
      roles: ['lead', null, null],
    });
  });

  it('are empty for an empty slice', () => {
    expect(nodeColumnsOf(() => []).ids).toEqual([]);
    expect(edgeColumnsOf([], [])).toEqual({ sources: [], targets: [], types: [], roles: [] });
  });

  it('refuse node columns of different lengths', () => {
    expect(() => nodeColumnsOf((name) => (name === 'years' ? [null] : column(name)))).toThrow("The slice's node columns disagree: 3 ids but 1 years.");
  });

  it('refuse an end outside the slice and a type code they do not know', () => {
    const ids = ['ada', 'p1', 't'];
    expect(() => edgeColumnsOf([['gone', [[0, code('AUTHORED'), null]]]], ids)).toThrow("A slice edge names node gone, which is not among the slice's nodes.");
    expect(() => edgeColumnsOf([['p1', [[3, code('AUTHORED'), null]]]], ids)).toThrow('A slice edge names node 3, but the slice has 3 nodes.');
    expect(() => edgeColumnsOf([['p1', [[-1, code('AUTHORED'), null]]]], ids)).toThrow('A slice edge names node -1');
    expect(() => edgeColumnsOf([['p1', [[0, REL_TYPES.length, null]]]], ids)).toThrow(`Unknown relationship type code ${REL_TYPES.length}.`);
  });
});

describe('sliceNodes and sliceEdges', () => {
  it('make the objects the columns describe, edges by end ids with the stable edge id', () => {
    const nodes = nodeColumnsOf(column);
    const columns = { nodes, edges: edgeColumnsOf(edgeRows, nodes.ids) };
    expect(sliceNodes(nodes)).toEqual([
      { id: 'ada', kind: 'Person', label: 'Ada', sector: 'ACADEMIA', degree: 3, year: null, themeIds: ['t'] },
      { id: 'p1', kind: 'Paper', label: 'P1', sector: null, degree: 1, year: 2021, themeIds: [] },
      { id: 't', kind: 'Theme', label: 'T', sector: null, degree: 1, year: null, themeIds: ['t'] },
    ]);
    expect(sliceEdges(columns)).toEqual([
      { id: 'ada|AUTHORED|p1', source: 'ada', target: 'p1', type: 'AUTHORED', role: 'lead' },
      { id: 'p1|ABOUT|t', source: 'p1', target: 't', type: 'ABOUT', role: null },
      { id: 'ada|WORKS_ON|t', source: 'ada', target: 't', type: 'WORKS_ON', role: null },
    ]);
  });
});
