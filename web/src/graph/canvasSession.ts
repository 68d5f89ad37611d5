import type { Core, Position } from 'cytoscape';

/**
 * The link between the explorer's state (which outlives the canvas: it lives above the pages) and the
 * Cytoscape instance of the moment. Positions are remembered when the canvas goes away (another page)
 * so coming back, undoing or reopening a view puts nodes where they were rather than laying out again.
 */
export interface CanvasSession {
  cy: Core | null;
  memory: Map<string, Position>;
}

export const createCanvasSession = (): CanvasSession => ({ cy: null, memory: new Map() });

/** Every node's position: from the live canvas when there is one, else as last remembered. */
export function readPositions(session: CanvasSession): Record<string, Position> {
  const { cy } = session;
  if (!cy) return Object.fromEntries(session.memory);
  const positions: Record<string, Position> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x, y };
  });
  return positions;
}

/** Positions rounded to whole model units: a URL carries them, and nobody sees a tenth of a pixel. */
export function roundPositions(positions: Record<string, Position>): Record<string, Position> {
  return Object.fromEntries(Object.entries(positions).map(([id, { x, y }]) => [id, { x: Math.round(x), y: Math.round(y) }]));
}

export function detachCanvas(session: CanvasSession, cy: Core): void {
  if (session.cy !== cy) return;
  session.memory = new Map(Object.entries(readPositions(session)));
  session.cy = null;
}
