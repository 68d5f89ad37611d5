import { KINDS, type Kind } from '@atlas/schema';
import type { Db } from '../../server/src/db/tx.ts';

/**
 * The graph as stored, fetched with the plainest Cypher there is, and graph walks written apart
 * from server/src/db: tests compare what the API answers with what these compute.
 */

export interface RawNode {
  id: string;
  kind: Kind;
  hidden: boolean;
  props: Record<string, unknown>;
}

export interface RawLink {
  source: string;
  target: string;
  type: string;
}

export interface RawGraph {
  nodes: Map<string, RawNode>;
  links: RawLink[];
}

export async function fetchRawGraph(db: Db): Promise<RawGraph> {
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
    const links = await tx.run('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS source, b.id AS target, type(r) AS type');
    return {
      nodes: new Map(
        nodes.records.map((record) => {
          const props = record.get('props') as Record<string, unknown>;
          const kind = (record.get('labels') as string[]).find((label): label is Kind => (KINDS as readonly string[]).includes(label));
          if (!kind) throw new Error(`Node ${String(record.get('id'))} has no kind label`);
          const node: RawNode = { id: String(record.get('id')), kind, hidden: kind === 'Person' && props.visibility === 'hidden', props };
          return [node.id, node];
        }),
      ),
      links: links.records.map((record) => ({ source: record.get('source'), target: record.get('target'), type: record.get('type') })),
    };
  });
}

export interface WalkOptions {
  /** Only relationships of these types; all when absent. */
  types?: readonly string[];
  /** Inner nodes (not the ends) must be of these kinds; all when absent. */
  via?: readonly Kind[];
}

/** Undirected neighbour sets, hidden people left out. */
export function neighbours(graph: RawGraph, options: WalkOptions = {}): Map<string, Set<string>> {
  const adjacency = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = adjacency.get(a) ?? new Set<string>();
    set.add(b);
    adjacency.set(a, set);
  };
  for (const link of graph.links) {
    if (options.types && !options.types.includes(link.type)) continue;
    if (graph.nodes.get(link.source)?.hidden || graph.nodes.get(link.target)?.hidden) continue;
    add(link.source, link.target);
    add(link.target, link.source);
  }
  return adjacency;
}

/**
 * Breadth-first from `from`: each reached node's distance and how many shortest paths (as node
 * sequences) reach it. Only nodes of the `via` kinds are walked through; `to` may end a path anyway.
 */
export function bfs(graph: RawGraph, from: string, to: string, options: WalkOptions = {}): { distance: number | null; count: number } {
  const adjacency = neighbours(graph, options);
  const distance = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length && !distance.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      if (node !== from && options.via && !options.via.includes(graph.nodes.get(node)!.kind)) continue;
      for (const other of adjacency.get(node) ?? []) {
        if (!distance.has(other)) {
          distance.set(other, distance.get(node)! + 1);
          count.set(other, 0);
          next.push(other);
        }
        if (distance.get(other) === distance.get(node)! + 1) count.set(other, count.get(other)! + count.get(node)!);
      }
    }
    frontier = next;
  }
  return { distance: distance.get(to) ?? null, count: count.get(to) ?? 0 };
}

/** Every node within `depth` hops of `start` (itself included). */
export function reach(graph: RawGraph, start: string, depth: number, options: WalkOptions = {}): Set<string> {
  const adjacency = neighbours(graph, options);
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step += 1) {
    frontier = frontier.flatMap((node) => [...(adjacency.get(node) ?? [])].filter((other) => !seen.has(other)));
    for (const node of frontier) seen.add(node);
  }
  return seen;
}
