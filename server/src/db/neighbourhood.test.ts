import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, neighbourhoodCypher } from './neighbourhood.ts';

describe('neighbourhoodCypher', () => {
  it('unrolls one guarded step per hop: a full slice expands no further', () => {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const cypher = neighbourhoodCypher(depth);
      expect(cypher.split('UNWIND CASE WHEN size(seen) < $limitPlusOne THEN frontier ELSE [] END AS f')).toHaveLength(depth + 1);
    }
  });

  it('returns nodes as columns and edges by start position, following only the given types', () => {
    const cypher = neighbourhoodCypher(2, ['CITES', 'AUTHORED']);
    expect(cypher).toContain('MATCH (f)-[:AUTHORED|CITES]-(m:Entity)');
    expect(cypher).toContain('MATCH (a)-[r:AUTHORED|CITES]->(b)');
    expect(cypher).toMatch(/RETURN \[n IN nodes \| n\.id\] AS ids,\n/);
    expect(cypher).toMatch(/ AS themeIds, edges, truncated$/);
    expect(cypher).toContain('RETURN collect([b.id, incoming]) AS edges');
  });

  it('refuses a depth outside 1..MAX_DEPTH', () => {
    for (const depth of [0, MAX_DEPTH + 1, 1.5]) expect(() => neighbourhoodCypher(depth)).toThrow(RangeError);
  });
});
