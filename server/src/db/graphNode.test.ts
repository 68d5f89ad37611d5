import { describe, expect, it } from 'vitest';
import { graphNodeColumnsOf, graphNodeOf, NODE_COLUMNS, THEME_LINK_TYPES, themeIdsOf } from './graphNode.ts';

describe('themeIdsOf', () => {
  it('names the relationship types that lead from another kind to a theme, and reads what derived.ts keeps of them', () => {
    expect([...THEME_LINK_TYPES].sort()).toEqual(['ABOUT', 'ADDRESSES', 'WORKS_ON']);
    expect(themeIdsOf('n')).toBe('CASE WHEN n:Theme THEN [n.id] ELSE coalesce(n.themeIds, []) END');
  });
});

describe('the column form of a GraphNode', () => {
  it('holds the map form\'s values, one list per field over the nodes, named as NodeColumns names them', () => {
    const columns = graphNodeColumnsOf('nodes').split(',\n  ');
    const fields = Object.keys(NODE_COLUMNS);
    expect(columns).toHaveLength(fields.length);
    // The map over n with each `key: value` read back out of its column: same values, same order.
    let map = graphNodeOf('n');
    for (const [i, field] of fields.entries()) {
      const [, value] = /^\[n IN nodes \| ([\s\S]*)\] AS (\w+)$/.exec(columns[i]!)!;
      expect(columns[i]).toMatch(new RegExp(` AS ${NODE_COLUMNS[field as keyof typeof NODE_COLUMNS]}$`));
      map = map.replace(`${field}: ${value}`, `<${field}>`);
    }
    expect(map).toBe(`{ ${fields.map((field) => `<${field}>`).join(', ')} }`);
  });
});
