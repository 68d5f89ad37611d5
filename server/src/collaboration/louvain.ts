/**
 * Communities by the Louvain method (Blondel et al. 2008) on a weighted, undirected graph:
 * move nodes between neighbouring communities while modularity grows, then merge each community
 * into one node and repeat. Deterministic: nodes are visited in id order and ties go to the
 * community with the smallest index, so the same graph always gives the same communities.
 */

export interface LouvainResult {
  /** Community number per node id (0, 1, ... by size, largest first; ties by smallest member id). */
  community: Map<string, number>;
  modularity: number;
}

interface Graph {
  n: number;
  /** Neighbour lists with weights; a self-loop carries the weight inside a merged node. */
  adjacency: Array<Map<number, number>>;
  totalWeight: number;
}

function modularityOf(graph: Graph, community: Int32Array): number {
  const m2 = 2 * graph.totalWeight;
  if (m2 === 0) return 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (let v = 0; v < graph.n; v++) {
    const c = community[v]!;
    for (const [w, weight] of graph.adjacency[v]!) {
      degree.set(c, (degree.get(c) ?? 0) + weight);
      if (community[w] === c) inside.set(c, (inside.get(c) ?? 0) + weight);
    }
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m2 - (d / m2) ** 2;
  return q;
}

/** One level: local moves until no node moves (or a pass limit). Returns the community of each node. */
function localMoves(graph: Graph): Int32Array {
  const community = Int32Array.from({ length: graph.n }, (_, i) => i);
  const degree = graph.adjacency.map((neighbours) => [...neighbours.values()].reduce((s, w) => s + w, 0));
  const communityDegree = Float64Array.from(degree);
  const m2 = 2 * graph.totalWeight;
  for (let pass = 0, moved = true; moved && pass < 100; pass++) {
    moved = false;
    for (let v = 0; v < graph.n; v++) {
      const own = community[v]!;
      const links = new Map<number, number>();
      for (const [w, weight] of graph.adjacency[v]!) if (w !== v) links.set(community[w]!, (links.get(community[w]!) ?? 0) + weight);
      communityDegree[own]! -= degree[v]!;
      let best = own;
      let bestGain = (links.get(own) ?? 0) - (communityDegree[own]! * degree[v]!) / m2;
      for (const [c, weight] of [...links].sort((x, y) => x[0] - y[0])) {
        const gain = weight - (communityDegree[c]! * degree[v]!) / m2;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      communityDegree[best]! += degree[v]!;
      if (best !== own) {
        community[v] = best;
        moved = true;
      }
    }
  }
  return community;
}

export function louvain(nodeIds: readonly string[], edges: ReadonlyArray<{ a: string; b: string; weight: number }>): LouvainResult {
  const ids = [...nodeIds].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  let graph: Graph = { n: ids.length, adjacency: ids.map(() => new Map()), totalWeight: 0 };
  for (const { a, b, weight } of edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    graph.adjacency[i]!.set(j, (graph.adjacency[i]!.get(j) ?? 0) + weight);
    graph.adjacency[j]!.set(i, (graph.adjacency[j]!.get(i) ?? 0) + weight);
    graph.totalWeight += weight;
  }
  const original = graph;
  let membership = Int32Array.from({ length: ids.length }, (_, i) => i);
  for (let level = 0; level < 20; level++) {
    const community = localMoves(graph);
    const renumber = new Map<number, number>();
    for (const c of community) if (!renumber.has(c)) renumber.set(c, renumber.size);
    if (renumber.size === graph.n) break; // nothing merged: done
    membership = membership.map((c) => renumber.get(community[c]!)!);
    const merged: Graph = { n: renumber.size, adjacency: Array.from({ length: renumber.size }, () => new Map()), totalWeight: graph.totalWeight };
    for (let v = 0; v < graph.n; v++) {
      const cv = renumber.get(community[v]!)!;
      for (const [w, weight] of graph.adjacency[v]!) {
        const cw = renumber.get(community[w]!)!;
        merged.adjacency[cv]!.set(cw, (merged.adjacency[cv]!.get(cw) ?? 0) + weight);
      }
    }
    graph = merged;
  }
  // Number communities by size, largest first, ties by their smallest member id.
  const members = new Map<number, string[]>();
  ids.forEach((id, i) => members.set(membership[i]!, [...(members.get(membership[i]!) ?? []), id]));
  const order = [...members.entries()].sort((x, y) => y[1].length - x[1].length || x[1][0]!.localeCompare(y[1][0]!));
  const final = new Map(order.map(([c], rank) => [c, rank]));
  const community = new Map(ids.map((id, i) => [id, final.get(membership[i]!)!]));
  return { community, modularity: Math.round(modularityOf(original, Int32Array.from(ids, (id) => community.get(id)!)) * 1e6) / 1e6 };
}

export { modularityOf };
