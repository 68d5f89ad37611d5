import { breadthfirstPositions } from './breadthfirstLayout.ts';
import { concentricPositions } from './concentricLayout.ts';
import { computeFcose, type LayoutInput } from './fcoseLayout.ts';
import type { LayoutGraph, PositionRecord } from './layoutGraph.ts';
import { sectorLayout } from './sectorLayout.ts';

/**
 * What the layout worker computes. fCoSE needs sizes, positions and fixed nodes; the cheap layouts
 * need only ids, sectors and links (and breadth-first the node to start from).
 */
export type LayoutJob =
  | { name: 'fcose'; input: LayoutInput }
  | { name: 'concentric' | 'sector'; graph: LayoutGraph }
  | { name: 'breadthfirst'; graph: LayoutGraph; root: string | null };

export type LayoutJobName = LayoutJob['name'];

/** Runs a layout job to positions: the worker's whole job, and the fallback where there are no workers. */
export function computeLayout(job: LayoutJob): PositionRecord {
  switch (job.name) {
    case 'fcose':
      return computeFcose(job.input);
    case 'concentric':
      return concentricPositions(job.graph);
    case 'sector':
      return sectorLayout(job.graph);
    case 'breadthfirst':
      return breadthfirstPositions(job.graph, job.root);
  }
}

/** How many nodes a job lays out, for messages. */
export const jobSize = (job: LayoutJob): number => (job.name === 'fcose' ? job.input.nodes.length : job.graph.nodes.length);
