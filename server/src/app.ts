import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Logger } from 'pino';
import { createAuthenticator, dbTokenStore } from './auth/authenticator.ts';
import type { ReadAccess } from './config.ts';
import type { Db } from './db/tx.ts';
import { createRequestContext } from './graphql/context.ts';
import { createFastPath, useHandedOnResult, type FastPath, type Handoff } from './graphql/fastPath.ts';
import { logLevelOf } from './graphql/errors.ts';
import { maskError } from './graphql/maskError.ts';
import { schema } from './graphql/schema.ts';
import { useBadUserInput } from './graphql/useBadUserInput.ts';
import { useCompiledExecution } from './graphql/useCompiledExecution.ts';
import { useBodyLimit } from './security/bodyLimit.ts';
import { createClientIdentity } from './security/clientIdentity.ts';
import { corsFor } from './security/cors.ts';
import { useCsrfPrevention } from './security/csrf.ts';
import { DEFAULT_MANIFEST } from './security/extractOperations.ts';
import { useSecurityHeaders, WEB_APP_HEADERS } from './security/headers.ts';
import { silentLogger, yogaLogger } from './security/logger.ts';
import { readManifest } from './security/operationManifest.ts';
import { DEFAULT_LIMITS, DEFAULT_SECURITY, type SecurityOptions } from './security/options.ts';
import { usePersistedOperations } from './security/persistedOperations.ts';
import { RateLimiter, useRateLimit } from './security/rateLimit.ts';
import { REQUEST_ID_HEADER, requestIdOf, useRequestTracking } from './security/requestLog.ts';
import { useWellFormedRequests } from './security/requestShape.ts';
import { useQueryLimits } from './security/useQueryLimits.ts';
import { createStaticHandler } from './static.ts';

export interface AppOptions {
  db: Db;
  /** The built web app (web/dist); omit to serve the API alone. */
  webDist?: string;
  /** The structured log (pino); silent by default, as tests want. */
  logger?: Logger;
  /** READ_ACCESS: public (default) or token (every /graphql request needs a valid API token). */
  readAccess?: ReadAccess;
  /** Limits, rate limit, CORS, persisted operations (security/options.ts); defaults where left out. */
  security?: Partial<SecurityOptions>;
  /** Answer the web app's own queries past Yoga's pipeline (graphql/fastPath.ts); on unless false. */
  fastPath?: boolean;
}

const isDev = () => process.env.NODE_ENV === 'development';

/** The GraphQL API: /graphql (GraphiQL in a browser), /health (alive) and /ready (the database answers). */
export function createApp({ db, logger = silentLogger(), readAccess = 'public', security = {}, fastPath = true }: AppOptions) {
  const options = { ...DEFAULT_SECURITY, ...security };
  const limits = { ...DEFAULT_LIMITS, ...security.limits };
  // One authenticator (and one token cache) for the context and the rate limits.
  const authenticate = createAuthenticator(dbTokenStore(db));
  const client = createClientIdentity(authenticate, options.trustProxy);
  const context = createRequestContext(db, readAccess, authenticate);
  const documents = persistedDocuments(options);
  // One limiter for Yoga and the fast path; a request the fast path counted and then handed on is not counted twice.
  const rateLimiter = options.rateLimitPerMinute > 0 ? new RateLimiter(options.rateLimitPerMinute) : null;
  const handoffOf = (serverContext: object) => handoffs.get((serverContext as { req?: object }).req ?? serverContext);
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: options.graphiql ? { title: 'Stakeholder Atlas API' } : false,
    context,
    maskedErrors: { maskError },
    logging: yogaLogger(logger, logLevelOf),
    cors: corsFor(options.corsOrigins),
    // No file uploads: multipart bodies are refused like other form posts (see csrf.ts).
    multipart: false,
    // useBodyLimit is the limit (with the size and the limit for the caller's role, streamed bodies too).
    maxRequestBodySize: false,
    plugins: [
      useRequestTracking(logger, isDev(), (serverContext) => handoffOf(serverContext)?.startedAt),
      useSecurityHeaders(),
      useRateLimit(rateLimiter, client.clientOf, (serverContext) => handoffOf(serverContext)?.counted === true),
      useCsrfPrevention(),
      useWellFormedRequests(),
      useBodyLimit({ ...limits, isEditor: client.isEditor }),
      usePersistedOperations(options.persistedOperations, documents),
      useQueryLimits(limits),
      useBadUserInput(),
      useCompiledExecution(),
      useHandedOnResult((context) => handoffOf(context)?.result),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await db.driver.getServerInfo();
        },
      }),
    ],
  });
  if (fastPath && documents.size > 0) {
    fastPaths.set(
      yoga,
      createFastPath({
        schema,
        documents,
        limits,
        corsOrigins: options.corsOrigins,
        context: (request) => context({ request }),
        admit: async (request, req) => !rateLimiter || rateLimiter.take(await client.clientOf(request, { req })).allowed,
        logger,
      }),
    );
  }
  return yoga;
}

