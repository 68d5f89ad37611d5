import { describe, expect, it } from 'vitest';
import { SECTORS } from '@atlas/schema';
import { demoDataset } from '@atlas/seed';
import { testApi } from '../helpers/db.ts';
import { expectedScores, sectorOfPerson, themeSubtree } from '../helpers/demoEvidence.ts';

const demo = demoDataset();
const api = testApi();
const themeNamed = (name: string) => demo.nodes.find((n) => n.kind === 'Theme' && n.name === name)!;

const OVERVIEW = /* GraphQL */ `
  query ThemeOverview($id: ID!, $first: Int) {
    themeOverview(id: $id) {
      theme { id label }
      themes { id }
      people(first: $first) { score sector person { id name } evidence { kind weight entity { id kind } theme { id } role } }
      institutions(first: 5) { score people institution { id } evidence { kind weight } }
      papers(first: 5) { score citations paper { id year } }
      initiatives(first: 5) { score sectors initiative { id } }
      sectors { sector people institutions }
    }
  }`;

interface Overview {
  themeOverview: {
    theme: { id: string; label: string };
    themes: Array<{ id: string }>;
    people: Array<{ score: number; sector: string | null; person: { id: string; name: string }; evidence: Array<{ kind: string; weight: number; entity: { id: string }; theme: { id: string } }> }>;
    sectors: Array<{ sector: string; people: number; institutions: number }>;
    papers: Array<{ score: number; paper: { id: string } }>;
  };
}

