import { REL_ENDPOINTS, SECTORS, type LinkRecord, type NodeRecord, type Sector } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { RADAR_ATTRIBUTION, demoDataset } from './index.ts';

const data = demoDataset();
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const ofKind = <K extends NodeRecord['kind']>(kind: K) => data.nodes.filter((n): n is Extract<NodeRecord, { kind: K }> => n.kind === kind);
const linksOf = (type: LinkRecord['type']) => data.links.filter((l) => l.type === type);
const institutions = ofKind('Institution');
const sectorOf = (institutionId: string): Sector => {
  const node = byId.get(institutionId);
  if (node?.kind !== 'Institution') throw new Error(`${institutionId} is not an institution`);
  return node.sector;
};

const SYMPOSIUM = 'event-berlin-smart-city-symposium-2021';
const WORKSHOP_THEMES = {
  'theme-citizen-centricity': 'Citizen centricity',
  'theme-inter-sectoral-collaboration': 'Inter-sectoral collaboration',
  'theme-data-governance': 'Data governance',
  'theme-administrative-capacity': 'Administrative capacity',
};

describe('demoDataset: integrity', () => {
  it('has unique ids across all kinds', () => {
    expect(new Set(data.nodes.map((n) => n.id)).size).toBe(data.nodes.length);
  });

  it('gives every node and link a source', () => {
    for (const n of data.nodes) expect(n.source, n.id).toBeTruthy();
    for (const l of data.links) expect(l.source, `${l.type} ${l.from}->${l.to}`).toBeTruthy();
  });

  it('only has links between existing nodes of the kinds REL_ENDPOINTS allows', () => {
    for (const l of data.links) {
      const from = byId.get(l.from)?.kind;
      const to = byId.get(l.to)?.kind;
      expect(from && to, `${l.type} ${l.from}->${l.to}`).toBeTruthy();
      expect(REL_ENDPOINTS[l.type].some(([f, t]) => f === from && t === to), `${l.type} ${from}->${to}`).toBe(true);
    }
  });

  it('has no duplicate (type, from, to)', () => {
    const keys = data.links.map((l) => `${l.type}|${l.from}|${l.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is deterministic', () => {
    expect(demoDataset()).toEqual(data);
  });
});

describe('demoDataset: symposium', () => {
  const event = byId.get(SYMPOSIUM);
  const partOf = (to: string) => linksOf('PART_OF').filter((l) => l.to === to).map((l) => l.from);
  const days = partOf(SYMPOSIUM);
  const sessions = days.flatMap(partOf).map((id) => byId.get(id)).filter((n) => n?.kind === 'Session');
  const workshops = sessions.filter((s) => s?.kind === 'Session' && s.sessionKind === 'workshop');

  it('is the real two-day event in Berlin, organised by its three hosts', () => {
    expect(event).toMatchObject({ kind: 'Event', startDate: '2021-03-23', endDate: '2021-03-24', city: 'Berlin', source: 'manual' });
    const organisers = linksOf('ORGANISES').filter((l) => l.to === SYMPOSIUM).map((l) => l.from).sort();
    expect(organisers).toEqual(['inst-citylab-berlin', 'inst-hertie-school-centre-for-digital-governance', 'inst-senatskanzlei-berlin']);
    const partOfLink = (from: string, to: string) => linksOf('PART_OF').some((l) => l.from === from && l.to === to);
    expect(partOfLink('inst-citylab-berlin', 'inst-technologiestiftung-berlin')).toBe(true);
    expect(partOfLink('inst-hertie-school-centre-for-digital-governance', 'inst-hertie-school')).toBe(true);
  });

  it('has two days, each an Event part of the symposium', () => {
    expect(days).toHaveLength(2);
    for (const day of days) expect(byId.get(day)?.kind).toBe('Event');
  });

  it('has an opening keynote and four workshops, one per workshop theme', () => {
    expect(sessions.some((s) => s?.kind === 'Session' && s.sessionKind === 'keynote')).toBe(true);
    expect(workshops).toHaveLength(4);
    const about = workshops.map((w) => linksOf('ABOUT').filter((l) => l.from === w!.id).map((l) => l.to));
    expect(about.every((themes) => themes.length === 1)).toBe(true);
    expect(about.flat().sort()).toEqual(Object.keys(WORKSHOP_THEMES).sort());
    for (const [id, name] of Object.entries(WORKSHOP_THEMES)) expect(byId.get(id)).toMatchObject({ kind: 'Theme', name });
  });

  it('gives every session a Berlin start time and a one-sentence description', () => {
    for (const s of sessions) {
      if (s?.kind !== 'Session') throw new Error('not a session');
      expect(s.startsAt).toMatch(/^2021-03-2[34]T\d\d:\d\d:\d\d\+01:00$/);
      expect(s.description).toMatch(/^[^.]+\.$/);
    }
  });

  it('seats 3-5 panelists from different sectors and one moderator per workshop, all fictional', () => {
    for (const w of workshops) {
      const speaks = linksOf('SPEAKS_AT').filter((l) => l.to === w!.id);
      const panel = speaks.filter((l) => l.role === 'panelist');
      expect(panel.length).toBeGreaterThanOrEqual(3);
      expect(panel.length).toBeLessThanOrEqual(5);
      expect(speaks.filter((l) => l.role === 'moderator')).toHaveLength(1);
      const sectors = panel.map((l) => sectorOf(linksOf('AFFILIATED_WITH').find((a) => a.from === l.from && a.until === undefined)!.to));
      expect(new Set(sectors).size).toBe(panel.length);
      for (const l of speaks) expect(byId.get(l.from)).toMatchObject({ kind: 'Person', source: 'sample' });
    }
  });
});

describe('demoDataset: themes', () => {
  const themes = ofKind('Theme');
  const parentOf = new Map(linksOf('SUBTHEME_OF').map((l) => [l.from, l.to]));

  it('has the four workshop themes on top and at least 21 finer themes below them', () => {
    expect(themes.length).toBeGreaterThanOrEqual(25);
    const tops = themes.filter((t) => !parentOf.has(t.id)).map((t) => t.id).sort();
    expect(tops).toEqual(Object.keys(WORKSHOP_THEMES).sort());
    const rootOf = (id: string): string => (parentOf.has(id) ? rootOf(parentOf.get(id)!) : id);
    const below = themes.filter((t) => parentOf.has(t.id));
    expect(below.length).toBeGreaterThanOrEqual(21);
    for (const t of below) expect(Object.keys(WORKSHOP_THEMES)).toContain(rootOf(t.id));
  });

  it('describes every theme in English and marks it manual', () => {
    for (const t of themes) expect(t).toMatchObject({ source: 'manual', description: expect.stringMatching(/\w+ \w+/) });
  });
});

describe('demoDataset: institutions and initiatives', () => {
  it('has at least 80 institutions in all five sectors', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(institutions.map((i) => i.sector))).toEqual(new Set(SECTORS));
  });

  it('has the 57 radar institutions and at least 23 real ones added by hand', () => {
    expect(institutions.filter((i) => i.source === 'berlin-stakeholder-radar')).toHaveLength(57);
    expect(institutions.filter((i) => i.source === 'manual').length).toBeGreaterThanOrEqual(23);
    expect(RADAR_ATTRIBUTION).toMatch(/Technologiestiftung Berlin.*CC BY 3\.0 DE/);
  });

  it('has at least 40 real initiatives in at least 8 cities, each with 1-3 themes', () => {
    const initiatives = ofKind('Initiative');
    expect(initiatives.length).toBeGreaterThanOrEqual(40);
    expect(new Set(initiatives.map((i) => i.city).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    for (const i of initiatives) {
      expect(i).toMatchObject({ source: 'manual', status: expect.any(String), description: expect.stringMatching(/\.$/) });
      const themes = linksOf('ADDRESSES').filter((l) => l.from === i.id);
      expect(themes.length, i.id).toBeGreaterThanOrEqual(1);
      expect(themes.length, i.id).toBeLessThanOrEqual(3);
      expect(themes.every((l) => l.source === 'manual')).toBe(true);
    }
  });

  it('uses only lead, partner and funder for participation, from manual or sample sources', () => {
    for (const l of linksOf('PARTICIPATES_IN')) {
      expect(['lead', 'partner', 'funder']).toContain(l.role);
      expect(['manual', 'sample']).toContain(l.source);
    }
  });
});

describe('demoDataset: fictional people and papers', () => {
  const people = ofKind('Person');
  const papers = ofKind('Paper');

  it('has at least 150 fictional, public people without ORCIDs', () => {
    expect(people.length).toBeGreaterThanOrEqual(150);
    for (const p of people) {
      expect(p).toMatchObject({ source: 'sample', visibility: 'public', role: expect.any(String), country: expect.any(String) });
      expect(p.orcid).toBeUndefined();
      expect(p.bio).toMatch(/^[A-Z].*\.$/);
      expect(p.keywords!.length).toBeGreaterThanOrEqual(2);
      expect(p.keywords!.length).toBeLessThanOrEqual(5);
    }
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
  });

  it('affiliates everyone with 1-2 institutions, some with a past one, across all sectors', () => {
    const affiliations = linksOf('AFFILIATED_WITH');
    for (const p of people) {
      const own = affiliations.filter((a) => a.from === p.id);
      expect(own.length, p.id).toBeGreaterThanOrEqual(1);
      expect(own.length, p.id).toBeLessThanOrEqual(2);
      expect(own.filter((a) => a.until === undefined).length, p.id).toBeGreaterThanOrEqual(1);
      for (const a of own) expect(a).toMatchObject({ source: 'sample', role: expect.any(String), since: expect.any(Number) });
    }
    const past = affiliations.filter((a) => a.until !== undefined);
    expect(past.length).toBeGreaterThan(0);
    for (const a of past) expect(a.until!).toBeGreaterThan(a.since!);
    expect(new Set(affiliations.map((a) => sectorOf(a.to)))).toEqual(new Set(SECTORS));
  });

  it('gives everyone 1-3 themes and some people initiatives', () => {
    for (const p of people) {
      const n = linksOf('WORKS_ON').filter((l) => l.from === p.id).length;
      expect(n, p.id).toBeGreaterThanOrEqual(1);
      expect(n, p.id).toBeLessThanOrEqual(3);
    }
    expect(linksOf('INVOLVED_IN').length).toBeGreaterThan(20);
  });

  it('has at least 120 fictional papers without DOIs, unique titles, 2012-2024', () => {
    expect(papers.length).toBeGreaterThanOrEqual(120);
    expect(new Set(papers.map((p) => p.title)).size).toBe(papers.length);
    for (const p of papers) {
      expect(p).toMatchObject({ source: 'sample', venue: expect.any(String) });
      expect(p.doi).toBeUndefined();
      expect(p.year).toBeGreaterThanOrEqual(2012);
      expect(p.year).toBeLessThanOrEqual(2024);
      expect(p.abstract!.split(/(?<=\.) /).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every paper 1-4 authors in positions 1..n and 1-2 themes', () => {
    for (const p of papers) {
      const positions = linksOf('AUTHORED').filter((l) => l.to === p.id).map((l) => l.position).sort();
      expect(positions.length, p.id).toBeGreaterThanOrEqual(1);
      expect(positions.length, p.id).toBeLessThanOrEqual(4);
      expect(positions).toEqual(positions.map((_, k) => k + 1));
      const themes = linksOf('ADDRESSES').filter((l) => l.from === p.id).length;
      expect(themes).toBeGreaterThanOrEqual(1);
      expect(themes).toBeLessThanOrEqual(2);
    }
  });

  it('only cites older papers', () => {
    const cites = linksOf('CITES');
    expect(cites.length).toBeGreaterThan(0);
    for (const l of cites) {
      const [from, to] = [byId.get(l.from), byId.get(l.to)];
      if (from?.kind !== 'Paper' || to?.kind !== 'Paper') throw new Error('CITES between non-papers');
      expect(to.year!).toBeLessThan(from.year!);
    }
  });
});

describe('demoDataset: sectors meet', () => {
  // Two sectors meet when two different institutions of those sectors take part in one initiative,
  // or two different authors of one paper are (currently) affiliated with institutions of those sectors.
  const meetings = new Set<string>();
  const meet = (a: Sector, b: Sector) => meetings.add([a, b].sort().join('+'));
  const byInitiative = new Map<string, string[]>();
  for (const l of linksOf('PARTICIPATES_IN')) byInitiative.set(l.to, [...(byInitiative.get(l.to) ?? []), l.from]);
  for (const members of byInitiative.values()) {
    for (const a of members) for (const b of members) if (a !== b) meet(sectorOf(a), sectorOf(b));
  }
  const sectorsOfPerson = new Map<string, Sector[]>();
  for (const a of linksOf('AFFILIATED_WITH')) {
    if (a.until === undefined) sectorsOfPerson.set(a.from, [...(sectorsOfPerson.get(a.from) ?? []), sectorOf(a.to)]);
  }
  const byPaper = new Map<string, string[]>();
  for (const l of linksOf('AUTHORED')) byPaper.set(l.to, [...(byPaper.get(l.to) ?? []), l.from]);
  for (const authors of byPaper.values()) {
    for (const a of authors) for (const b of authors) {
      if (a === b) continue;
      for (const sa of sectorsOfPerson.get(a) ?? []) for (const sb of sectorsOfPerson.get(b) ?? []) meet(sa, sb);
    }
  }

  it.each(SECTORS.flatMap((a, i) => SECTORS.slice(i + 1).map((b) => [a, b] as const)))('%s meets %s', (a, b) => {
    expect(meetings.has([a, b].sort().join('+'))).toBe(true);
  });

  it('has many papers co-authored across sectors', () => {
    const crossSector = [...byPaper.values()].filter((authors) => new Set(authors.flatMap((a) => sectorsOfPerson.get(a) ?? [])).size > 1);
    expect(crossSector.length).toBeGreaterThan(40);
  });
});
