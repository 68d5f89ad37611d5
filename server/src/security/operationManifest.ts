import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode } from 'graphql';

/**
 * The persisted operations manifest, in Apollo's format (apollo-persisted-query-manifest): each
 * operation's document and its id, the SHA-256 of that document.
 */
export interface OperationManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: Array<{ id: string; name: string; type: 'query' | 'mutation' | 'subscription'; body: string }>;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const definitionKey = (definition: DefinitionNode) =>
  `${definition.kind === Kind.OPERATION_DEFINITION ? 0 : 1}:${'name' in definition ? (definition.name?.value ?? '') : ''}`;

/**
 * One spelling per operation, whatever a client did to it: `__typename` fields taken out (Apollo
 * Client adds them), the operation first and fragments by name, printed by graphql-js. Two
 * documents that differ only in those ways are the same persisted operation.
 */
export function canonicalDocument(document: DocumentNode): string {
  const withoutTypename = visit(document, {
    Field: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
  });
  const definitions = [...withoutTypename.definitions].sort((a, b) => definitionKey(a).localeCompare(definitionKey(b)));
  return print({ ...withoutTypename, definitions });
}

/** The manifest entry for an operation document. */
export function manifestEntry(document: DocumentNode): OperationManifest['operations'][number] {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || !operation.name) {
    throw new Error('A persisted operation must contain one named operation.');
  }
  const body = canonicalDocument(document);
  return { id: sha256(body), name: operation.name.value, type: operation.operation, body };
}

/** A manifest file's operations; a clear error when it is missing or not a manifest. */
export function readManifestOperations(file: string): OperationManifest['operations'] {
  let manifest: OperationManifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as OperationManifest;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    throw new Error(`Cannot read the persisted operations manifest ${file}: ${reason}. Build it with npm run build (or npm run operations:extract).`);
  }
  if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
    throw new Error(`${file} is not a persisted operations manifest (format apollo-persisted-query-manifest): build it again with npm run operations:extract.`);
  }
  return manifest.operations;
}

/** Documents by id, read from a manifest file (readManifestOperations). */
export function readManifest(file: string): Map<string, string> {
  // Stored ids are checked against the bodies, so an edited manifest cannot smuggle a document in under a known id.
  return new Map(readManifestOperations(file).map((entry) => [sha256(canonicalDocument(parse(entry.body))), entry.body]));
}
