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
  const partners = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, weight: number) => {
    const map = partners.get(a) ?? new Map<string, number>();
    map.set(b, (map.get(b) ?? 0) + weight);
    partners.set(a, map);
  };
  for (const edge of graph.edges) {
    link(edge.a, edge.b, edge.weight);
    link(edge.b, edge.a, edge.weight);
  }
  // One compressed graph for both measures, in id order (betweenness samples sources by index).
  const nodes = [...graph.nodes].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const csr = compress(nodes.length, index, graph.edges);
  // No sector is a sector code of its own, after the real ones.
  const codes = new Map<Sector | null, number>(SECTORS.map((s, i) => [s, i]));
  const sectorCode = Int8Array.from(nodes, (n) => codes.get(n.sector) ?? SECTORS.length);
  const brokered = brokerage(csr, sectorCode, SECTORS.length + 1);
  const central = betweennessOf(csr);
  // Partners of equal weight in the ids' locale order, compared by rank: a partner list is sorted
  // for every actor, and localeCompare in the comparator cost more than the brokerage count.
  const rank = new Map([...index.keys()].sort((x, y) => x.localeCompare(y)).map((id, i) => [id, i]));
  const byId = (x: string, y: string) => {
    const [rx, ry] = [rank.get(x), rank.get(y)];
    return rx !== undefined && ry !== undefined ? rx - ry : x.localeCompare(y);
  };
  const result: Bridge[] = [];
  nodes.forEach((node, i) => {
    const across = [...(partners.get(node.id) ?? [])]
      .filter(([id]) => sectorOf.get(id) !== node.sector)
      .map(([id, weight]) => ({ id, sector: sectorOf.get(id) ?? null, weight }))
      .sort((x, y) => y.weight - x.weight || byId(x.id, y.id));
    if (across.length === 0) return;
    result.push({
      id: node.id,
      sector: node.sector,
      brokerage: brokered[i]!,
      betweenness: central[i]!,
      sectorsBridged: [...new Set(across.map((p) => p.sector).filter((s): s is Sector => s !== null))].sort(),
      partners: across,
    });
  });
  return result.sort((x, y) => y.brokerage - x.brokerage || y.betweenness - x.betweenness || x.id.localeCompare(y.id));
}
