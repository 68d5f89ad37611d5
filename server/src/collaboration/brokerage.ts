import type { Csr } from './betweenness.ts';

/**
 * Cross-sector brokerage of every node: the pairs of its partners from two different sectors that
 * are not partners themselves. Counted without visiting the pairs: all pairs of partners in
 * different sectors (from the partners' sector counts), less those that are linked, which are the
 * triangles through the node. Triangles are listed once each by orienting every tie from the lower
 * to the higher (degree, index) end, O(E^1.5) instead of the sum of squared degrees, which at scale
 * M (consortia of hundreds) is billions of steps.
 *
 * `sector[i]` is a small integer code for node i's sector; nodes with the same code share a sector
 * (give "no sector" a code of its own).
 */
export function brokerage({ offsets, targets }: Csr, sector: ArrayLike<number>, sectorCodes: number): Float64Array {
  const n = offsets.length - 1;
  const result = new Float64Array(n);
  const counts = new Float64Array(sectorCodes);
  for (let v = 0; v < n; v++) {
    counts.fill(0);
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) counts[sector[targets[e]!]!]! += 1;
    const d = offsets[v + 1]! - offsets[v]!;
    let same = 0;
    for (let c = 0; c < sectorCodes; c++) same += (counts[c]! * (counts[c]! - 1)) / 2;
    result[v] = (d * (d - 1)) / 2 - same;
  }

  // Forward ties: from the lower to the higher end by (degree, index).
  const degree = (i: number) => offsets[i + 1]! - offsets[i]!;
  const before = (i: number, j: number) => degree(i) < degree(j) || (degree(i) === degree(j) && i < j);
  const forwardOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (before(i, targets[e]!)) count++;
    forwardOffsets[i + 1] = forwardOffsets[i]! + count;
  }
  const forward = new Int32Array(forwardOffsets[n]!);
  for (let i = 0, k = 0; i < n; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (before(i, targets[e]!)) forward[k++] = targets[e]!;
  }

  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let e = forwardOffsets[u]!; e < forwardOffsets[u + 1]!; e++) mark[forward[e]!] = u;
    for (let e = forwardOffsets[u]!; e < forwardOffsets[u + 1]!; e++) {
      const w = forward[e]!;
      for (let f = forwardOffsets[w]!; f < forwardOffsets[w + 1]!; f++) {
        const x = forward[f]!;
        if (mark[x] !== u) continue;
        // Triangle u, w, x: each corner's other two are linked partners, no broker pair if their sectors differ.
        if (sector[w] !== sector[x]) result[u]! -= 1;
        if (sector[u] !== sector[x]) result[w]! -= 1;
        if (sector[u] !== sector[w]) result[x]! -= 1;
      }
    }
  }
  return result;
}