/** Each app's fast path, where it has one (a manifest to serve, and not turned off). */
const fastPaths = new WeakMap<object, FastPath>();

/** What the fast path handed to Yoga with each request it began (by Node request; Yoga's server context holds it as `req`). */
const handoffs = new WeakMap<object, Handoff>();

/**
 * The body the fast path read, as @whatwg-node/server takes a body already read from `req.body`:
 * an async iterable (a Buffer there would cost it one object key per byte).
 */
const replayBody = (body: Buffer) => ({
  body,
  async *[Symbol.asyncIterator]() {
    yield body;
  },
});

/** The manifest's documents: required with mode `only`; otherwise used for hashes if it is there. */
function persistedDocuments({ persistedOperations, persistedOperationsFile }: Pick<SecurityOptions, 'persistedOperations'> & { persistedOperationsFile?: string }) {
  const file = persistedOperationsFile ?? DEFAULT_MANIFEST;
  if (persistedOperations === 'only') return readManifest(file);
  return existsSync(file) ? readManifest(file) : new Map<string, string>();
}

export type App = ReturnType<typeof createApp>;

const API_PATHS = ['/graphql', '/health', '/ready'];

/**
 * The most a request's line and headers may hold: 128 KiB, not Node's 16 KiB, because the explorer
 * keeps its view in the address (`/?view=…`), and a canvas of a few hundred nodes passes 16 KiB; a
 * reload then failed with a bare HTTP 431. The web app keeps its addresses below this
 * (MAX_VIEW_CODE in web/src/features/explore/share/viewCodec.ts). A slow client may hold that much
 * for HEADERS_TIMEOUT_MS at most.
 */
export const MAX_HEADER_BYTES = 128 * 1024;
const HEADERS_TIMEOUT_MS = 20_000;

const plainResponse = (status: string, text: string) =>
  `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`;

/** How long a connection whose request could not be read stays open for its answer to be read. */
const CLIENT_ERROR_LINGER_MS = 1_000;

/**
 * What a client whose request could not be read gets, as Node answers it (a listener replaces
 * Node's own handling): nothing while a response is part way out on that connection, else 431
 * (with a sentence, for an address too long), 413, 408 or 400. The answer goes out with the end of
 * the connection, which is then closed a moment later: closed at once, while the client is still
 * sending a long address, the reset could reach it before the answer.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: { _headerSent?: boolean } | null }): void {
  if (!socket.writable || socket._httpMessage?._headerSent) {
    socket.destroy();
    return;
  }
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      socket.end(plainResponse('431 Request Header Fields Too Large', `The address (with its headers) is longer than this server reads (${MAX_HEADER_BYTES / 1024} KiB). Open the atlas at / instead; a view this large is kept as a saved view, not in a link.\n`));
      break;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      socket.end(plainResponse('413 Payload Too Large', "The request's chunk extensions are too large.\n"));
      break;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      socket.end(plainResponse('408 Request Timeout', 'The request took too long to arrive.\n'));
      break;
    default:
      socket.end(plainResponse('400 Bad Request', 'The request could not be read as HTTP.\n'));
  }
  setTimeout(() => socket.destroy(), CLIENT_ERROR_LINGER_MS).unref();
}

/** One HTTP server on one port: the API, and the web app for every other path. */
export function createHttpServer(options: AppOptions, app: App = createApp(options)): Server {
  const logger = options.logger ?? silentLogger();
  const serveStatic = options.webDist ? createStaticHandler(options.webDist) : null;
  const fastPath = fastPaths.get(app);
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, headersTimeout: HEADERS_TIMEOUT_MS }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!serveStatic || API_PATHS.some((api) => path === api || path.startsWith(`${api}/`))) {
      if (fastPath && path === '/graphql') {
        fastPath(req, res, (handoff) => {
          if (handoff) {
            handoffs.set(req, handoff);
            if (handoff.body) (req as IncomingMessage & { body?: unknown }).body = replayBody(handoff.body);
          }
          void app(req, res);
        });
      } else void app(req, res);
      return;
    }
    // The web app's files: a request id and a debug line each (the API logs its own at info).
    const reqId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    const startedAt = performance.now();
    res.setHeader(REQUEST_ID_HEADER, reqId);
    res.once('finish', () => logger.debug({ reqId, method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - startedAt) }, 'static'));
    serveStatic(req, res).catch((error: unknown) => {
      logger.error({ reqId, err: error }, 'static file failed');
      if (!res.headersSent) res.writeHead(500, WEB_APP_HEADERS).end();
    });
  });
  server.on('clientError', answerClientError);
  return server;
}
