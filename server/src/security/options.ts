/**
 * The API's protective settings, with defaults every operation the web app sends passes.
 * config.ts fills them from the environment; createApp takes them (tests pass their own).
 */

export interface QueryLimits {
  /** Deepest field nesting (introspection not counted). */
  maxDepth: number;
  /** Highest cost: each field 1, a list field's selections times its `first`/`limit` (see queryCost.ts). */
  maxCost: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most lexical tokens in one document (names, punctuation, values). */
  maxTokens: number;
  /** Largest request body for readers, in bytes. */
  maxBodyBytes: number;
  /** Largest request body for editors and admins, who may send imports, in bytes. */
  maxEditorBodyBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 30,
  maxTokens: 5_000,
  maxBodyBytes: 1_000_000,
  // 64 MiB: a typical upload at importData's own limit (50 MiB of text) still fits with its JSON escaping (a
  // quote-heavy CSV or non-Latin text grows more), so that limit's message is the one an editor usually sees.
  maxEditorBodyBytes: 64 * 1024 * 1024,
};

export type PersistedOperationsMode = 'off' | 'only';

export interface SecurityOptions {
  limits: QueryLimits;
  /** Requests per minute per client (token, else IP address); 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy you trust). */
  trustProxy: boolean;
  /** Origins allowed to call the API from a browser (CORS); empty means none but our own. */
  corsOrigins: string[];
  /** off: any operation runs; only: only the web app's operations (the manifest) run. */
  persistedOperations: PersistedOperationsMode;
  /** The manifest of persisted operations (hash -> document), read when the mode is `only`. */
  persistedOperationsFile: string;
  /** Serve GraphiQL on GET /graphql for browsers. */
  graphiql: boolean;
}

export const DEFAULT_SECURITY: Omit<SecurityOptions, 'persistedOperationsFile'> & { persistedOperationsFile?: string } = {
  limits: DEFAULT_LIMITS,
  // Off unless configured: config.ts turns it on for the real server; tests that want it pass it.
  rateLimitPerMinute: 0,
  trustProxy: false,
  corsOrigins: [],
  persistedOperations: 'off',
  graphiql: true,
};

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
