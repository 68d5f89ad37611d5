import { describe, expect, it } from 'vitest';
import type { PanelRequest } from './panel.queries.ts';
import { checkPanel, currentUnmet } from './panelChecks.ts';
import { candidate, proposal } from './panelFixtures.ts';
import { swapMember } from './panelSwap.ts';

describe('checkPanel', () => {
  const request: PanelRequest = {
    themeId: 'theme-data-governance',
    size: 4,
    sectors: ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'],
    onePerInstitution: true,
    preferNewFaces: true,
    exclude: [],
    require: ['ada'],
    maxPerCountry: 2,
  };

  it('reports each constraint a rearranged panel breaks', () => {
    const { members, alternates } = swapMember(proposal(), 'ada', 'eva');
    expect(checkPanel(members, request, [...members, ...alternates])).toEqual([
      { constraint: 'SECTOR_COVERAGE', sector: 'PUBLIC', message: 'No one from Public administration is on the panel.' },
      { constraint: 'SECTOR_COVERAGE', sector: 'CIVIL_SOCIETY', message: 'No one from Civil society is on the panel.' },
      { constraint: 'ONE_PER_INSTITUTION', sector: null, message: '2 people are from TU.' },
      { constraint: 'REQUIRED', sector: null, message: 'Ada is required but not on the panel.' },
    ]);
  });

  it('checks shares and countries', () => {
    const members = [candidate('a', 'PUBLIC', 'x', 'DE', 1), candidate('b', 'PUBLIC', 'y', 'DE', 1), candidate('c', 'PRIVATE', 'z', 'DE', 1)];
    const shares: PanelRequest = { ...request, size: 3, sectors: [], require: [], sectorShares: [{ sector: 'ACADEMIA', share: 0.34 }] };
    expect(checkPanel(members, shares, members).map((u) => u.message)).toEqual([
      'Academia and research has 0 of at least 1 seat.',
      '3 people are from DE; at most 2 allowed.',
    ]);
  });
});

describe('currentUnmet', () => {
  const request: PanelRequest = {
    themeId: 'theme-data-governance',
    size: 4,
    sectors: ['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY'],
    onePerInstitution: true,
    preferNewFaces: true,
    exclude: [],
    require: [],
  };

  it('is the server’s answer until the panel is rearranged', () => {
    const start = proposal();
    expect(currentUnmet(start, start, request)).toBe(start.unmet);
  });

  it('checks a rearranged panel again, in the server’s words where it gave them', () => {
    const start = proposal();
    expect(currentUnmet(start, swapMember(start, 'cem', 'eva'), request)).toEqual([
      { constraint: 'SECTOR_COVERAGE', sector: 'PRIVATE', message: 'No one from Private sector is on the panel.' },
      start.unmet[0],
      { constraint: 'ONE_PER_INSTITUTION', sector: null, message: '2 people are from TU.' },
    ]);
  });
});
