import type { LinkRecord, PaperRecord, Sector } from '@atlas/schema';
import { PAPER_TOPICS, paperText, pickVenue } from './paperText.ts';
import type { PersonInfo } from './people.ts';
import type { Rng } from './prng.ts';
import { SUBTHEMES, SUBTHEME_BY_ID, subthemesOf } from './themes.ts';

export const PAPER_COUNT = 132;

/**
 * Every pair of sectors, each given to one of the first papers as its first two authors, so every
 * pair of sectors demonstrably co-authors at least once (the collaboration matrix is never empty by luck).
 */
const BRIDGE_PAIRS: [Sector, Sector][] = [
  ['PUBLIC', 'ACADEMIA'], ['PUBLIC', 'PRIVATE'], ['PUBLIC', 'CIVIL_SOCIETY'], ['ACADEMIA', 'PRIVATE'], ['ACADEMIA', 'CIVIL_SOCIETY'],
  ['PRIVATE', 'CIVIL_SOCIETY'], ['OTHER', 'PUBLIC'], ['OTHER', 'ACADEMIA'], ['OTHER', 'PRIVATE'], ['OTHER', 'CIVIL_SOCIETY'],
];

export interface PapersResult {
  nodes: PaperRecord[];
  links: LinkRecord[];
}

export function generatePapers(rng: Rng, people: PersonInfo[]): PapersResult {
  const titles = new Set<string>();
  const nodes: PaperRecord[] = [];
  const links: LinkRecord[] = [];
  const themeOfPaper = new Map<string, string>();

  // Prefer people who work on the theme, then on its workshop family, then anyone of the sector.
  const pickAuthor = (theme: string, authors: PersonInfo[], sector?: Sector): PersonInfo => {
    const family = SUBTHEME_BY_ID.get(theme)?.parent;
    const free = people.filter(
      (p) => !authors.some((a) => a.id === p.id || a.institutionId === p.institutionId) && (!sector || p.sector === sector),
    );
    const onTheme = free.filter((p) => p.themes.includes(theme));
    const inFamily = free.filter((p) => p.family === family);
    return rng.pick(onTheme.length ? onTheme : inFamily.length ? inFamily : free);
  };

  for (let i = 0; i < PAPER_COUNT; i++) {
    const theme = SUBTHEMES[i % SUBTHEMES.length]!;
    const id = `paper-sample-${String(i + 1).padStart(3, '0')}`;
    let text = paperText(rng, theme.id);
    for (let tries = 0; titles.has(text.title); tries++) {
      if (tries > 200) throw new Error(`Cannot find a new title for ${theme.id} — add templates or phrases to paperText.ts.`);
      text = paperText(rng, theme.id);
    }
    titles.add(text.title);
    const firstYear = Math.max(2012, PAPER_TOPICS[theme.id]?.firstYear ?? 2012);
    const year = rng.int(firstYear, 2024);
    nodes.push({
      kind: 'Paper', id, title: text.title, year, venue: pickVenue(rng, theme.parent, year),
      abstract: text.abstract, source: 'sample',
    });
    themeOfPaper.set(id, theme.id);

    const authors: PersonInfo[] = [];
    const bridge = BRIDGE_PAIRS[i];
    if (bridge) {
      authors.push(pickAuthor(theme.id, authors, bridge[0]));
      authors.push(pickAuthor(theme.id, authors, bridge[1]));
    } else {
      authors.push(pickAuthor(theme.id, authors));
    }
    const size = bridge ? rng.int(2, 3) : rng.pick([1, 2, 2, 2, 3, 3, 3, 4, 4]);
    while (authors.length < size) {
      const lead = authors[0]!;
      const crossSector = rng.chance(0.65);
      const sectors = [...new Set(people.map((p) => p.sector))].filter((s) => (crossSector ? s !== lead.sector : s === lead.sector));
      authors.push(pickAuthor(theme.id, authors, rng.pick(sectors)));
    }
    authors.forEach((a, k) => links.push({ type: 'AUTHORED', from: a.id, to: id, position: k + 1, source: 'sample' }));

    links.push({ type: 'ADDRESSES', from: id, to: theme.id, source: 'sample' });
    if (rng.chance(0.35)) {
      const siblings = subthemesOf(theme.parent).filter((t) => t.id !== theme.id);
      const second = rng.chance(0.4) ? theme.parent : rng.pick(siblings).id;
      links.push({ type: 'ADDRESSES', from: id, to: second, source: 'sample' });
    }
  }

  // Citations go only to strictly older papers, mostly within the same workshop family.
  for (const paper of nodes) {
    const family = SUBTHEME_BY_ID.get(themeOfPaper.get(paper.id) ?? '')?.parent;
    const older = nodes.filter((p) => (p.year ?? 0) < (paper.year ?? 0));
    const near = older.filter((p) => SUBTHEME_BY_ID.get(themeOfPaper.get(p.id) ?? '')?.parent === family);
    const cited = new Set<string>();
    const count = Math.min(older.length, rng.int(0, 4));
    for (let tries = 0; cited.size < count && tries < 20; tries++) {
      cited.add(rng.pick(near.length && rng.chance(0.7) ? near : older).id);
    }
    for (const to of cited) links.push({ type: 'CITES', from: paper.id, to, source: 'sample' });
  }
  return { nodes, links };
}
