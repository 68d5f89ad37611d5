import { KINDS, REL_ENDPOINTS, REL_TYPES, SECTORS, type Kind, type RelType } from '@atlas/schema';
import { mulberry32 } from '../../../seed/src/demo/prng.ts';
import type { EntityKind, GraphEdge, GraphNode, GraphSlice } from '../../../web/src/graphql/types.ts';

/** Share of each kind in a slice, roughly as the explorer meets them (papers and people the bulk). */
const KIND_WEIGHTS: Record<Kind, number> = { Person: 0.35, Paper: 0.35, Institution: 0.1, Initiative: 0.08, Theme: 0.05, Session: 0.05, Event: 0.02 };

/** Relationship types that may join two kinds, in either direction, as [type, forward]. */
function typesBetween(a: Kind, b: Kind): Array<[RelType, boolean]> {
  return REL_TYPES.flatMap((type) =>
    REL_ENDPOINTS[type].flatMap(([from, to]): Array<[RelType, boolean]> => (from === a && to === b ? [[type, true]] : from === b && to === a ? [[type, false]] : [])),
  );
}

/**
 * A graph slice of about `elements` nodes plus edges (a third nodes, two thirds edges: the mean
 * degree of an expanded canvas), shaped as the API answers: kinds, sectors, degrees, ids, and
 * relationships only between kinds the model allows. Seeded, so every run draws the same slice.
 * Edges attach preferentially (a node with many links gets more), so a few hubs appear as in life.
 */
export function syntheticSlice(elements: number, seed = 8): GraphSlice {
  const rng = mulberry32(seed + elements);
  const nodeCount = Math.round(elements / 3);
  const weightedKind = (): Kind => {
    let left = rng.next();
    return KINDS.find((kind) => (left -= KIND_WEIGHTS[kind]) < 0) ?? 'Paper';
  };
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, weightedKind).map((kind, i) => ({
    id: `${kind.toLowerCase()}-${i}`,
    kind: kind.toUpperCase() as EntityKind,
    label: `${kind} ${i}`,
    sector: kind === 'Institution' || kind === 'Person' ? rng.pick(SECTORS) : null,
    degree: 0,
    year: kind === 'Paper' || kind === 'Initiative' ? rng.int(2005, 2025) : null,
    themeIds: [],
  }));
  const kindOf = (node: GraphNode) => KINDS.find((k) => k.toUpperCase() === node.kind)!;
  const edges = new Map<string, GraphEdge>();
  // Endpoints drawn from this list are proportional to degree + 1: preferential attachment.
  const bag = nodes.map((_, i) => i);
  let attempts = 0;
  while (edges.size < elements - nodeCount && attempts < elements * 20) {
    attempts += 1;
    const a = nodes[rng.pick(bag)]!;
    const b = nodes[rng.next() < 0.5 ? rng.int(0, nodes.length - 1) : rng.pick(bag)]!;
    const allowed = a === b ? [] : typesBetween(kindOf(a), kindOf(b));
    if (!allowed.length) continue;
    const [type, forward] = rng.pick(allowed);
    const [source, target] = forward ? [a, b] : [b, a];
    const id = `${source.id}|${type}|${target.id}`;
    if (edges.has(id)) continue;
    edges.set(id, { id, source: source.id, target: target.id, type, role: null });
    source.degree += 1;
    target.degree += 1;
    bag.push(nodes.indexOf(source), nodes.indexOf(target));
  }
  return { nodes, edges: [...edges.values()], truncated: false };
}

/**
 * What one expansion adds: `count` new nodes around `anchor` (an existing node), each linked to it,
 * and a few links among themselves, as a depth-1 neighbourhood of a busy person looks.
 */
export function syntheticExpansion(anchor: GraphNode, count: number, seed = 8): GraphSlice {
  const rng = mulberry32(seed + count);
  const anchorKind = KINDS.find((k) => k.toUpperCase() === anchor.kind)!;
  const kinds = KINDS.filter((kind) => typesBetween(anchorKind, kind).length > 0);
  const nodes: GraphNode[] = Array.from({ length: count }, (_, i) => {
    const kind = rng.pick(kinds);
    return { id: `new-${i}`, kind: kind.toUpperCase() as EntityKind, label: `New ${kind} ${i}`, sector: null, degree: 1, year: null, themeIds: [] };
  });
  const edges: GraphEdge[] = nodes.map((node) => {
    const [type, forward] = rng.pick(typesBetween(anchorKind, KINDS.find((k) => k.toUpperCase() === node.kind)!));
    const [source, target] = forward ? [anchor.id, node.id] : [node.id, anchor.id];
    return { id: `${source}|${type}|${target}`, source, target, type, role: null };
  });
  return { nodes: [anchor, ...nodes], edges, truncated: false };
}
