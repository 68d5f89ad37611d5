import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, LinkRecord, NodeRecord, Sector } from '@atlas/schema';
import { demoDataset } from '@atlas/seed';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { deleteByPrefix, testApi, testDb } from '../helpers/db.ts';
import { testToken } from '../helpers/tokens.ts';

const db = testDb();
const api = testApi(db);
const asEditor = (await testToken(db, 'editor', 'panels')).headers;
const demo = demoDataset();
const P = 'test-panel-';

/**
 * A crafted world whose right answers are known. Theme "Mobility data" (with a subtheme). Evidence:
 *   ana (public, inst A)    3 first-author papers         strongest
 *   ben (public, inst A)    2 first-author papers         same institution as ana
 *   cem (academia, inst B)  1 first-author paper
 *   dia (private, inst C)   expertise only (1)
 *   eva (private, inst C)   expertise only (1)            ties with dia: dia wins by name
 *   fay (academia, inst D)  1 talk on the subtheme (1.5), already spoke
 * Nobody from civil society has any evidence.
 */
function craftedWorld(): Dataset {
  const nodes: NodeRecord[] = [
    { kind: 'Theme', id: `${P}theme`, name: 'Mobility data', source: 'manual' },
    { kind: 'Theme', id: `${P}sub`, name: 'Bike sharing data', source: 'manual' },
    { kind: 'Session', id: `${P}session`, title: 'Mobility panel', sessionKind: 'panel', startsAt: '2022-05-01T10:00:00+02:00', source: 'sample' },
  ];
  const links: LinkRecord[] = [
    { type: 'SUBTHEME_OF', from: `${P}sub`, to: `${P}theme`, source: 'manual' },
    { type: 'ABOUT', from: `${P}session`, to: `${P}sub`, source: 'sample' },
  ];
  const institutions: Array<[string, Sector]> = [['A', 'PUBLIC'], ['B', 'ACADEMIA'], ['C', 'PRIVATE'], ['D', 'ACADEMIA'], ['E', 'CIVIL_SOCIETY']];
  for (const [key, sector] of institutions) nodes.push({ kind: 'Institution', id: `${P}inst-${key}`, name: `Institution ${key}`, sector, source: 'manual' });
  const people: Array<[string, string, string]> = [['ana', 'A', 'DE'], ['ben', 'A', 'DE'], ['cem', 'B', 'FR'], ['dia', 'C', 'NL'], ['eva', 'C', 'DE'], ['fay', 'D', 'DE'], ['gil', 'E', 'DE']];
  for (const [name, inst, country] of people) {
    nodes.push({ kind: 'Person', id: `${P}${name}`, name: name[0]!.toUpperCase() + name.slice(1), country, source: 'sample' });
    links.push({ type: 'AFFILIATED_WITH', from: `${P}${name}`, to: `${P}inst-${inst}`, since: 2015, source: 'sample' });
  }
  const paper = (id: string, author: string) => {
    nodes.push({ kind: 'Paper', id: `${P}${id}`, title: `Paper ${id}`, year: 2024, source: 'sample' });
    links.push({ type: 'AUTHORED', from: `${P}${author}`, to: `${P}${id}`, position: 1, source: 'sample' });
    links.push({ type: 'ADDRESSES', from: `${P}${id}`, to: `${P}theme`, source: 'sample' });
  };
  ['p1', 'p2', 'p3'].forEach((id) => paper(id, 'ana'));
  ['p4', 'p5'].forEach((id) => paper(id, 'ben'));
  paper('p6', 'cem');
  links.push({ type: 'WORKS_ON', from: `${P}dia`, to: `${P}theme`, source: 'sample' });
  links.push({ type: 'WORKS_ON', from: `${P}eva`, to: `${P}sub`, source: 'sample' });
  links.push({ type: 'SPEAKS_AT', from: `${P}fay`, to: `${P}session`, role: 'panelist', source: 'sample' });
  return { nodes, links };
}

beforeAll(async () => {
  await writeDataset(db, craftedWorld());
});
afterAll(() => deleteByPrefix(db, P));

