import { GraphQLError, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { canonicalDocument, sha256 } from './operationManifest.ts';
import type { PersistedOperationsMode } from './options.ts';

const notFound = (hash: string) =>
  new GraphQLError(
    `PersistedQueryNotFound: no persisted operation has the hash ${hash}. Send the document in "query", or rebuild the manifest (npm run build) if this is the web app.`,
    { extensions: { code: 'NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } } },
  );

const notPersisted = () =>
  new GraphQLError(
    'Only the web app’s own operations run on this server (ATLAS_PERSISTED_OPERATIONS=only), and this is not one of them. Send one of the manifest’s documents, or its hash in extensions.persistedQuery.sha256Hash.',
    { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
  );

interface PersistedQueryExtension {
  persistedQuery?: { version?: number; sha256Hash?: unknown };
}

/**
 * Persisted operations (manifest: operationManifest.ts). A client may send the hash in Apollo's
 * format, `extensions.persistedQuery.sha256Hash`, instead of the document; with mode `only`, a
 * document runs only when it is one of the manifest's (compared in canonical form, so Apollo
 * Client's added `__typename` fields do not matter), and anything else is FORBIDDEN.
 */
export function usePersistedOperations(mode: PersistedOperationsMode, documents: ReadonlyMap<string, string>): Plugin {
  const checked = new WeakMap<DocumentNode, boolean>();
  const isPersisted = (document: DocumentNode) => {
    let known = checked.get(document);
    if (known === undefined) {
      known = documents.has(sha256(canonicalDocument(document)));
      checked.set(document, known);
    }
    return known;
  };
  return {
    onParams({ params, setParams }) {
      const hash = (params.extensions as PersistedQueryExtension | undefined)?.persistedQuery?.sha256Hash;
      if (typeof hash !== 'string' || params.query) return;
      const document = documents.get(hash);
      if (!document) throw notFound(hash);
      setParams({ ...params, query: document });
    },
    onParse() {
      if (mode !== 'only') return undefined;
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error || result === null) return;
        if (!isPersisted(result as DocumentNode)) replaceParseResult(notPersisted());
      };
    },
  };
}
