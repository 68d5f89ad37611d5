import { describe, expect, it } from 'vitest';
import { countText, kindLabel, surroundingsOf, typeLabel } from './surroundings.ts';

describe('surroundingsOf', () => {
  it('counts the relationship types at the node and the kinds of its neighbours, most first', () => {
    const found = surroundingsOf(
      {
        truncated: false,
        nodes: [
          { id: 'ada', kind: 'PERSON' },
          { id: 'tu', kind: 'INSTITUTION' },
          { id: 'p1', kind: 'PAPER' },
          { id: 'p2', kind: 'PAPER' },
        ],
        edges: [
          { id: 'ada|AFFILIATED_WITH|tu', source: 'ada', target: 'tu', type: 'AFFILIATED_WITH' },
          { id: 'ada|AUTHORED|p1', source: 'ada', target: 'p1', type: 'AUTHORED' },
          { id: 'ada|AUTHORED|p2', source: 'ada', target: 'p2', type: 'AUTHORED' },
          // Among the neighbours, not at the node: not a way to expand it.
          { id: 'p1|CITES|p2', source: 'p1', target: 'p2', type: 'CITES' },
        ],
      },
      'ada',
    );
    expect(found.types).toEqual([
      { type: 'AUTHORED', count: 2 },
      { type: 'AFFILIATED_WITH', count: 1 },
    ]);
    expect(found.kinds).toEqual([
      { kind: 'PAPER', count: 2 },
      { kind: 'INSTITUTION', count: 1 },
    ]);
  });

  it('words types, kinds and lower-bound counts', () => {
    expect(typeLabel('AFFILIATED_WITH')).toBe('Affiliated with');
    expect(kindLabel('PERSON')).toBe('People');
    expect(countText(150, true)).toBe('150+');
    expect(countText(3, false)).toBe('3');
  });
});
