import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '@atlas/schema';
import { REL_TYPE_CODES, sliceEdgesCypher } from './sliceEdges.ts';

const code = (type: string) => REL_TYPE_CODES[type]!.toNumber();

describe('REL_TYPE_CODES', () => {
  it('gives every relationship type its position in REL_TYPES, as a Cypher integer', () => {
    expect(Object.keys(REL_TYPE_CODES)).toEqual([...REL_TYPES]);
    for (const [position, type] of REL_TYPES.entries()) expect(code(type)).toBe(position);
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
