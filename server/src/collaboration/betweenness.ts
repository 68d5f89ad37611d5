/**
 * Betweenness centrality (Brandes 2001) on an undirected, unweighted graph: for each node, the
 * share of shortest paths between other pairs that pass through it, normalised to 0..1.
 * Exact up to EXACT_LIMIT nodes; above it, paths from an evenly spread, fixed sample of sources
 * (every k-th node in id order) are counted and scaled, so results stay deterministic.
 */

export const EXACT_LIMIT = 2000;
export const SAMPLE_SOURCES = 500;

export function betweenness(nodeIds: readonly string[], edges: ReadonlyArray<{ a: string; b: string }>): Map<string, number> {
  const ids = [...nodeIds].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const adjacency: number[][] = ids.map(() => []);
  for (const { a, b } of edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    adjacency[i]!.push(j);
    adjacency[j]!.push(i);
  }
  const centrality = new Float64Array(n);
  const step = n > EXACT_LIMIT ? n / SAMPLE_SOURCES : 1;
  const sources: number[] = [];
  for (let s = 0; s < n; s += step) sources.push(Math.floor(s));

  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const predecessors: number[][] = ids.map(() => []);
  for (const s of sources) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    for (const list of predecessors) list.length = 0;
    sigma[s] = 1;
    distance[s] = 0;
    const order: number[] = [];
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      order.push(v);
      for (const w of adjacency[v]!) {
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
        if (distance[w] === distance[v]! + 1) {
          sigma[w]! += sigma[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    for (let k = order.length - 1; k >= 0; k--) {
      const w = order[k]!;
      for (const v of predecessors[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  // Each undirected path was counted from both ends; scale a sample up to all sources; normalise.
  const scale = (n / sources.length) / 2;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(ids.map((id, i) => [id, pairs > 0 ? Math.round((centrality[i]! * scale / pairs) * 1e6) / 1e6 : 0]));
}
