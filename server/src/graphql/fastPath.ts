import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import {
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { CoercedVariableValues } from 'graphql-jit/dist/variables';
import type { Logger } from 'pino';
import type { HasHeaders } from '../security/clientIdentity.ts';
import { mediaTypeOf } from '../security/csrf.ts';
import { API_HEADERS } from '../security/headers.ts';
import { canonicalDocument, sha256 } from '../security/operationManifest.ts';
import type { QueryLimits } from '../security/options.ts';
import { operationCost } from '../security/queryCost.ts';
import { maxAliasesRule, maxDepthRule } from '../security/queryShape.ts';
import { logRequest, REQUEST_ID_HEADER, requestIdOf } from '../security/requestLog.ts';
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
 * It answers only what it can answer exactly as Yoga would, and hands everything else to Yoga
 * untouched, so Yoga stays the one place for every error and every unusual request:
 *  - a POST to /graphql with an uncompressed JSON body of known length, within the readers' body
 *    limit, from no other origin when CORS is configured, accepting JSON (not a stream);
 *  - a query of the manifest (by its text, or Apollo's `extensions.persistedQuery.sha256Hash`)
 *    that passes the query limits (tokens, depth and aliases checked once, at its first request);
 *  - variables that coerce (graphql-jit's compiled coercion, which the compiled query applies
 *    itself) and a cost within the limit, computed from them as Yoga's path computes it;
 *  - a caller the context accepts (a valid token or none, as READ_ACCESS asks) and the rate limit
 *    lets through;
 *  - and an answer without errors. A result with errors (an unknown id: NOT_FOUND) is thrown away
 *    and the request goes to Yoga, which runs it again and shapes, masks and logs the errors. Only
 *    queries come here, so running one twice changes nothing.
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
  /** Marks a request the fast path has counted against the rate limit, so Yoga does not count it again if it is handed on. */
  counted(req: IncomingMessage): void;
  logger: Logger;
}

/** Hands the request to Yoga; `body` is the body the fast path already read from the stream. */
export type ToYoga = (body?: Buffer) => void;

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
    mediaTypeOf(req.headers['content-type'] ?? null) === 'application/json' &&
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
  query: string;
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
    const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
    const keys = extensions && typeof extensions === 'object' ? Object.keys(extensions) : [];
    if (keys.length !== 1 || keys[0] !== 'persistedQuery' || typeof hash !== 'string' || query) return null;
    text = documents.get(hash);
  }
  if (typeof text !== 'string') return null;
  return { query: text, variables: (variables ?? {}) as Record<string, unknown>, operationName: operationName ?? undefined };
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

  async function answer(req: IncomingMessage, res: ServerResponse, body: Buffer, startedAt: number, toYoga: ToYoga): Promise<void> {
    const params = paramsOf(body, documents);
    const entry = params && prepare(params.query);
    if (!params || !entry || (params.operationName !== undefined && params.operationName !== entry.name)) return toYoga(body);
    const mediaType = answeredMediaType(req.headers.accept);
    if (!mediaType) return toYoga(body);
    // Coerced as the compiled query will coerce them (graphql-js's rules, compiled: ~1 µs against
    // graphql-js's ~30). Variables that do not coerce go to Yoga, whose BAD_USER_INPUT names them.
    const coerced = entry.coerce(params.variables);
    if (failToParseVariables(coerced)) return toYoga(body);
    if (operationCost(schema, entry.operation, entry.fragments, coerced.coerced) > limits.maxCost) return toYoga(body);
    const request = headerOf(req);
    let context: Context;
    try {
      context = await options.context(request);
    } catch {
      return toYoga(body);
    }
    if (!(await options.admit(request, req))) return toYoga(body);
    // From here the request has been counted: if it goes to Yoga after all, Yoga must not count it again.
    options.counted(req);
    const result = await entry.compiled.query(undefined, context, params.variables);
    if (result.errors?.length) return toYoga(body);
    const json = Buffer.from(entry.compiled.stringify(result));
    const reqId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    res.writeHead(200, {
      ...API_HEADERS,
      'content-type': `${mediaType}; charset=utf-8`,
      'content-length': json.length,
      [REQUEST_ID_HEADER]: reqId,
    });
    res.end(json);
    logRequest(logger, {
      reqId,
      method: 'POST',
      path: '/graphql',
      ...(entry.name ? { operation: entry.name } : {}),
      status: 200,
      ms: Math.round(performance.now() - startedAt),
      fast: true,
    });
  }

  return function handle(req: IncomingMessage, res: ServerResponse, toYoga: ToYoga): void {
    if (!eligible(req, options)) return toYoga();
    const startedAt = performance.now();
    readBody(req).then(
      (body) =>
        answer(req, res, body, startedAt, toYoga).catch((error: unknown) => {
          // Not expected (the compiled query catches its resolvers' errors); Yoga answers, as it would have.
          logger.warn({ err: error }, 'fast path: handed to Yoga after an unexpected error');
          if (!res.headersSent) toYoga(body);
        }),
      (error: unknown) => logger.debug({ err: error }, 'fast path: the request body did not arrive'),
    );
  };
}

export type FastPath = ReturnType<typeof createFastPath>;
