import type { Core } from 'cytoscape';
import type { ExploreFilters } from '../features/explore/exploreContract.ts';
import { applyFilters } from './canvasFilters.ts';
import { highlight, type CanvasFocus } from './highlight.ts';
import { applyPins } from './pins.ts';
import { applyScaleMode } from './scaleMode.ts';

export interface CanvasLooks {
  pinned: readonly string[];
  filters: ExploreFilters;
  focus: CanvasFocus;
}

/** Re-applies everything drawn from classes after elements changed; each step touches only what changes. */
export function refreshCanvas(cy: Core, { pinned, filters, focus }: CanvasLooks): void {
  applyScaleMode(cy);
  applyPins(cy, pinned);
  applyFilters(cy, filters);
  highlight(cy, focus);
}
