import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTORS, type Dataset, type LinkRecord, type NodeRecord, type Sector } from '@atlas/schema';
import { demoDataset } from '@atlas/seed';
import { countingDriver } from '../../bench/src/countingDriver.ts';
import { matrixFor } from '../../server/src/collaboration/analysis.ts';
import { Db } from '../../server/src/db/tx.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { deleteByPrefix, testApi, testDb } from '../helpers/db.ts';
import { sectorOfPerson, themeSubtree } from '../helpers/demoEvidence.ts';

const db = testDb();
const api = testApi(db);
const demo = demoDataset();

/** The sector matrix computed straight from dataset records: the independent check of the Cypher. */
function expectedMatrix(data: Dataset, filter: { themeId?: string; fromYear?: number; toYear?: number } = {}): Map<string, number> {
  const themes = filter.themeId ? themeSubtree(data, filter.themeId) : null;
  const node = new Map(data.nodes.map((n) => [n.id, n]));
  const onTheme = (id: string, type: string) => !themes || data.links.some((l) => l.type === type && l.from === id && themes.has(l.to));
  const inYears = (year: number | undefined) =>
    (filter.fromYear === undefined && filter.toYear === undefined) ||
    (year !== undefined && year >= (filter.fromYear ?? year) && year <= (filter.toYear ?? year));
  const cells = new Map<string, number>();
  const count = (s1: Sector | null, s2: Sector | null) => {
    if (!s1 || !s2) return;
    const key = [s1, s2].sort((x, y) => SECTORS.indexOf(x) - SECTORS.indexOf(y)).join('|');
    cells.set(key, (cells.get(key) ?? 0) + 1);
  };
  const pairs = <T>(list: T[], f: (a: T, b: T) => void) => list.forEach((a, i) => list.slice(i + 1).forEach((b) => f(a, b)));
  for (const n of data.nodes) {
    if (n.kind === 'Initiative' && inYears(n.startYear) && onTheme(n.id, 'ADDRESSES')) {
      const members = data.links.filter((l) => l.type === 'PARTICIPATES_IN' && l.to === n.id).map((l) => node.get(l.from)!);
      pairs(members, (a, b) => count(a.kind === 'Institution' ? a.sector : null, b.kind === 'Institution' ? b.sector : null));
    }
    if (n.kind === 'Paper' && inYears(n.year) && onTheme(n.id, 'ADDRESSES')) {
      const authors = [...new Set(data.links.filter((l) => l.type === 'AUTHORED' && l.to === n.id).map((l) => l.from))];
      pairs(authors, (a, b) => count(sectorOfPerson(data, a), sectorOfPerson(data, b)));
    }
    if (n.kind === 'Session' && n.status !== 'draft' && inYears(n.startsAt ? Number(n.startsAt.slice(0, 4)) : undefined) && onTheme(n.id, 'ABOUT')) {
      const speakers = [...new Set(data.links.filter((l) => l.type === 'SPEAKS_AT' && l.to === n.id).map((l) => l.from))];
      pairs(speakers, (a, b) => count(sectorOfPerson(data, a), sectorOfPerson(data, b)));
    }
  }
  return cells;
}

const MATRIX = /* GraphQL */ `
  query Matrix($filter: CollaborationFilter) {
    sectorMatrix(filter: $filter) {
      total
      cells { a b count share ratio initiatives papers sessions }
      mixing { total external internal eiIndex assortativity }
      trends { year a b count }
    }
  }`;
type Matrix = {
  sectorMatrix: {
    total: number;
    cells: Array<{ a: Sector; b: Sector; count: number; share: number }>;
    mixing: { total: number; external: number; internal: number; eiIndex: number };
    trends: Array<{ year: number; count: number }>;
  };
};

