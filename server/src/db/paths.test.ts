import { describe, expect, it } from 'vitest';
import { distinctPaths, pathsCypher } from './paths.ts';
import { relTypePattern } from './relTypes.ts';

const path = (...nodeIds: string[]) => ({ nodeIds, edges: [] });

describe('distinctPaths', () => {
  it('drops paths that repeat a node or another path, and keeps the first `limit` in order', () => {
    const found = [path('a', 'x', 'b'), path('a', 'x', 'b'), path('a', 'x', 'a', 'b'), path('a', 'y', 'b'), path('a', 'y', 'z', 'b')];
    expect(distinctPaths(found, 5).map((p) => p.nodeIds.join(''))).toEqual(['axb', 'ayb', 'ayzb']);
    expect(distinctPaths(found, 2).map((p) => p.nodeIds.join(''))).toEqual(['axb', 'ayb']);
  });

  it('orders by length, then by node ids, whatever order the database found them in', () => {
    const found = [path('a', 'y', 'z', 'b'), path('a', 'y', 'b'), path('a', 'x', 'b')];
    expect(distinctPaths(found, 5).map((p) => p.nodeIds.join(''))).toEqual(['axb', 'ayb', 'ayzb']);
  });
});

describe('pathsCypher', () => {
  it('puts the checked bounds into the pattern and asks for twice the paths wanted', () => {
    const cypher = pathsCypher(4, 5);
    expect(cypher).toContain('SHORTEST 10 (a)');
    expect(cypher).toContain('{1,4} (b)');
  });

  it('refuses bounds outside 1..6 and 1..5, which would go into the Cypher text', () => {
    expect(() => pathsCypher(7, 5)).toThrow(RangeError);
    expect(() => pathsCypher(4, 0)).toThrow(RangeError);
    expect(() => pathsCypher(2.5, 1)).toThrow(RangeError);
  });
});

describe('relTypePattern', () => {
  it('joins known types, sorted and once each, and refuses anything else', () => {
    expect(relTypePattern(null)).toBe('');
    expect(relTypePattern([])).toBe('');
    expect(relTypePattern(['WORKS_ON', 'AUTHORED', 'WORKS_ON'])).toBe(':AUTHORED|WORKS_ON');
    expect(() => relTypePattern(['AUTHORED', 'X]-() DETACH DELETE n //' as never])).toThrow(/Unknown relationship type/);
  });
});
