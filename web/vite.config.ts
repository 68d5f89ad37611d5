import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
    // Nothing is lazy yet; splitting the big, rarely changing libraries off only helps caching.
    // Cytoscape alone is ~140 kB gzip, so the graph chunk is over Vite's 500 kB (minified) warning by design.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'graph', test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