const PANEL = /* GraphQL */ `
  query Panel($request: PanelRequest!) {
    panel(request: $request) {
      satisfied
      themes { id }
      members { score adjustedScore sector country spokeBefore required why person { id } institution { id } evidence { kind weight } }
      alternates { person { id } score }
      balance { size institutions newFaces score adjustedScore bySector { sector count } byCountry { country count } }
      unmet { constraint message sector }
    }
  }`;

interface Proposal {
  satisfied: boolean;
  themes: Array<{ id: string }>;
  members: Array<{ score: number; adjustedScore: number; sector: Sector | null; country: string; spokeBefore: boolean; required: boolean; why: string; person: { id: string }; institution: { id: string } | null; evidence: unknown[] }>;
  alternates: Array<{ person: { id: string }; score: number }>;
  balance: { size: number; institutions: number; newFaces: number; score: number; adjustedScore: number; bySector: Array<{ sector: Sector; count: number }> };
  unmet: Array<{ constraint: string; message: string; sector: Sector | null }>;
}

async function panel(request: Record<string, unknown>): Promise<Proposal> {
  const { data, errors } = await api.query<{ panel: Proposal }>(PANEL, { request });
  expect(errors).toBeUndefined();
  return data!.panel;
}
const ids = (proposal: Proposal) => proposal.members.map((m) => m.person.id.slice(P.length)).sort();

