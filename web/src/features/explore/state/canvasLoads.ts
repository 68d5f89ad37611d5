import type { ApolloClient } from '@apollo/client';
import { fromSliceColumns } from '../../../graph/sliceColumns.ts';
import type { GraphEdge, GraphNode, GraphSlice } from '../../../graphql/types.ts';
import type { ExpandOptions } from '../exploreContract.ts';
import { EXPAND_DEPTH, LINKS_AMONG, MAX_LINKS_AMONG, MAX_SLICE, NEIGHBOURHOOD } from '../neighbourhood.queries.ts';

/** The API calls behind the canvas's changes; each throws a clear error when the server sends nothing. */

/**
 * The slice around `ids`. An id that is not there fails the load (NOT_FOUND), unless `ignoreMissing`:
 * then it is left out, and the starts missing from `nodes` are the ones not found (missingStarts).
 */
export async function loadNeighbourhood(client: ApolloClient, ids: string[], limit: number, options: ExpandOptions = {}, ignoreMissing = false): Promise<GraphSlice> {
  const { data } = await client.query({
    query: NEIGHBOURHOOD,
    variables: { ids, depth: EXPAND_DEPTH, limit, kinds: options.kinds ?? null, types: options.types ?? null, ignoreMissing },
  });
  if (!data) throw new Error('The server sent no neighbourhood.');
  return { ...fromSliceColumns(data.neighbourhood.columns), truncated: data.neighbourhood.truncated };
}

/** The asked-for starts a slice loaded with `ignoreMissing` does not hold: unknown, deleted or hidden. */
export function missingStarts(ids: readonly string[], slice: Pick<GraphSlice, 'nodes'>): string[] {
  const found = new Set(slice.nodes.map((node) => node.id));
  return ids.filter((id) => !found.has(id));
}

export async function loadLinksAmong(client: ApolloClient, ids: string[]): Promise<GraphEdge[]> {
  if (ids.length > MAX_LINKS_AMONG) {
    throw new Error(`Connect works on up to ${MAX_LINKS_AMONG} entities; remove some of the ${ids.length} on the canvas first.`);
  }
  const { data } = await client.query({ query: LINKS_AMONG, variables: { ids } });
  if (!data) throw new Error('The server sent no relationships.');
  return data.linksAmong;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Exactly these entities with the relationships among them (a shared view reopened). A slice starts
 * with its start nodes, so a limit of as many as were asked for returns just them; the edges among
 * them all come from linksAmong, since a slice only knows the edges inside itself.
 */
export async function loadEntities(client: ApolloClient, ids: string[]): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  // A saved view may name entities deleted (or hidden) since: they are left out, not an error.
  const slices = await Promise.all(chunks(ids, MAX_SLICE).map((part) => loadNeighbourhood(client, part, part.length, {}, true)));
  const wanted = new Set(ids);
  const nodes = slices.flatMap((slice) => slice.nodes).filter((node) => wanted.has(node.id));
  const edges = nodes.length > 1 ? await loadLinksAmong(client, nodes.map((node) => node.id).slice(0, MAX_LINKS_AMONG)) : [];
  return { nodes, edges };
}
