import { describe, expect, it } from 'vitest';
import type { ThemeMixing } from './collaboration.queries.ts';
import { sortMixing } from './mixingRows.ts';

const row = (id: string, eiIndex: number | null, assortativity: number | null, total = 20): ThemeMixing => ({
  theme: { id, name: id },
  mixing: { total, external: 0, internal: 0, eiIndex, assortativity },
});

describe('sortMixing', () => {
  const rows = [row('a', 0.2, 0.1), row('b', -0.6, null), row('c', null, null, 0), row('d', 0.78, -0.15), row('e', 0.2, 0.3, 40)];

  it('puts the highest first and themes without a value last', () => {
    expect(sortMixing(rows, 'eiIndex').map((r) => r.theme.id)).toEqual(['d', 'e', 'a', 'b', 'c']);
    expect(sortMixing(rows, 'assortativity').map((r) => r.theme.id)).toEqual(['e', 'a', 'd', 'b', 'c']);
  });

  it('leaves its input alone', () => {
    sortMixing(rows, 'eiIndex');
    expect(rows[0]?.theme.id).toBe('a');
  });
});
