/**
 * Betweenness centrality (Brandes 2001) on an undirected, unweighted graph: for each node, the
 * share of shortest paths between other pairs that pass through it, normalised to 0..1.
 * Exact up to EXACT_LIMIT nodes; above it, paths from an evenly spread, fixed sample of sources
 * (every k-th node in id order) are counted and scaled, so results stay deterministic.
 *
 * The graph is held as compressed rows of typed arrays, and the backward pass finds a node's
 * predecessors as its neighbours one step nearer the source, so a source costs one breadth-first
 * search and no allocation: at scale M (thousands of actors, hundreds of thousands of ties) this is
 * the part of the bridges question that runs in JavaScript.
 */

export const EXACT_LIMIT = 2000;
export const SAMPLE_SOURCES = 500;

export interface Csr {
  /** Neighbours of node i: targets[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  targets: Int32Array;
}

/** The graph as compressed rows, each tie once in both directions; unknown ends and self-ties left out. */
export function compress(n: number, index: ReadonlyMap<string, number>, edges: ReadonlyArray<{ a: string; b: string }>): Csr {
  const pairs: Array<[number, number]> = [];
  const seen = new Set<number>();
  const degree = new Int32Array(n);
  for (const { a, b } of edges) {
    const i = index.get(a);
    const j = index.get(b);
    // Unknown ends and self-ties add no path; a repeated tie is the same step, not a second path.
    if (i === undefined || j === undefined || i === j) continue;
    const key = Math.min(i, j) * n + Math.max(i, j);
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([i, j]);
    degree[i]! += 1;
    degree[j]! += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (const [i, j] of pairs) {
    targets[fill[i]!++] = j;
    targets[fill[j]!++] = i;
  }
  return { offsets, targets };
}

export function betweenness(nodeIds: readonly string[], edges: ReadonlyArray<{ a: string; b: string }>): Map<string, number> {
  const ids = [...nodeIds].sort();
  const n = ids.length;
  const { offsets, targets } = compress(n, new Map(ids.map((id, i) => [id, i])), edges);
  const centrality = new Float64Array(n);
  const step = n > EXACT_LIMIT ? n / SAMPLE_SOURCES : 1;
  const sources: number[] = [];
  for (let s = 0; s < n; s += step) sources.push(Math.floor(s));

  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  // The breadth-first order doubles as the queue.
  const order = new Int32Array(n);
  for (const s of sources) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (distance[w]! < 0) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    for (let k = reached - 1; k > 0; k--) {
      const w = order[k]!;
      const previous = distance[w]! - 1;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = targets[e]!;
        if (distance[v] === previous) delta[v]! += sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
  }
  // Each undirected path was counted from both ends; scale a sample up to all sources; normalise.
  const scale = (n / sources.length) / 2;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(ids.map((id, i) => [id, pairs > 0 ? Math.round((centrality[i]! * scale / pairs) * 1e6) / 1e6 : 0]));
}
