import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live canvas, for the end-to-end test and for poking at it from devtools. */
    __atlasCy?: Core;
  }
}
