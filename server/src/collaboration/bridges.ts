import { SECTORS, type Sector } from '@atlas/schema';
import type { ActorGraph } from '../db/collaboration.ts';
import { betweennessOf, compress } from './betweenness.ts';
import { brokerage } from './brokerage.ts';

export interface Bridge {
  id: string;
  sector: Sector | null;
  /** Pairs of its partners from two different sectors that do not collaborate directly: it brokers between them. */
  brokerage: number;
  betweenness: number;
  /** Sectors other than its own among its partners. */
  sectorsBridged: Sector[];
  /** Partners in other sectors, strongest tie first. */
  partners: Array<{ id: string; sector: Sector | null; weight: number }>;
}

/**
 * Who connects sectors: for every actor, its cross-sector brokerage (partner pairs of different
 * sectors it alone links) and its betweenness on the collaboration graph. Ranked by brokerage,
 * then betweenness, then id. Actors without a partner in another sector are left out.
 */
export function bridges(graph: ActorGraph): Bridge[] {
  const sectorOf = new Map(graph.nodes.map((n) => [n.id, n.sector]));
  // One compressed graph for both measures, in id order (betweenness samples sources by index).
  const nodes = [...graph.nodes].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const csr = compress(nodes.length, index, graph.edges);
  const { offsets, targets } = csr;
  // No sector is a sector code of its own, after the real ones.
  const codes = new Map<Sector | null, number>(SECTORS.map((s, i) => [s, i]));
  const sectorCode = Int8Array.from(nodes, (n) => codes.get(n.sector) ?? SECTORS.length);
  const brokered = brokerage(csr, sectorCode, SECTORS.length + 1);
  const central = betweennessOf(csr);

  // Partner lists are built when first read: every actor is ranked, but a page shows a few, and
  // weighing and sorting every actor's partners cost as much as the brokerage count.
  let weights: Map<string, Map<string, number>> | undefined;
  const weightsOf = (id: string) => {
    if (!weights) {
      weights = new Map();
      const link = (a: string, b: string, weight: number) => {
        const map = weights!.get(a) ?? new Map<string, number>();
        map.set(b, (map.get(b) ?? 0) + weight);
        weights!.set(a, map);
      };
      for (const edge of graph.edges) {
        link(edge.a, edge.b, edge.weight);
        link(edge.b, edge.a, edge.weight);
      }
    }
    return weights.get(id) ?? new Map<string, number>();
  };
  // Partners of equal weight in the ids' locale order, compared by rank (localeCompare in the
  // comparator of every sort was slow).
  const rank = new Map([...index.keys()].sort((x, y) => x.localeCompare(y)).map((id, i) => [id, i]));
  const byId = (x: string, y: string) => {
    const [rx, ry] = [rank.get(x), rank.get(y)];
    return rx !== undefined && ry !== undefined ? rx - ry : x.localeCompare(y);
  };

  const result: Bridge[] = [];
  nodes.forEach((node, i) => {
    let crosses = false;
    for (let e = offsets[i]!; e < offsets[i + 1]! && !crosses; e++) crosses = sectorCode[targets[e]!] !== sectorCode[i];
    if (!crosses) return;
    let across: Bridge['partners'] | undefined;
    const partners = () =>
      (across ??= [...weightsOf(node.id)]
        .filter(([id]) => sectorOf.get(id) !== node.sector)
        .map(([id, weight]) => ({ id, sector: sectorOf.get(id) ?? null, weight }))
        .sort((x, y) => y.weight - x.weight || byId(x.id, y.id)));
    let bridged: Sector[] | undefined;
    const bridge = { id: node.id, sector: node.sector, brokerage: brokered[i]!, betweenness: central[i]! } as Bridge;
    Object.defineProperties(bridge, {
      sectorsBridged: { enumerable: true, get: () => (bridged ??= [...new Set(partners().map((p) => p.sector).filter((s): s is Sector => s !== null))].sort()) },
      partners: { enumerable: true, get: partners },
    });
    result.push(bridge);
  });
  return result.sort((x, y) => y.brokerage - x.brokerage || y.betweenness - x.betweenness || x.id.localeCompare(y.id));
}
