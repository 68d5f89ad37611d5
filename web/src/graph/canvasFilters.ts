import type { Core } from 'cytoscape';
import type { ExploreFacets, ExploreFilters } from '../features/explore/exploreContract.ts';
import { SECTORS } from '@atlas/schema';
import { ENTITY_KINDS, type GraphNode } from '../graphql/types.ts';
import type { GraphData, NodeData } from './toElements.ts';

type Filterable = Pick<GraphNode, 'id' | 'kind' | 'sector' | 'year' | 'themeIds'>;

/** The class that hides a node (and so its edges) without removing it; graphStyles.ts draws it. */
export const FILTERED = 'filtered';

/**
 * Whether a node passes the filters. As in the API's neighbourhood, what has no sector passes a
 * sector filter and what has no year passes a year range: a filter narrows a kind of fact, it does
 * not throw out everything that cannot have it.
 */
export function passesFilters(node: Filterable, filters: ExploreFilters): boolean {
  const { kinds, sectors, themeIds, years } = filters;
  if (kinds && !kinds.includes(node.kind)) return false;
  if (sectors && node.sector && !sectors.includes(node.sector)) return false;
  if (themeIds && !themeIds.includes(node.id) && !(node.themeIds ?? []).some((id) => themeIds.includes(id))) return false;
  if (years && node.year != null && (node.year < years[0] || node.year > years[1])) return false;
  return true;
}

export const hasFilters = (filters: ExploreFilters) => Object.values(filters).some((value) => value !== null);

/** Hides what does not pass and shows what does, touching only the nodes whose state changes. Returns how many are hidden. */
export function applyFilters(cy: Core, filters: ExploreFilters): number {
  let hidden = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const out = !passesFilters(node.data() as NodeData, filters);
      if (out) hidden += 1;
      if (out !== node.hasClass(FILTERED)) node.toggleClass(FILTERED, out);
    });
  });
  return hidden;
}

/** The choices the filter panel offers: what the canvas holds, themes labelled from the canvas when they are on it. */
export function facetsOf(graph: GraphData, themeLabels: ReadonlyMap<string, string> = new Map()): ExploreFacets {
  const kinds = new Set<GraphNode['kind']>();
  const sectors = new Set<NonNullable<GraphNode['sector']>>();
  const themes = new Set<string>();
  const labels = new Map(themeLabels);
  let min = Infinity;
  let max = -Infinity;
  for (const node of graph.nodes) {
    kinds.add(node.kind);
    if (node.sector) sectors.add(node.sector);
    if (node.kind === 'THEME') {
      themes.add(node.id);
      labels.set(node.id, node.label);
    }
    for (const id of node.themeIds ?? []) themes.add(id);
    if (node.year != null) {
      min = Math.min(min, node.year);
      max = Math.max(max, node.year);
    }
  }
  return {
    // In the model's order, as the legend lists them.
    kinds: ENTITY_KINDS.filter((kind) => kinds.has(kind)),
    sectors: SECTORS.filter((sector) => sectors.has(sector)),
    themes: [...themes]
      .map((id) => ({ id, label: labels.get(id) ?? id }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    years: min <= max ? [min, max] : null,
  };
}
