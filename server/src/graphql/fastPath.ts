import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import {
  getOperationAST,
  type ExecutionResult,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { CoercedVariableValues } from 'graphql-jit/dist/variables';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { HasHeaders } from '../security/clientIdentity.ts';
import { API_HEADERS } from '../security/headers.ts';
import { canonicalDocument, sha256 } from '../security/operationManifest.ts';
import type { QueryLimits } from '../security/options.ts';
import { operationCost } from '../security/queryCost.ts';
import { maxAliasesRule, maxDepthRule } from '../security/queryShape.ts';
import { logRequest, operationNameOf, REQUEST_ID_HEADER, requestIdOf } from '../security/requestLog.ts';
import { fragmentsOf } from '../security/selections.ts';
import { countTokens } from '../security/tokens.ts';
import type { Context } from './context.ts';

// graphql-jit's compiled variable coercion is not exported from its entry point, and its separate
// ESM files do not load (extensionless imports), so it comes from the CommonJS build, which shares
// the `graphql` instance the rest of the server uses (graphql's package has no ESM entry for Node).
const { compileVariableParsing, failToParseVariables } = createRequire(import.meta.url)('graphql-jit/dist/variables') as typeof import('graphql-jit/dist/variables');

/**
 * The fast path: the web app's own queries (the persisted operations of the manifest), answered
 * without Yoga's request pipeline, which costs ~0.4–0.6 ms of CPU a request on this kind of
 * machine: a third of a depth-1 neighbourhood's time in the API process (bench/README.md).
 *
 * It answers only what it can answer exactly as Yoga would, and hands everything else to Yoga,
 * so Yoga stays the one place for every error and every unusual request:
 *  - a POST to /graphql with an uncompressed JSON body of known length (a Content-Type Yoga's
 *    JSON parser takes), within the readers' body limit, from no other origin when CORS is
 *    configured, from a caller within the rate limit (checked first, as Yoga checks it, before
 *    the body is read; a request over it goes to Yoga untouched, for its 429);
 *  - a query of the manifest (by its text, or Apollo's `extensions.persistedQuery.sha256Hash`)
 *    that passes the query limits (tokens, depth and aliases checked once per text), accepting
 *    JSON (not a stream);
 *  - variables that coerce (graphql-jit's compiled coercion, which the compiled query applies
 *    itself) and a cost within the limit, computed from them as Yoga's path computes it;
 *  - a caller the context accepts (a valid token or none, as READ_ACCESS asks);
 *  - and an answer without errors. A result with errors (an unknown id: NOT_FOUND; the database
 *    in trouble) goes to Yoga with the request, and Yoga's execution returns it instead of running
 *    the query again (useHandedOnResult), so Yoga shapes, masks and logs the errors.
 * Whatever goes to Yoga after being counted is not counted again, and its log line's duration
 * starts when the fast path started.
 * The answer is what Yoga sends: the same JSON (graphql-jit, as useCompiledExecution), status 200,
 * the media type Yoga would pick from Accept, the API's security headers, the request id and the
 * same log line (marked `fast`). tests/integration/fastPath.test.ts compares the two for every web app query.
 */

/** What the fast path needs of the app; createApp builds it from the same objects Yoga's plugins use. */
export interface FastPathOptions {
  schema: GraphQLSchema;
  /** The manifest: sha256 of each operation's canonical document → the document. */
  documents: ReadonlyMap<string, string>;
  limits: Pick<QueryLimits, 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxTokens' | 'maxBodyBytes'>;
  /** Origins allowed by CORS; when there are any, a request naming an origin goes to Yoga. */
  corsOrigins: readonly string[];
  /** The request's context, as Yoga's context factory makes it; throws where Yoga would refuse (401). */
  context(request: HasHeaders): Promise<Context>;
  /** Takes one request from the caller's rate limit; false when over it (Yoga then answers 429). */
  admit(request: HasHeaders, req: IncomingMessage): Promise<boolean>;
  logger: Logger;
}

/** What the fast path hands to Yoga with a request it does not answer itself. */
export interface Handoff {
  /** When the fast path started on the request (for the log line's duration). */
  startedAt: number;
  /** Counted against the rate limit already: Yoga must not count it again. */
  counted: boolean;
  /** The body, already read from the stream. */
  body?: Buffer;
  /** The compiled query's result, which had errors: Yoga uses it instead of running the query again. */
  result?: ExecutionResult;
}

/** Hands the request to Yoga, with what the fast path learned of it; with nothing when it has not touched the request. */
export type ToYoga = (handoff?: Handoff) => void;

interface Prepared {
  compiled: CompiledQuery;
  /** graphql-jit's compiled coercion of the operation's variables: what the compiled query runs itself. */
  coerce: (variables: Record<string, unknown>) => CoercedVariableValues;
  operation: OperationDefinitionNode;
  fragments: ReturnType<typeof fragmentsOf>;
  name: string | undefined;
}

/** How many query texts the fast path remembers (as laneable or not): bounded, whatever clients send. */
const MAX_TEXTS = 1_000;

/** The media types of an Accept header the fast path answers, as Yoga reads them (accept.js). */
const REGULAR = ['application/graphql-response+json', 'application/json'];
const ANSWERED_ACCEPTS = new Set(['*/*', 'application/*', ...REGULAR]);

const matches = (offered: string, asked: string) => {
  const [askedType, askedSub] = asked.split('/');
  const [type, sub] = offered.split('/');
  return (askedType === '*' || askedType === type) && (askedSub === '*' || askedSub === sub);
};

/**
 * The media type Yoga's result processor picks for a plain result, or null when the header asks
 * for anything else (a stream, another charset): Yoga answers those. Yoga reads the header's
 * types in reverse and the last match wins; between its two JSON types, application/json is the
 * later, so a wildcard gets application/json.
 */
export function answeredMediaType(accept: string | undefined): string | null {
  const asked = (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',');
  let chosen: string | null = null;
  for (const entry of asked.reverse()) {
    const [type, ...params] = entry.split(';');
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8';
    if (charset !== 'charset=utf-8') continue;
    if (!type || !ANSWERED_ACCEPTS.has(type)) return null;
    for (const offered of REGULAR) if (matches(offered, type)) chosen = offered;
  }
  return chosen;
}

/** A Node request's headers, read as a fetch Request's are (what the context and the rate limit read). */
const headerOf = (req: IncomingMessage): HasHeaders => ({
  headers: {
    get(name: string): string | null {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  },
});

/** Whether Yoga's JSON parser takes the body (its `isContentTypeMatch`: exactly this type, parameters allowed). */
const isJson = (contentType: string | undefined) => {
  const first = contentType?.split(',')[0];
  return first === 'application/json' || first?.startsWith('application/json;') === true;
};

/** Whether the request is one the fast path may read at all; anything else goes to Yoga with its stream untouched. */
function eligible(req: IncomingMessage, options: FastPathOptions): boolean {
  const length = req.headers['content-length'];
  return (
    req.method === 'POST' &&
    req.url === '/graphql' &&
    length !== undefined &&
    /^\d+$/.test(length) &&
    Number(length) > 0 &&
    Number(length) <= options.limits.maxBodyBytes &&
    req.headers['transfer-encoding'] === undefined &&
    req.headers['content-encoding'] === undefined &&
    isJson(req.headers['content-type']) &&
    !(options.corsOrigins.length > 0 && req.headers.origin !== undefined)
  );
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

interface Params {
  /** The document to run: the one sent, or the manifest's for a hash. */
  query: string;
  /** The document as sent (none for a hash), which names the operation in the log as Yoga names it. */
  sent: string | undefined;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

/** The GraphQL parameters of a JSON body, or null when they are anything but plain (Yoga then judges them). */
function paramsOf(body: Buffer, documents: ReadonlyMap<string, string>): Params | null {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const { query, variables, operationName, extensions, ...rest } = json as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  let text = query;
  if (extensions !== undefined) {
    // Apollo Client sends `clientLibrary` (its name and version), which nothing on the server reads.
    if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return null;
    const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
    if (persisted !== undefined) {
      if (typeof persisted?.sha256Hash !== 'string' || query) return null;
      text = documents.get(persisted.sha256Hash);
    }
  }
  if (typeof text !== 'string') return null;
  return { query: text, sent: typeof query === 'string' ? query : undefined, variables: (variables ?? {}) as Record<string, unknown>, operationName: operationName ?? undefined };
}

/**
 * Builds the fast path. Returns the handler for createHttpServer: it answers the request, or hands
 * it to Yoga through `toYoga`.
 */
export function createFastPath(options: FastPathOptions) {
  const { schema, documents, limits, logger } = options;
  const rules = [...specifiedRules, maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)];
  // Longer texts are not one of the manifest's documents in any spelling; they are neither parsed nor remembered here.
  const maxText = 4 * Math.max(4_096, ...[...documents.values()].map((document) => document.length));
  /**
   * Query text → what runs it, or null when the fast path leaves that text to Yoga. Per text, not
   * per operation: each spelling is checked against the limits as Yoga checks it, and the fields
   * Apollo Client adds (`__typename`) must be in the answer.
   */
  const prepared = new Map<string, Prepared | null>();

  /** The compiled query for a text, when it is a manifest query within the limits that compiles; else null. */
  function prepare(text: string): Prepared | null {
    if (text.length > maxText) return null;
    let entry = prepared.get(text);
    if (entry !== undefined) return entry;
    entry = null;
    if (countTokens(text) <= limits.maxTokens) {
      try {
        const document = parse(text);
        const operation = getOperationAST(document);
        if (operation?.operation === 'query' && documents.has(sha256(canonicalDocument(document))) && validate(schema, document, rules).length === 0) {
          const compiled = compileQuery(schema, document);
          if (isCompiledQuery(compiled)) {
            const coerce = compileVariableParsing(schema, operation.variableDefinitions ?? []);
            entry = { compiled, coerce, operation, fragments: fragmentsOf(document.definitions), name: operation.name?.value };
          }
        }
      } catch {
        entry = null; // a syntax error: Yoga says where
      }
    }
    if (prepared.size >= MAX_TEXTS) prepared.clear();
    prepared.set(text, entry);
    return entry;
  }

  async function answer(req: IncomingMessage, res: ServerResponse, request: HasHeaders, body: Buffer, startedAt: number, toYoga: ToYoga): Promise<void> {
    const handOn = (result?: ExecutionResult) => toYoga({ startedAt, counted: true, body, ...(result ? { result } : {}) });
    const params = paramsOf(body, documents);
    const entry = params && prepare(params.query);
    if (!params || !entry || (params.operationName !== undefined && params.operationName !== entry.name)) return handOn();
    const mediaType = answeredMediaType(req.headers.accept);
    if (!mediaType) return handOn();
    // Coerced as the compiled query will coerce them (graphql-js's rules, compiled: ~1 µs against
    // graphql-js's ~30). Variables that do not coerce go to Yoga, whose BAD_USER_INPUT names them.
    const coerced = entry.coerce(params.variables);
    if (failToParseVariables(coerced)) return handOn();
    if (operationCost(schema, entry.operation, entry.fragments, coerced.coerced) > limits.maxCost) return handOn();
    let context: Context;
    try {
      context = await options.context(request);
    } catch {
      return handOn();
    }
    const result = await entry.compiled.query(undefined, context, params.variables);
    // Errors are Yoga's to shape, mask, log and give a status: it takes this result instead of running the query again.
    if (result.errors?.length) return handOn(result);
    const json = Buffer.from(entry.compiled.stringify(result));
    const reqId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    res.writeHead(200, {
      ...API_HEADERS,
      'content-type': `${mediaType}; charset=utf-8`,
      'content-length': json.length,
      [REQUEST_ID_HEADER]: reqId,
    });
    res.end(json);
    const operation = operationNameOf(params);
    logRequest(logger, {
      reqId,
      method: 'POST',
      path: '/graphql',
      ...(operation ? { operation } : {}),
      status: 200,
      ms: Math.round(performance.now() - startedAt),
      fast: true,
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse, toYoga: ToYoga): Promise<void> {
    const startedAt = performance.now();
    const request = headerOf(req);
    // The rate limit first, as Yoga checks it before reading anything: a client over its limit
    // costs no more than Yoga's 429 (which Yoga answers, from a stream it finds untouched).
    if (!(await options.admit(request, req))) return toYoga();
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      logger.debug({ err: error }, 'fast path: the request body did not arrive');
      return;
    }
    try {
      await answer(req, res, request, body, startedAt, toYoga);
    } catch (error) {
      // Not expected (the compiled query catches its resolvers' errors); Yoga answers, as it would have.
      logger.warn({ err: error }, 'fast path: handed to Yoga after an unexpected error');
      if (!res.headersSent) toYoga({ startedAt, counted: true, body });
    }
  }

  return function fastPath(req: IncomingMessage, res: ServerResponse, toYoga: ToYoga): void {
    if (!eligible(req, options)) return toYoga();
    handle(req, res, toYoga).catch((error: unknown) => {
      // Only the rate limit's check is outside handle's own guards, and it catches its own errors:
      // should anything still throw before the body is read, Yoga answers the untouched request.
      logger.warn({ err: error }, 'fast path: handed to Yoga after an unexpected error');
      if (!res.headersSent && !req.readableEnded) toYoga();
    });
  };
}

export type FastPath = ReturnType<typeof createFastPath>;

/**
 * For Yoga: a request the fast path ran and handed on (its result had errors) is not run again;
 * Yoga's execution returns that result, and Yoga's hooks shape, mask and log its errors as if it
 * had run the query itself (the same compiled query, so the same result). After graphql-jit's
 * plugin, so this executor is the one that runs.
 */
export function useHandedOnResult(resultOf: (context: object) => ExecutionResult | undefined): Plugin {
  return {
    onExecute({ args, setExecuteFn }) {
      const result = resultOf((args.contextValue ?? {}) as object);
      if (result) setExecuteFn(() => result);
    },
  };
}
