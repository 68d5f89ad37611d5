import { describe, expect, it } from 'vitest';
import { THEME_LINK_TYPES, themeIdsOf } from './graphNode.ts';

describe('themeIdsOf', () => {
  it('follows exactly the relationship types that lead from another kind to a theme', () => {
    expect([...THEME_LINK_TYPES].sort()).toEqual(['ABOUT', 'ADDRESSES', 'WORKS_ON']);
    expect(themeIdsOf('n')).toContain('(n)-[:ADDRESSES|WORKS_ON|ABOUT]->(t:Theme)');
  });
});
