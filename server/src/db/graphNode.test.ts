import { describe, expect, it } from 'vitest';
import { fromGraphNodeRow, graphNodeOf, graphNodeRowOf, THEME_LINK_TYPES, themeIdsOf, type GraphNodeRow } from './graphNode.ts';

describe('themeIdsOf', () => {
  it('names the relationship types that lead from another kind to a theme, and reads what derived.ts keeps of them', () => {
    expect([...THEME_LINK_TYPES].sort()).toEqual(['ABOUT', 'ADDRESSES', 'WORKS_ON']);
    expect(themeIdsOf('n')).toBe('CASE WHEN n:Theme THEN [n.id] ELSE coalesce(n.themeIds, []) END');
  });
});

describe('the row form of a GraphNode', () => {
  it('holds the map form\'s values in the order fromGraphNodeRow reads them', () => {
    const keys = ['id', 'kind', 'label', 'sector', 'degree', 'year', 'themeIds'];
    // The map with its keys taken out is the row: same values, same order.
    let unkeyed = graphNodeOf('n');
    for (const key of keys) unkeyed = unkeyed.replace(`${key}: `, '');
    expect(graphNodeRowOf('n')).toBe(`[${unkeyed.slice(2, -2)}]`);
    const node: GraphNodeRow = ['p1', 'Person', 'Ada', 'ACADEMIA', 12, null, ['t1']];
    expect(fromGraphNodeRow(node)).toEqual({ id: 'p1', kind: 'Person', label: 'Ada', sector: 'ACADEMIA', degree: 12, year: null, themeIds: ['t1'] });
    expect(Object.keys(fromGraphNodeRow(node))).toEqual(keys);
  });
});
