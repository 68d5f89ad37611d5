import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * What the shell needs at once: React and Apollo with their dependencies. Named rather than all of
 * node_modules, as a catch-all group would put a library only a lazy page uses into this chunk, and so
 * into the first download.
 */
const SHELL_LIBRARIES = /node_modules[\\/](react|react-dom|scheduler|@apollo|graphql|graphql-tag|rxjs|optimism|@wry|tslib)[\\/]/;

// The server serves web/dist in production; in `vite dev`, /graphql goes to the server on :4000.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // @atlas/schema is TypeScript source (types and consts only); read it straight from the workspace.
    alias: { '@atlas/schema': fileURLToPath(new URL('../schema/src/index.ts', import.meta.url)) },
  },
  server: {
    // ATLAS_API_URL points dev at another server (a mock, a remote demo); the default is `npm run dev`'s.
    proxy: { '/graphql': process.env.ATLAS_API_URL ?? 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The big, rarely changing libraries get chunks of their own, which helps caching. The graph chunk
    // (Cytoscape and fCoSE, ~170 kB gzip, over Vite's 500 kB minified warning by design) is reached only
    // through the canvas's dynamic import (features/explore/lazyGraphCanvas.ts), so index.html does not
    // preload it (issue 8; app/initialBundle.test.ts guards the imports, npm run bench:browser the sizes).
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'graph', test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/, priority: 2 },
            { name: 'vendor', test: SHELL_LIBRARIES, priority: 1 },
          ],
        },
      },
    },
  },
});
