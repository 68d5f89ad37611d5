import { describe, expect, it } from 'vitest';
import { canEdit, viewerRole } from './roles.ts';

describe('viewer roles in the web app', () => {
  it('lets editors and admins edit, and nobody else', () => {
    expect(canEdit('editor')).toBe(true);
    expect(canEdit('admin')).toBe(true);
    expect(canEdit('reader')).toBe(false);
    expect(canEdit(undefined)).toBe(false);
    expect(canEdit('EDITOR')).toBe(false);
  });

  it('treats an unknown answer as a reader', () => {
    expect(viewerRole('owner')).toBe('reader');
    expect(viewerRole(undefined)).toBe('reader');
    expect(viewerRole('admin')).toBe('admin');
  });
});
