import type { Dataset, Sector } from '@atlas/schema';

/**
 * An independent computation of evidence scores straight from a dataset's records, written
 * apart from server/src/ranking so that tests compare two implementations of the README's method.
 */
export function themeSubtree(data: Dataset, themeId: string): Set<string> {
  const subtree = new Set([themeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const link of data.links) {
      if (link.type === 'SUBTHEME_OF' && subtree.has(link.to) && !subtree.has(link.from)) {
        subtree.add(link.from);
        grew = true;
      }
    }
  }
  return subtree;
}

export function expectedScores(data: Dataset, themeId: string): Map<string, number> {
  const themes = themeSubtree(data, themeId);
  const kindOf = new Map(data.nodes.map((n) => [n.id, n.kind]));
  const about = (from: string, type: string) => data.links.some((l) => l.type === type && l.from === from && themes.has(l.to));
  const years = data.nodes.flatMap((n) => (n.kind === 'Paper' && n.year !== undefined ? [n.year] : []));
  const reference = Math.max(...years);
  const scores = new Map<string, number>();
  const add = (person: string, weight: number) => scores.set(person, (scores.get(person) ?? 0) + weight);
  for (const paper of data.nodes) {
    if (paper.kind !== 'Paper' || !about(paper.id, 'ADDRESSES')) continue;
    const authors = data.links.filter((l) => l.type === 'AUTHORED' && l.to === paper.id);
    const recency = paper.year === undefined ? 0.5 : Math.pow(0.5, Math.max(0, reference - paper.year) / 5);
    for (const a of authors) {
      const factor = a.position === 1 ? 1 : authors.length >= 3 && a.position === authors.length ? 0.8 : 0.6;
      add(a.from, 3 * factor * recency);
    }
  }
  for (const l of data.links) {
    if (l.type === 'INVOLVED_IN' && about(l.to, 'ADDRESSES')) add(l.from, 2);
    if (l.type === 'SPEAKS_AT' && about(l.to, 'ABOUT')) add(l.from, 1.5);
    if (l.type === 'WORKS_ON' && themes.has(l.to) && kindOf.get(l.from) === 'Person') add(l.from, 1);
  }
  return scores;
}

/** A person's sector: that of their current affiliation (no `until`), latest `since` first. */
export function sectorOfPerson(data: Dataset, personId: string): Sector | null {
  const affiliations = data.links
    .filter((l) => l.type === 'AFFILIATED_WITH' && l.from === personId)
    .sort((a, b) => Number(a.until !== undefined) - Number(b.until !== undefined) || (b.until ?? 0) - (a.until ?? 0) || (b.since ?? 0) - (a.since ?? 0) || a.to.localeCompare(b.to));
  const institution = data.nodes.find((n) => n.id === affiliations[0]?.to);
  return institution?.kind === 'Institution' ? institution.sector : null;
}