describe('themeOverview', () => {
  it.each(['Data governance', 'Citizen centricity', 'Inter-sectoral collaboration', 'Administrative capacity'])(
    'ranks the people of "%s" by the evidence the data holds',
    async (name) => {
      const theme = themeNamed(name);
      const { data, errors } = await api.query<Overview>(OVERVIEW, { id: theme.id, first: 100 });
      expect(errors).toBeUndefined();
      const overview = data!.themeOverview;
      expect(new Set(overview.themes.map((t) => t.id))).toEqual(themeSubtree(demo, theme.id));

      const expected = expectedScores(demo, theme.id);
      const top = [...expected.values()].sort((a, b) => b - a);
      expect(overview.people.length).toBe(Math.min(100, expected.size));
      expect(overview.people[0]!.score).toBeCloseTo(top[0]!, 2);
      for (const ranked of overview.people) {
        expect(ranked.score, ranked.person.name).toBeCloseTo(expected.get(ranked.person.id)!, 2);
        expect(ranked.evidence.reduce((sum, e) => sum + e.weight, 0)).toBeCloseTo(ranked.score, 2);
        for (const e of ranked.evidence) expect(themeSubtree(demo, theme.id).has(e.theme.id)).toBe(true);
      }
      const scores = overview.people.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  it('breaks the theme down by sector, as the data does', async () => {
    const theme = themeNamed('Data governance');
    const { data } = await api.query<Overview>(OVERVIEW, { id: theme.id });
    const expected = expectedScores(demo, theme.id);
    for (const sector of SECTORS) {
      const people = [...expected.keys()].filter((id) => sectorOfPerson(demo, id) === sector).length;
      expect(data!.themeOverview.sectors.find((s) => s.sector === sector)?.people, sector).toBe(people);
    }
  });

  it('answers an unknown theme with NOT_FOUND and a bad page size with BAD_USER_INPUT', async () => {
    expect((await api.query(OVERVIEW, { id: 'theme-nope' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const theme = themeNamed('Data governance');
    expect((await api.query(OVERVIEW, { id: theme.id, first: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('caps evidence to the strongest N, counts all of it, and gives the rest through evidenceOf', async () => {
    const theme = themeNamed('Data governance');
    const item = 'kind weight role entity { id } person { id }';
    const query = /* GraphQL */ `
      query Capped($id: ID!) {
        themeOverview(id: $id) {
          people(first: 100) { person { id } all: evidence { ${item} } top: evidence(first: 2) { ${item} } evidenceCounts { total papers firstAuthorPapers initiatives talks expertise } }
          institutions(first: 100) { institution { id } all: evidence { ${item} } top: evidence(first: 2) { ${item} } evidenceCounts { total papers firstAuthorPapers initiatives talks expertise } }
        }
      }`;
    type Item = { kind: string; weight: number; role: string | null; entity: { id: string }; person: { id: string } | null };
    type Ranked = { all: Item[]; top: Item[]; evidenceCounts: Record<string, number> };
    const { data, errors } = await api.query<{ themeOverview: { people: Array<Ranked & { person: { id: string } }>; institutions: Array<Ranked & { institution: { id: string } }> } }>(query, { id: theme.id });
    expect(errors).toBeUndefined();
    const { people, institutions } = data!.themeOverview;
    // The demo has institutions whose people bring more than two facts: the cap must bite somewhere.
    expect(institutions.some((i) => i.all.length > 2)).toBe(true);
    // Papers, initiatives and talks count distinct things (an institution's people may share one); expertise counts declarations.
    const ofKind = (list: Item[], kind: string) => new Set(list.filter((e) => e.kind === kind).map((e) => e.entity.id)).size;
    for (const ranked of [...people, ...institutions]) {
      expect(ranked.top).toEqual(ranked.all.slice(0, 2));
      const weights = ranked.all.map((e) => e.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(ranked.evidenceCounts).toEqual({
        total: ranked.all.length,
        papers: ofKind(ranked.all, 'PAPER'),
        firstAuthorPapers: new Set(ranked.all.filter((e) => e.kind === 'PAPER' && e.role === 'first author').map((e) => e.entity.id)).size,
        initiatives: ofKind(ranked.all, 'INITIATIVE'),
        talks: ofKind(ranked.all, 'TALK'),
        expertise: ranked.all.filter((e) => e.kind === 'EXPERTISE').length,
      });
    }

    const rest = /* GraphQL */ `query Rest($theme: ID!, $id: ID!) { themeOverview(id: $theme) { evidenceOf(id: $id) { ${item} } } }`;
    const biggest = [...institutions].sort((a, b) => b.all.length - a.all.length)[0]!;
    for (const [id, all] of [[people[0]!.person.id, people[0]!.all], [biggest.institution.id, biggest.all]] as const) {
      const answer = await api.query<{ themeOverview: { evidenceOf: Item[] } }>(rest, { theme: theme.id, id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.themeOverview.evidenceOf).toEqual(all);
    }
    const unranked = await api.query(rest, { theme: theme.id, id: 'person-nobody' });
    expect(unranked.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unranked.errors?.[0]?.message).toContain('person-nobody');
    const zero = await api.query(/* GraphQL */ `query Zero($id: ID!) { themeOverview(id: $id) { people(first: 1) { evidence(first: 0) { kind } } } }`, { id: theme.id });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists every theme for the tree', async () => {
    const { data } = await api.query<{ themes: Array<{ id: string; parent: { id: string } | null }> }>('{ themes { id parent { id } } }');
    const themes = demo.nodes.filter((n) => n.kind === 'Theme');
    expect(data!.themes).toHaveLength(themes.length);
    const parentOf = (id: string) => demo.links.find((l) => l.type === 'SUBTHEME_OF' && l.from === id)?.to ?? null;
    for (const theme of data!.themes) expect(theme.parent?.id ?? null).toBe(parentOf(theme.id));
  });
});

describe('a person profile', () => {
  it('gives the expertise profile and the collaborators in other sectors', async () => {
    const theme = themeNamed('Data governance');
    const [topId] = [...expectedScores(demo, theme.id)].sort((a, b) => b[1] - a[1])[0]!;
    const { data, errors } = await api.query<{
      node: { expertise: Array<{ score: number; theme: { id: string } }>; crossSectorCollaborators: Array<{ sector: string; person: { id: string }; via: Array<{ id: string }> }> };
    }>(
      /* GraphQL */ `query Profile($id: ID!) { node(id: $id) { ... on Person {
        expertise { score theme { id } }
        crossSectorCollaborators(first: 50) { sector person { id } via { id } }
      } } }`,
      { id: topId },
    );
    expect(errors).toBeUndefined();
    const expertise = data!.node.expertise;
    expect(expertise.find((e) => e.theme.id === theme.id)?.score).toBeCloseTo(expectedScores(demo, theme.id).get(topId)!, 2);
    expect(expertise.map((e) => e.score)).toEqual([...expertise.map((e) => e.score)].sort((a, b) => b - a));

    const mine = sectorOfPerson(demo, topId);
    const collaborators = data!.node.crossSectorCollaborators;
    for (const c of collaborators) {
      expect(c.sector).not.toBe(mine);
      expect(c.sector).toBe(sectorOfPerson(demo, c.person.id));
      for (const shared of c.via) {
        const both = demo.links.filter((l) => l.to === shared.id && (l.from === topId || l.from === c.person.id));
        expect(new Set(both.map((l) => l.from)).size).toBe(2);
      }
    }
  });
});
