import { describe, expect, it } from 'vitest';
import { defaultPanelForm, seatsFor, toPanelRequest } from './panelForm.ts';

describe('toPanelRequest', () => {
  it('sends the defaults for a theme', () => {
    expect(toPanelRequest(defaultPanelForm({ themeId: 'theme-open-data' }))).toEqual({
      ok: true,
      request: {
        themeId: 'theme-open-data',
        size: 4,
        sectors: ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'],
        onePerInstitution: true,
        preferNewFaces: true,
        exclude: [],
        require: [],
      },
    });
  });

  it('sends shares instead of coverage, a session, and a country limit', () => {
    const form = {
      ...defaultPanelForm({ session: { id: 's1', label: 'Workshop' } }),
      size: 6,
      sectorMode: 'shares' as const,
      shares: { PUBLIC: 50, ACADEMIA: 0, PRIVATE: 20 },
      limitPerCountry: true,
      maxPerCountry: 3,
      exclude: [{ id: 'ben', label: 'Ben' }],
    };
    expect(toPanelRequest(form)).toEqual({
      ok: true,
      request: {
        sessionId: 's1',
        size: 6,
        sectors: [],
        sectorShares: [
          { sector: 'PUBLIC', share: 0.5 },
          { sector: 'PRIVATE', share: 0.2 },
        ],
        onePerInstitution: true,
        preferNewFaces: true,
        exclude: ['ben'],
        require: [],
        maxPerCountry: 3,
      },
    });
  });

  it('says what to fix', () => {
    const base = defaultPanelForm({ themeId: 't' });
    const message = (form: typeof base) => {
      const result = toPanelRequest(form);
      return result.ok ? null : result.message;
    };
    expect(message(defaultPanelForm())).toBe('Choose a theme for the panel.');
    expect(message({ ...base, require: [{ id: 'a', label: 'Ada' }], exclude: [{ id: 'a', label: 'Ada' }] })).toMatch(/Ada is both required and excluded/);
    expect(message({ ...base, sectorMode: 'shares', shares: { PUBLIC: 60, PRIVATE: 50 } })).toBe('The sector shares add up to more than 100%.');
  });

  it('counts seats per share as the server does', () => {
    expect([seatsFor(25, 4), seatsFor(25, 3), seatsFor(50, 5), seatsFor(100 / 3, 6)]).toEqual([1, 0, 2, 2]);
  });
});
