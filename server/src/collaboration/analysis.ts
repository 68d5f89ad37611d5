import type { Sector } from '@atlas/schema';
import { collaborationGraph, sectorPairCounts, type ActorGraph, type CollaborationFilter, type SectorPairCount } from '../db/collaboration.ts';
import { themeParents } from '../db/entities.ts';
import type { Db } from '../db/tx.ts';
import { mapConcurrent, QUERIES_IN_FLIGHT } from '../util/mapConcurrent.ts';
import { singleFlightBy } from '../util/singleFlight.ts';
import { bridges, type Bridge } from './bridges.ts';
import { louvain } from './louvain.ts';
import { mixing, sectorMatrix, trends, type Mixing, type SectorMatrix, type TrendPoint } from './matrix.ts';

export interface MatrixResult extends SectorMatrix {
  mixing: Mixing;
  trends: TrendPoint[];
}

/** Per database, question and filter: the same filter asked again while it is being answered waits for that answer. */
const inFlight = singleFlightBy<unknown>();

/**
 * Bridges and communities read the whole collaboration graph and run seconds of analysis over it
 * at scale, the sector matrix reads every shared thing's tally, and a page that many people open
 * asks the same question at once: identical requests in flight share one computation
 * (util/singleFlight.ts) instead of each holding the database's memory and a core. The answers are
 * the same for every viewer (hidden people never count).
 */
function shared<T>(db: Db, question: string, level: string, filter: CollaborationFilter, work: () => Promise<T>): Promise<T> {
  const key = [question, level, filter.themeId ?? '', filter.fromYear ?? '', filter.toYear ?? ''].join('|');
  return inFlight(db, key, work) as Promise<T>;
}

/** The sector matrix with its mixing measures and yearly trends: one query, shared while in flight. */
export function matrixFor(db: Db, filter: CollaborationFilter): Promise<MatrixResult> {
  return shared(db, 'matrix', 'mixed', filter, async () => {
    const rows: SectorPairCount[] = await sectorPairCounts(db, filter);
    const matrix = sectorMatrix(rows);
    return { ...matrix, mixing: mixing(matrix), trends: trends(rows) };
  });
}

/** Mixing per theme (each with its subthemes), in theme name order, to compare themes in one chart. */
export async function mixingByTheme(db: Db, filter: Omit<CollaborationFilter, 'themeId'>): Promise<Array<{ themeId: string; mixing: Mixing }>> {
  const themes = await themeParents(db);
  return mapConcurrent(themes, QUERIES_IN_FLIGHT, async (theme) => ({
    themeId: theme.id,
    mixing: mixing(sectorMatrix(await sectorPairCounts(db, { ...filter, themeId: theme.id }))),
  }));
}

export function bridgesFor(db: Db, level: 'institution' | 'person', filter: CollaborationFilter): Promise<Bridge[]> {
  return shared(db, 'bridges', level, filter, async () => bridges(await collaborationGraph(db, level, filter)));
}

export interface Community {
  index: number;
  /** Most ties within the community first (groupCommunities). */
  memberIds: string[];
  sectors: Array<{ sector: Sector; count: number }>;
}

/** Louvain communities of the collaboration graph, largest first, each with its sector mix. */
export function communitiesFor(db: Db, level: 'institution' | 'person', filter: CollaborationFilter): Promise<{ modularity: number; communities: Community[] }> {
  return shared(db, 'communities', level, filter, () => computeCommunities(db, level, filter));
}

async function computeCommunities(db: Db, level: 'institution' | 'person', filter: CollaborationFilter): Promise<{ modularity: number; communities: Community[] }> {
  const graph = await collaborationGraph(db, level, filter);
  const { community, modularity } = louvain(graph.nodes.map((n) => n.id), graph.edges);
  return { modularity, communities: groupCommunities(graph, community) };
}

/**
 * The members of each community (by `community`, node id to index), each community's members most
 * ties within it first (its core, what a card shows and the canvas takes first), then by id; and
 * its sector mix, largest first.
 */
export function groupCommunities(graph: ActorGraph, community: ReadonlyMap<string, number>): Community[] {
  const inner = new Map<string, number>();
  for (const { a, b, weight } of graph.edges) {
    if (community.get(a) === undefined || community.get(a) !== community.get(b)) continue;
    inner.set(a, (inner.get(a) ?? 0) + weight);
    inner.set(b, (inner.get(b) ?? 0) + weight);
  }
  const sectorOf = new Map(graph.nodes.map((n) => [n.id, n.sector]));
  const groups: Community[] = [];
  for (const [id, index] of community) {
    const group = (groups[index] ??= { index, memberIds: [], sectors: [] });
    group.memberIds.push(id);
  }
  for (const group of groups) {
    group.memberIds.sort((x, y) => (inner.get(y) ?? 0) - (inner.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
    const counts = new Map<Sector, number>();
    for (const id of group.memberIds) {
      const sector = sectorOf.get(id);
      if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1);
    }
    group.sectors = [...counts].map(([sector, count]) => ({ sector, count })).sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
  }
  return groups;
}
