import { describe, expect, it } from 'vitest';
import { hasRole, isRole, ROLES } from './roles.ts';

describe('hasRole', () => {
  it('orders the roles reader < editor < admin', () => {
    const table = ROLES.map((role) => ROLES.map((needed) => hasRole({ role }, needed)));
    expect(table).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });

  it('knows only those three roles', () => {
    expect(ROLES.filter(isRole)).toEqual(['reader', 'editor', 'admin']);
    expect(isRole('Editor')).toBe(false);
    expect(isRole('owner')).toBe(false);
  });
});
