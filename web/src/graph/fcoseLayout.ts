import cytoscape, { type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { clearOfLinks } from './clearOfLinks.ts';
import type { PositionRecord } from './layoutGraph.ts';

cytoscape.use(fcose);

/** fCoSE's forces, the same on the page and in the layout worker. */
export const FORCES = {
  name: 'fcose',
  quality: 'default',
  nodeDimensionsIncludeLabels: false,
  idealEdgeLength: () => 80,
  nodeRepulsion: () => 6500,
  // Without cytoscape-layout-utilities there is nothing to pack with; say so rather than rely on it.
  packComponents: false,
  padding: 60,
} as const;

/** A graph reduced to what fCoSE reads: sizes, links, and where the fixed nodes must stay. */
export interface LayoutInput {
  nodes: Array<{ id: string; w: number; h: number; x: number; y: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
  fixed: Array<{ nodeId: string; position: Position }>;
  /** Start from scratch (a full layout) or from the given positions (settling new nodes). */
  randomize: boolean;
}

export type { PositionRecord };

/** Runs fCoSE on a headless Cytoscape (no rendering, no DOM): the layout worker's whole job, and the fallback without workers. */
export function computeFcose(input: LayoutInput): PositionRecord {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  try {
    const fixed = input.fixed.filter((f) => cy.getElementById(f.nodeId).nonempty());
    const options = { ...FORCES, randomize: input.randomize, animate: false, fit: false, fixedNodeConstraint: fixed.length ? fixed : undefined };
    cy.layout(options as cytoscape.LayoutOptions).run();
    const positions: PositionRecord = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    // Settling new nodes among fixed ones: none is left lying on a link it is not part of.
    if (!input.randomize && fixed.length) {
      const pinned = new Set(fixed.map((f) => f.nodeId));
      clearOfLinks(positions, input.nodes, input.edges, new Set(input.nodes.map((n) => n.id).filter((id) => !pinned.has(id))));
    }
    return positions;
  } finally {
    cy.destroy();
  }
}