describe('the sector matrix on the demo', () => {
  it.each([
    ['the whole graph', {}],
    ['a theme with its subthemes', { themeId: 'theme-data-governance' }],
    ['a year range', { fromYear: 2018, toYear: 2021 }],
  ])('equals counts computed from the raw data: %s', async (_name, filter) => {
    const { data, errors } = await api.query<Matrix>(MATRIX, { filter });
    expect(errors).toBeUndefined();
    const expected = expectedMatrix(demo, filter);
    const matrix = data!.sectorMatrix;
    expect(matrix.total).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(matrix.total).toBeGreaterThan(0);
    for (const cell of matrix.cells) expect(cell.count, `${cell.a}|${cell.b}`).toBe(expected.get(`${cell.a}|${cell.b}`) ?? 0);
    const internal = matrix.cells.filter((c) => c.a === c.b).reduce((s, c) => s + c.count, 0);
    expect(matrix.mixing).toMatchObject({ internal, external: matrix.total - internal });
    expect(matrix.mixing.eiIndex).toBeCloseTo((matrix.total - 2 * internal) / matrix.total, 3);
  });

  it('shares one query among identical requests in flight, and asks again once they are answered', async () => {
    const counting = countingDriver(db.driver);
    const counted = new Db(counting.driver);
    const together = await Promise.all([{}, {}, {}, { themeId: 'theme-data-governance' }].map((filter) => matrixFor(counted, filter)));
    // The whole graph three times: one tally query; the theme: its check and its own tally query.
    expect(counting.take()).toHaveLength(1 + 2);
    expect(together[1]).toBe(together[0]);
    expect(together[2]).toBe(together[0]);
    expect(together[3]!.total).toBeLessThan(together[0]!.total);
    const later = await matrixFor(counted, {});
    expect(counting.take()).toHaveLength(1);
    expect(later).not.toBe(together[0]);
    expect(later).toEqual(together[0]);
  });

  it('opens the collaborations behind a cell, as many as it counts', async () => {
    const { data } = await api.query<Matrix>(MATRIX, {});
    const cell = data!.sectorMatrix.cells.find((c) => c.a === 'PUBLIC' && c.b === 'ACADEMIA')!;
    const page = await api.query<{ collaborations: { totalCount: number; items: Array<{ kind: string; a: { sector: Sector }; b: { sector: Sector }; via: { id: string } }> } }>(
      /* GraphQL */ `query Cell($a: Sector!, $b: Sector!) { collaborations(a: $a, b: $b, first: 100) { totalCount items { kind via { id } a { sector } b { sector } } } }`,
      { a: 'PUBLIC', b: 'ACADEMIA' },
    );
    expect(page.data!.collaborations.totalCount).toBe(cell.count);
    for (const item of page.data!.collaborations.items) expect([item.a.sector, item.b.sector]).toEqual(['PUBLIC', 'ACADEMIA']);
  });

  it('rejects an unknown theme and a backwards year range', async () => {
    expect((await api.query(MATRIX, { filter: { themeId: 'nope' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.query(MATRIX, { filter: { fromYear: 2022, toYear: 2020 } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('compares mixing across every theme', async () => {
    const { data } = await api.query<{ themeMixing: Array<{ theme: { id: string }; mixing: { total: number } }> }>('{ themeMixing { theme { id } mixing { total eiIndex } } }');
    expect(data!.themeMixing).toHaveLength(demo.nodes.filter((n) => n.kind === 'Theme').length);
    const dataGovernance = data!.themeMixing.find((m) => m.theme.id === 'theme-data-governance')!;
    expect(dataGovernance.mixing.total).toBe([...expectedMatrix(demo, { themeId: 'theme-data-governance' }).values()].reduce((a, b) => a + b, 0));
  });
});

/**
 * A crafted world: "hub" (academia) takes part in three initiatives, one with a public, one with a
 * private and one with a civil society institution; those three never meet each other. Two academic
 * labs only work together. Theme "Water data": nobody from civil society works on it, and the public
 * and private people working on it never meet.
 */
const P = 'test-collab-';
function craftedWorld(): Dataset {
  const nodes: NodeRecord[] = [{ kind: 'Theme', id: `${P}theme`, name: 'Water data', source: 'manual' }];
  const links: LinkRecord[] = [];
  const institutions: Array<[string, Sector]> = [['hub', 'ACADEMIA'], ['city', 'PUBLIC'], ['firm', 'PRIVATE'], ['ngo', 'CIVIL_SOCIETY'], ['lab1', 'ACADEMIA'], ['lab2', 'ACADEMIA']];
  for (const [id, sector] of institutions) nodes.push({ kind: 'Institution', id: `${P}${id}`, name: `Inst ${id}`, sector, source: 'manual' });
  const initiative = (id: string, members: string[], theme = false) => {
    nodes.push({ kind: 'Initiative', id: `${P}${id}`, name: `Initiative ${id}`, startYear: 2019, source: 'manual' });
    for (const m of members) links.push({ type: 'PARTICIPATES_IN', from: `${P}${m}`, to: `${P}${id}`, role: 'partner', source: 'manual' });
    if (theme) links.push({ type: 'ADDRESSES', from: `${P}${id}`, to: `${P}theme`, source: 'manual' });
  };
  initiative('i1', ['hub', 'city'], true);
  initiative('i2', ['hub', 'firm'], true);
  initiative('i3', ['hub', 'ngo']);
  initiative('i4', ['lab1', 'lab2']);
  for (const [person, inst] of [['pat', 'city'], ['pia', 'firm']] as const) {
    nodes.push({ kind: 'Person', id: `${P}${person}`, name: person, source: 'sample' });
    links.push({ type: 'AFFILIATED_WITH', from: `${P}${person}`, to: `${P}${inst}`, source: 'sample' });
    links.push({ type: 'WORKS_ON', from: `${P}${person}`, to: `${P}theme`, source: 'sample' });
  }
  return { nodes, links };
}

describe('bridges, gaps and communities on a crafted graph', () => {
  beforeAll(() => writeDataset(db, craftedWorld()));
  afterAll(() => deleteByPrefix(db, P));

  it('ranks the institution that links sectors first, with the sectors and partners it bridges', async () => {
    const { data } = await api.query<{ bridges: Array<{ entity: { id: string }; brokerage: number; sectorsBridged: Sector[]; partners: Array<{ entity: { id: string } }> }> }>(
      '{ bridges(first: 200) { entity { id } brokerage betweenness sectorsBridged partners { entity { id } } } }',
    );
    const hub = data!.bridges.find((b) => b.entity.id === `${P}hub`)!;
    expect(hub.sectorsBridged).toEqual(['CIVIL_SOCIETY', 'PRIVATE', 'PUBLIC']);
    expect(hub.brokerage).toBe(3);
    expect(hub.partners.map((p) => p.entity.id).sort()).toEqual([`${P}city`, `${P}firm`, `${P}ngo`]);
    expect(data!.bridges.some((b) => b.entity.id === `${P}lab1`)).toBe(false);
  });

  it('names the absent sector and the sectors that never meet on a theme', async () => {
    const { data, errors } = await api.query<{ sectorGaps: Array<{ absentSectors: Array<{ sector: Sector }>; missingPairs: Array<{ a: Sector; b: Sector; candidates: Array<{ person: { id: string } }> }> }> }>(
      `{ sectorGaps(themeId: "${P}theme") { absentSectors { sector } missingPairs { a b candidates { person { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    const gaps = data!.sectorGaps[0]!;
    expect(gaps.absentSectors.map((g) => g.sector)).toEqual(['CIVIL_SOCIETY']);
    const publicPrivate = gaps.missingPairs.find((p) => p.a === 'PUBLIC' && p.b === 'PRIVATE')!;
    expect(publicPrivate.candidates.map((c) => c.person.id).sort()).toEqual([`${P}pat`, `${P}pia`]);
    // Academia (the hub) meets both public and private on the theme, so those are no gaps.
    expect(gaps.missingPairs.some((p) => p.a === 'PUBLIC' && p.b === 'ACADEMIA')).toBe(false);
  });

  it('puts every institution in one community, the crafted pairs apart', async () => {
    const { data } = await api.query<{ communities: { modularity: number; communities: Array<{ memberIds: string[]; sectors: Array<{ sector: Sector; count: number }> }> } }>(
      '{ communities { modularity communities(first: 500) { memberIds sectors { sector count } } } }',
    );
    const all = data!.communities.communities.flatMap((c) => c.memberIds);
    expect(new Set(all).size).toBe(all.length);
    const home = (id: string) => data!.communities.communities.findIndex((c) => c.memberIds.includes(id));
    expect(home(`${P}lab1`)).toBe(home(`${P}lab2`));
    expect(home(`${P}lab1`)).not.toBe(home(`${P}hub`));
    expect(data!.communities.modularity).toBeGreaterThan(0);
  });
});
