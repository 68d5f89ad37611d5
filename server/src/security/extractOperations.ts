import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kind, type DocumentNode } from 'graphql';
import { REPO_ROOT } from '../config.ts';
import { manifestEntry, type OperationManifest } from './operationManifest.ts';

/** Where the web app keeps its operations: `*.queries.ts` files in its feature folders. */
export const WEB_SOURCE = path.join(REPO_ROOT, 'web/src');
export const DEFAULT_MANIFEST = path.join(REPO_ROOT, 'web/dist/persisted-operations.json');

const isOperationDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' &&
  value !== null &&
  (value as DocumentNode).kind === Kind.DOCUMENT &&
  (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION);

/** Every operation the web app's `*.queries.ts` modules export, as manifest entries sorted by name. */
export async function webOperations(root: string = WEB_SOURCE): Promise<OperationManifest['operations']> {
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.queries.ts')).sort();
  const byId = new Map<string, OperationManifest['operations'][number]>();
  for (const file of files) {
    const exports = (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (!isOperationDocument(value)) continue;
      const entry = manifestEntry(value);
      byId.set(entry.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Writes the manifest of the web app's operations; returns how many it holds. */
export async function extractOperations(file: string = DEFAULT_MANIFEST): Promise<number> {
  const manifest: OperationManifest = { format: 'apollo-persisted-query-manifest', version: 1, operations: await webOperations() };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest.operations.length;
}

// npm run operations:extract [-- <file>]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = path.resolve(process.argv[2] ?? DEFAULT_MANIFEST);
  extractOperations(file).then(
    (count) => console.log(`Wrote ${count} persisted operations to ${path.relative(process.cwd(), file)}`),
    (error: unknown) => {
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
