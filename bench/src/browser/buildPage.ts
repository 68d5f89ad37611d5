import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PAGE_DIR = path.resolve(here, '../../browser/page');
const SCHEMA_SOURCE = path.resolve(here, '../../../schema/src/index.ts');

/**
 * Builds the benchmark page with Vite, as the web app is built (production mode, minified, the
 * layout worker bundled as the app bundles it), into a temporary folder; returns that folder.
 */
export async function buildPage(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-browser-bench-'));
  await build({
    root: PAGE_DIR,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    base: './',
    resolve: { alias: { '@atlas/schema': SCHEMA_SOURCE } },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}
