import type { Driver } from 'neo4j-driver';
import { pickPathPairs, type PathPair } from './pickPathPairs.ts';

export interface BenchInputs {
  /** What people type: whole words, names, places, and prefixes as typed so far. */
  searchTerms: string[];
  /** Entities of middling degree (people and institutions around the median): where exploring starts. */
  starts: Array<{ id: string; kind: 'Person' | 'Institution' }>;
  /** Subthemes of middling size: theme pages and panels. */
  themeIds: string[];
  /** Pairs 2 to 4 hops apart, from the starts: the shortest-paths question. */
  pathPairs: PathPair[];
}

// Words the generator uses (theme keywords, name pools, cities), some cut short as while typing.
const SEARCH_TERMS = ['open data', 'Brandt', 'governance', 'participat', 'Helsinki', 'digital twins', 'mobility', 'Virtanen', 'civic tech', 'procur', 'data trusts', 'Lehmann'];

/** Up to `count` items from the middle of a sorted list. */
function middle<T>(sorted: T[], count: number): T[] {
  const from = Math.max(0, Math.floor(sorted.length / 2 - count / 2));
  return sorted.slice(from, from + count);
}

/**
 * Inputs picked deterministically from the loaded graph (sorted by degree, then id), so two runs
 * ask the same questions and no run picks a hub or an orphan by chance.
 */
export async function pickInputs(driver: Driver, perKind = 6): Promise<BenchInputs> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const idsByDegree = async (label: string) =>
      (
        await session.run(`MATCH (n:${label}) WHERE coalesce(n.visibility, 'public') <> 'hidden'
          RETURN n.id AS id ORDER BY COUNT { (n)--() }, n.id`)
      ).records.map((r) => r.get('id') as string);
    const people = middle(await idsByDegree('Person'), perKind);
    const institutions = middle(await idsByDegree('Institution'), perKind);
    // Subthemes: children of a workshop theme, sized by what addresses or works on them and their leaves.
    const themes = (
      await session.run(`MATCH (t:Theme)-[:SUBTHEME_OF]->(root:Theme) WHERE NOT (root)-[:SUBTHEME_OF]->()
        RETURN t.id AS id ORDER BY COUNT { (t)<-[:SUBTHEME_OF*0..2]-(:Theme)<--() }, t.id`)
    ).records.map((r) => r.get('id') as string);
    const starts = people.flatMap((id, i) => [{ id, kind: 'Person' as const }, ...(institutions[i] ? [{ id: institutions[i]!, kind: 'Institution' as const }] : [])]);
    return {
      searchTerms: SEARCH_TERMS,
      starts,
      themeIds: middle(themes, 4),
      pathPairs: await pickPathPairs(session, starts.map((start) => start.id)),
    };
  } finally {
    await session.close();
  }
}