describe('panel on a crafted graph', () => {
  it('meets every constraint it can and names the one it cannot', async () => {
    const proposal = await panel({ themeId: `${P}theme`, size: 4 });
    // One per institution keeps ben out; civil society cannot be covered.
    expect(ids(proposal)).toEqual(['ana', 'cem', 'dia', 'fay']);
    expect(proposal.satisfied).toBe(false);
    expect(proposal.unmet).toEqual([
      { constraint: 'SECTOR_COVERAGE', sector: 'CIVIL_SOCIETY', message: 'Nobody from civil society has evidence on Mobility data.' },
    ]);
    expect(proposal.balance).toMatchObject({ size: 4, institutions: 4, newFaces: 3 });
    const fay = proposal.members.find((m) => m.person.id === `${P}fay`)!;
    expect(fay).toMatchObject({ spokeBefore: true, score: 1.5, adjustedScore: 1.125 });
    expect(fay.why).toBe('1 earlier talk on Mobility data (spoke at an earlier session).');
    // The totals: the evidence as found, and as the proposal counts it (fay's 1.5 counts 1.125).
    const sum = (score: (m: Proposal['members'][number]) => number) => proposal.members.reduce((total, m) => total + score(m), 0);
    expect(proposal.balance.score).toBeCloseTo(sum((m) => m.score), 3);
    expect(proposal.balance.adjustedScore).toBeCloseTo(sum((m) => m.adjustedScore), 3);
    expect(proposal.balance.score - proposal.balance.adjustedScore).toBeCloseTo(0.375, 3);
    expect(proposal.members.find((m) => m.person.id === `${P}ana`)!.why).toBe('3 papers (first author of 3) on Mobility data.');
  });

  it('finds the only panel meeting sectors, institutions and countries together', async () => {
    // Public, academia and private, one per institution, at most one per country: ana (DE) or ben (DE)
    // for public forces cem (FR) for academia and dia (NL) for private.
    const proposal = await panel({ themeId: `${P}theme`, size: 3, sectors: ['PUBLIC', 'ACADEMIA', 'PRIVATE'], maxPerCountry: 1 });
    expect(proposal.unmet).toEqual([]);
    expect(ids(proposal)).toEqual(['ana', 'cem', 'dia']);
  });

  it('honours exclusions and requirements, and breaks ties the same way every time', async () => {
    const request = { themeId: `${P}theme`, size: 3, sectors: ['PRIVATE'], exclude: [`${P}ana`], require: [`${P}gil`] };
    const first = await panel(request);
    expect(ids(first)).toEqual(['ben', 'dia', 'gil']);
    expect(first.members.find((m) => m.person.id === `${P}gil`)).toMatchObject({ required: true, score: 0 });
    expect(first.alternates.map((a) => a.person.id)).not.toContain(`${P}ana`);
    expect(await panel(request)).toEqual(first);
  });

  it('takes a session: the panel is for its themes', async () => {
    const proposal = await panel({ sessionId: `${P}session`, size: 3, sectors: [] });
    expect(proposal.themes.map((t) => t.id)).toEqual([`${P}sub`]);
    // Only eva (expertise) and fay (a talk) have evidence on the subtheme.
    expect(ids(proposal)).toEqual(['eva', 'fay']);
    expect(proposal.unmet.map((u) => u.constraint)).toEqual(['SIZE']);
  });

  it('rejects malformed requests and unknown ids', async () => {
    const bad = [
      { themeId: `${P}theme`, sessionId: `${P}session` },
      { themeId: `${P}theme`, size: 9 },
      { themeId: `${P}theme`, exclude: [`${P}ana`], require: [`${P}ana`] },
      { themeId: `${P}theme`, sectorShares: [{ sector: 'PUBLIC', share: 0.8 }, { sector: 'PRIVATE', share: 0.5 }] },
    ];
    for (const request of bad) {
      const { errors } = await api.query(PANEL, { request });
      expect(errors?.[0]?.extensions?.code, JSON.stringify(request)).toBe('BAD_USER_INPUT');
    }
    expect((await api.query(PANEL, { request: { themeId: 'nope' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.query(PANEL, { request: { themeId: `${P}theme`, require: ['nobody'] } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('panels on the demo', () => {
  it.each(['Citizen centricity', 'Inter-sectoral collaboration', 'Data governance', 'Administrative capacity'])(
    'the workshop theme "%s" yields a panel meeting the default constraints',
    async (name) => {
      const theme = demo.nodes.find((n) => n.kind === 'Theme' && n.name === name)!;
      const proposal = await panel({ themeId: theme.id });
      expect(proposal.unmet).toEqual([]);
      expect(proposal.satisfied).toBe(true);
      expect(proposal.members).toHaveLength(4);
      expect(new Set(proposal.members.map((m) => m.sector))).toEqual(new Set(['PUBLIC', 'ACADEMIA', 'PRIVATE', 'CIVIL_SOCIETY']));
      expect(new Set(proposal.members.map((m) => m.institution?.id)).size).toBe(4);
      for (const member of proposal.members) {
        expect(member.evidence.length).toBeGreaterThan(0);
        expect(member.why).toMatch(new RegExp(`on ${name}`));
      }
    },
  );
});

describe('saving a panel as a draft session', () => {
  const SAVE = /* GraphQL */ `
    mutation Save($input: PanelDraftInput!) {
      savePanelDraft(input: $input) { id title sessionKind status themes { edges { node { id } } } speakers { edges { role node { id } } } }
    }`;
  const input = { title: `Mobility panel draft`, themeId: `${P}theme`, memberIds: [`${P}ana`, `${P}cem`, `${P}dia`] };

  it('is for editors only', async () => {
    const anonymous = await api.query(SAVE, { input });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await api.query(SAVE, { input }, { authorization: 'Bearer not-the-token' });
    expect(wrong.errors?.[0]?.message).toMatch(/not valid/);
    const viewer = await api.query<{ viewer: { role: string } }>('{ viewer { role } }', undefined, asEditor);
    expect(viewer.data!.viewer.role).toBe('editor');
  });

  it('saves the members as panelists of a draft session about the theme', async () => {
    const { data, errors } = await api.query<{ savePanelDraft: { id: string; status: string; sessionKind: string; themes: any; speakers: any } }>(
      SAVE,
      { input },
      asEditor,
    );
    expect(errors).toBeUndefined();
    const session = data!.savePanelDraft;
    try {
      expect(session).toMatchObject({ status: 'draft', sessionKind: 'panel' });
      expect(session.themes.edges.map((e: any) => e.node.id)).toEqual([`${P}theme`]);
      expect(session.speakers.edges.map((e: any) => e.node.id).sort()).toEqual([...input.memberIds].sort());
      expect(session.speakers.edges.every((e: any) => e.role === 'panelist')).toBe(true);
      // A draft is a plan, not a talk: its members are still new faces with the same evidence.
      const after = await panel({ themeId: `${P}theme`, size: 4 });
      expect(after.members.find((m) => m.person.id === `${P}ana`)).toMatchObject({ spokeBefore: false, score: 9 });
    } finally {
      await db.write((tx) => tx.run('MATCH (s:Session {id: $id}) DETACH DELETE s', { id: session.id }));
    }
  });
});
