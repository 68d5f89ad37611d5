import { HUB_DEGREE, type Kind, type RelType } from '@atlas/schema';
import neo4j from 'neo4j-driver';
import { pathSentence } from '../graph/pathSentence.ts';
import type { Db } from './tx.ts';
import type { GraphEdge, GraphNode } from './types.ts';
import { visible } from './cypher.ts';
import { NotFoundError } from './errors.ts';
import { edgeOf, toGraphEdge, type EdgeRow } from './graphEdge.ts';
import { graphNodeOf } from './graphNode.ts';

export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 5;
/**
 * A path search is bounded by the pattern (k paths, maxLength hops) but not by the hubs it meets on
 * the way; this stops one that runs away (LIMIT_EXCEEDED) rather than holding the database.
 */
export const PATHS_TIMEOUT_MS = 10_000;

export interface PathOptions {
  /** At most this many relationships (1..MAX_PATH_LENGTH). */
  maxLength: number;
  /** At most this many paths (1..MAX_PATHS). */
  limit: number;
  /** The kinds allowed on the way (the ends are always allowed); null or empty for all. */
  via?: readonly Kind[] | null;
  /** Let paths pass through hubs (see HUB_DEGREE); the ends may always be hubs. Default false. */
  throughHubs?: boolean;
  /** What counts as a hub; HUB_DEGREE unless a test wants a small graph to have hubs. */
  hubDegree?: number;
}

export interface GraphPath {
  nodeIds: string[];
  edgeIds: string[];
  length: number;
  sentence: string;
}

export interface PathResult {
  paths: GraphPath[];
  /** Every node on any path, once. */
  nodes: GraphNode[];
  /** Every edge on any path, once. */
  edges: GraphEdge[];
}

/** Whole-number bounds the Cypher text takes literally, so they are checked here as well as in the API. */
function checkBound(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new RangeError(`${name} must be 1..${max}, got ${value}`);
  return value;
}

/**
 * The Cypher for the k shortest paths (Neo4j 5's SHORTEST, planned as a bidirectional
 * breadth-first search from both ends that stops once it has k paths, so it does not expand every
 * hub out to maxLength). The test of the nodes on the way sits inside the quantified pattern, so
 * the search applies it as it goes instead of filtering finished paths. The count and the length
 * bound must be literals. Twice `limit` paths are asked for: a path that repeats a node, or
 * differs from a shorter one only by a parallel relationship, is dropped afterwards.
 */
export function pathsCypher(maxLength: number, limit: number): string {
  const k = checkBound('limit', limit, MAX_PATHS) * 2;
  const hops = checkBound('maxLength', maxLength, MAX_PATH_LENGTH);
  return /* cypher */ `
  OPTIONAL MATCH (a:Entity {id: $from}) WHERE ${visible('a')}
  OPTIONAL MATCH (b:Entity {id: $to}) WHERE ${visible('b')}
  CALL (a, b) {
    WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
    MATCH p = SHORTEST ${k} (a) (()-[]-(m:Entity WHERE m.id = $to OR (${visible('m')}
      AND ($via IS NULL OR any(label IN labels(m) WHERE label IN $via))
      AND ($hubDegree IS NULL OR COUNT { (m)--() } <= $hubDegree)))){1,${hops}} (b)
    RETURN collect(p) AS found
  }
  CALL (found) {
    UNWIND found AS p
    UNWIND nodes(p) AS n
    WITH DISTINCT n
    RETURN collect(${graphNodeOf('n')}) AS nodes
  }
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, nodes,
    [p IN found | { nodeIds: [n IN nodes(p) | n.id], edges: [r IN relationships(p) | ${edgeOf('r')}] }] AS found`;
}

interface FoundPath {
  nodeIds: string[];
  edges: GraphEdge[];
}

const keyOf = (path: FoundPath) => path.nodeIds.join('\u0000');

/**
 * The first `limit` paths, shortest first (then by their nodes' ids, so an answer does not change
 * from one request to the next), that visit each node once and differ in their nodes.
 */
export function distinctPaths(found: readonly FoundPath[], limit: number): FoundPath[] {
  const ordered = [...found].sort((a, b) => a.nodeIds.length - b.nodeIds.length || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const seen = new Set<string>();
  const kept: FoundPath[] = [];
  for (const path of ordered) {
    const key = keyOf(path);
    if (new Set(path.nodeIds).size !== path.nodeIds.length || seen.has(key)) continue;
    seen.add(key);
    kept.push(path);
    if (kept.length === limit) break;
  }
  return kept;
}

/** Puts the paths, their nodes and edges into the API's shape, each path told as a sentence. */
function toPathResult(kept: readonly FoundPath[], allNodes: readonly GraphNode[]): PathResult {
  const nodeById = new Map(allNodes.map((node) => [node.id, node]));
  const nodeOf = (id: string): GraphNode => {
    const node = nodeById.get(id);
    if (!node) throw new Error(`The paths query returned a path through ${id} but not that node`);
    return node;
  };
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const paths = kept.map((path) => {
    const pathNodes = path.nodeIds.map(nodeOf);
    for (const node of pathNodes) nodes.set(node.id, node);
    for (const edge of path.edges) edges.set(edge.id, edge);
    return {
      nodeIds: path.nodeIds,
      edgeIds: path.edges.map((edge) => edge.id),
      length: path.edges.length,
      sentence: pathSentence(pathNodes, path.edges.map((edge) => ({ ...edge, type: edge.type as RelType }))),
    };
  });
  return { paths, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * How many visible entities are hubs (more than `hubDegree` relationships): the nodes a path search
 * goes around unless asked. A scan of every entity (each degree is read from the store), so it is
 * asked on its own, when a search without hubs found nothing, and not with every search.
 */
export async function hubCount(db: Db, hubDegree: number = HUB_DEGREE): Promise<number> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (n:Entity) WHERE COUNT { (n)--() } > $hubDegree AND ${visible('n')} RETURN count(n) AS hubs`, {
      hubDegree: neo4j.int(hubDegree),
    });
    return Number(result.records[0]?.get('hubs') ?? 0);
  });
}

/**
 * Up to `limit` shortest paths from `from` to `to`, shortest first, of at most `maxLength`
 * relationships, never through a hidden person, nor through a hub unless `throughHubs`. NotFoundError
 * when either end is unknown or hidden.
 */
export async function shortestPaths(db: Db, from: string, to: string, options: PathOptions): Promise<PathResult> {
  const cypher = pathsCypher(options.maxLength, options.limit);
  const record = await db.read(
    async (tx) => {
      const hubDegree = options.throughHubs ? null : neo4j.int(options.hubDegree ?? HUB_DEGREE);
      return (await tx.run(cypher, { from, to, via: options.via?.length ? options.via : null, hubDegree })).records[0];
    },
    { timeoutMs: PATHS_TIMEOUT_MS },
  );
  if (!record?.get('fromFound')) throw new NotFoundError(from);
  if (!record.get('toFound')) throw new NotFoundError(to);
  const found = (record.get('found') as Array<{ nodeIds: string[]; edges: EdgeRow[] }>).map((path) => ({
    nodeIds: path.nodeIds,
    edges: path.edges.map(toGraphEdge),
  }));
  return toPathResult(distinctPaths(found, options.limit), record.get('nodes') as GraphNode[]);
}
