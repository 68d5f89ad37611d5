import { lazyNamed } from '../../ui/lazyNamed.ts';

/**
 * The Cytoscape canvas (Cytoscape and fCoSE, ~170 kB gzipped) in its own chunk, so the explorer's
 * shell (header, search, side panel, empty state) is on screen before it arrives.
 */
export const GraphCanvas = lazyNamed(() => import('../../graph/GraphCanvas.tsx'), 'GraphCanvas');
