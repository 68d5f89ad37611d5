import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '@atlas/schema';
import { fromSliceEdgeRows, REL_TYPE_CODES, sliceEdgesCypher, type SliceEdgeRows } from './sliceEdges.ts';

const code = (type: string) => REL_TYPE_CODES[type]!.toNumber();
const nodes = [{ id: 'p1' }, { id: 'inst' }, { id: 'paper' }];

describe('REL_TYPE_CODES', () => {
  it('gives every relationship type its position in REL_TYPES, as a Cypher integer', () => {
    expect(Object.keys(REL_TYPE_CODES)).toEqual([...REL_TYPES]);
    for (const [position, type] of REL_TYPES.entries()) expect(code(type)).toBe(position);
  });
});

describe('fromSliceEdgeRows', () => {
  it('names both ends by id and the type by name, with the stable edge id', () => {
    const rows: SliceEdgeRows = [
      ['inst', [[0, code('AFFILIATED_WITH'), 'researcher']]],
      ['paper', [[0, code('AUTHORED'), null], [1, code('PART_OF'), null]]],
    ];
    expect(fromSliceEdgeRows(rows, nodes)).toEqual([
      { id: 'p1|AFFILIATED_WITH|inst', source: 'p1', target: 'inst', type: 'AFFILIATED_WITH', role: 'researcher' },
      { id: 'p1|AUTHORED|paper', source: 'p1', target: 'paper', type: 'AUTHORED', role: null },
      { id: 'inst|PART_OF|paper', source: 'inst', target: 'paper', type: 'PART_OF', role: null },
    ]);
  });

  it('refuses a position outside the slice and a type code it does not know', () => {
    expect(() => fromSliceEdgeRows([['paper', [[3, code('AUTHORED'), null]]]], nodes)).toThrow(/node 3, but the slice has 3 nodes/);
    expect(() => fromSliceEdgeRows([['inst', [[0, REL_TYPES.length, null]]]], nodes)).toThrow(/Unknown relationship type code/);
  });
});

describe('sliceEdgesCypher', () => {
  it('follows only the given types, from each node outgoing, keeping ends in the slice', () => {
    const cypher = sliceEdgesCypher(':AUTHORED|CITES');
    expect(cypher).toContain('MATCH (a)-[r:AUTHORED|CITES]->(b)');
    expect(cypher).toContain('WHERE b IN nodes');
    expect(cypher).toContain('$relTypeCodes[type(r)]');
    expect(sliceEdgesCypher('')).toContain('MATCH (a)-[r]->(b)');
  });
});
