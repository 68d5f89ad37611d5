import { HUB_DEGREE } from '@atlas/schema';
import neo4j, { type Session } from 'neo4j-driver';

export interface PathPair {
  from: string;
  to: string;
  /** The true distance around hubs, 2 to 4. */
  hops: number;
}

// Paths go around hubs by default (server/src/db/paths.ts), so the pairs are picked the same way.
const ON_THE_WAY = (v: string) => `coalesce(${v}.visibility, 'public') <> 'hidden' AND COUNT { (${v})--() } <= $hubDegree`;

// One step of a deterministic walk: the neighbour with the smallest id not walked through yet.
const STEP = /* cypher */ `
  MATCH (:Entity {id: $id})--(m:Entity) WHERE NOT m.id IN $walked AND ${ON_THE_WAY('m')}
  RETURN m.id AS id ORDER BY id LIMIT 1`;

// The true distance around hubs, up to 4 hops (a walk of d steps may have found a shortcut).
const DISTANCE = /* cypher */ `
  MATCH p = SHORTEST 1 (:Entity {id: $from}) (()--(m:Entity WHERE m.id = $to OR (${ON_THE_WAY('m')}))){1,4} (:Entity {id: $to})
  RETURN length(p) AS hops`;

const hubDegree = neo4j.int(HUB_DEGREE);

/** Walks `steps` steps from `from`, never back; null at a dead end. */
async function walk(session: Session, from: string, steps: number): Promise<string | null> {
  const walked = [from];
  for (let i = 0; i < steps; i += 1) {
    const next = (await session.run(STEP, { id: walked.at(-1), walked, hubDegree })).records[0]?.get('id') as string | undefined;
    if (!next) return null;
    walked.push(next);
  }
  return walked.at(-1)!;
}

/**
 * Pairs for the shortest-paths question, picked deterministically: from each start, walks of 2, 3
 * and 4 steps (to the smallest unvisited id each time, never through a hub), kept when the true
 * distance around hubs is 2 to 4, so every pair has an answer, near or far, and none is adjacent.
 */
export async function pickPathPairs(session: Session, starts: readonly string[]): Promise<PathPair[]> {
  const pairs: PathPair[] = [];
  for (const from of starts) {
    for (const steps of [2, 3, 4]) {
      const to = await walk(session, from, steps);
      if (!to || pairs.some((pair) => pair.from === from && pair.to === to)) continue;
      const hops = (await session.run(DISTANCE, { from, to, hubDegree })).records[0]?.get('hops') as number | undefined;
      if (hops !== undefined && hops >= 2 && hops <= 4) pairs.push({ from, to, hops: Number(hops) });
    }
  }
  if (!pairs.length) throw new Error('No pairs 2 to 4 hops apart were found for the paths question: is the graph loaded?');
  return pairs;
}
