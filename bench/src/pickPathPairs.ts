import type { Session } from 'neo4j-driver';

export interface PathPair {
  from: string;
  to: string;
  /** The true distance, 2 to 4. */
  hops: number;
}

const NOT_HIDDEN = (v: string) => `coalesce(${v}.visibility, 'public') <> 'hidden'`;

// One step of a deterministic walk: the neighbour with the smallest id not walked through yet.
const STEP = /* cypher */ `
  MATCH (:Entity {id: $id})--(m:Entity) WHERE NOT m.id IN $walked AND ${NOT_HIDDEN('m')}
  RETURN m.id AS id ORDER BY id LIMIT 1`;

// The true distance, up to 4 hops (a walk of d steps may have found a shortcut).
const DISTANCE = /* cypher */ `
  MATCH p = SHORTEST 1 (:Entity {id: $from}) (()--(m:Entity WHERE ${NOT_HIDDEN('m')})){1,4} (:Entity {id: $to})
  RETURN length(p) AS hops`;

/** Walks `steps` steps from `from`, never back; null at a dead end. */
async function walk(session: Session, from: string, steps: number): Promise<string | null> {
  const walked = [from];
  for (let i = 0; i < steps; i += 1) {
    const next = (await session.run(STEP, { id: walked.at(-1), walked })).records[0]?.get('id') as string | undefined;
    if (!next) return null;
    walked.push(next);
  }
  return walked.at(-1)!;
}

/**
 * Pairs for the shortest-paths question, picked deterministically: from each start, walks of 2, 3
 * and 4 steps (to the smallest unvisited id each time), kept when the true distance is 2 to 4, so
 * the question covers near and far pairs and never an adjacent one.
 */
export async function pickPathPairs(session: Session, starts: readonly string[]): Promise<PathPair[]> {
  const pairs: PathPair[] = [];
  for (const from of starts) {
    for (const steps of [2, 3, 4]) {
      const to = await walk(session, from, steps);
      if (!to || pairs.some((pair) => pair.from === from && pair.to === to)) continue;
      const hops = (await session.run(DISTANCE, { from, to })).records[0]?.get('hops') as number | undefined;
      if (hops !== undefined && hops >= 2 && hops <= 4) pairs.push({ from, to, hops: Number(hops) });
    }
  }
  if (!pairs.length) throw new Error('No pairs 2 to 4 hops apart were found for the paths question: is the graph loaded?');
  return pairs;
}
