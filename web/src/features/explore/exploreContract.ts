import type { Sector } from '@atlas/schema';
import type { EntityKind, GraphEdge, GraphNode, RelationshipType } from '../../graphql/types.ts';

/**
 * What the explorer's state offers its panels (filters, paths, share, exports) beyond the canvas.
 * useExplore implements it; the panels only read and call these.
 */

/** Filters hide what does not match without removing it from the canvas. null = no filter on that facet. */
export interface ExploreFilters {
  kinds: EntityKind[] | null;
  sectors: Sector[] | null;
  /** Keep entities linked to any of these themes (and the themes themselves). */
  themeIds: string[] | null;
  /** Inclusive; entities without a year pass. */
  years: [number, number] | null;
}

export const NO_FILTERS: ExploreFilters = { kinds: null, sectors: null, themeIds: null, years: null };

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'sector';

export interface PathFound {
  nodeIds: string[];
  edgeIds: string[];
  length: number;
  sentence: string;
}

export interface PathResult {
  paths: PathFound[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Everything needed to reopen exactly this view: the URL and saved views hold it. */
export interface SharedView {
  /** The entities on the canvas. */
  ids: string[];
  filters: ExploreFilters;
  layout: LayoutName;
  /** Node positions (model coordinates, rounded), when known. */
  positions?: Record<string, { x: number; y: number }>;
  selectedId?: string | null;
  /** Pinned node ids. */
  pinned?: string[];
}

export interface ExpandOptions {
  types?: RelationshipType[];
  kinds?: EntityKind[];
  /** Bigger than the default cap: "show N more". */
  limit?: number;
}

/** What is on the canvas, for the filter panel's choices (added by the state helper). */
export interface ExploreFacets {
  kinds: EntityKind[];
  sectors: Sector[];
  /** The themes the canvas's entities are linked to, by label. */
  themes: { id: string; label: string }[];
  /** The smallest and largest year on the canvas; null when nothing there has a year. */
  years: [number, number] | null;
}

/** The part of the explorer state the panels use. */
export interface ExploreControls {
  filters: ExploreFilters;
  /** The choices the filters offer, from what is on the canvas. */
  facets: ExploreFacets;
  setFilters: (filters: ExploreFilters) => void;
  layout: LayoutName;
  setLayout: (layout: LayoutName) => void;
  /** The paths being shown (highlighted on the canvas), or null. */
  paths: PathResult | null;
  /** Put the paths' nodes and edges on the canvas and highlight them; `index` highlights one path only. */
  showPaths: (result: PathResult, index?: number) => void;
  clearPaths: () => void;
  /** The current view, with positions read from the canvas. */
  snapshot: () => SharedView;
  /** Replace the canvas by a saved or shared view (loads the entities, then applies filters, layout, positions). */
  restore: (view: SharedView) => void;
  expandWith: (id: string, options: ExpandOptions) => void;
  remove: (ids: string[]) => void;
  /** Remove the neighbours that only this node brought (leaves of it). */
  collapse: (id: string) => void;
  togglePin: (id: string) => void;
  /** Reveal the relationships among the nodes already shown. */
  connect: () => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}
