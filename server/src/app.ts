import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Logger } from 'pino';
import { createAuthenticator, dbTokenStore } from './auth/authenticator.ts';
import type { ReadAccess } from './config.ts';
import type { Db } from './db/tx.ts';
import { createRequestContext } from './graphql/context.ts';
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
import { useRateLimit } from './security/rateLimit.ts';
import { REQUEST_ID_HEADER, requestIdOf, useRequestTracking } from './security/requestLog.ts';
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
}

const isDev = () => process.env.NODE_ENV === 'development';

/** The GraphQL API: /graphql (GraphiQL in a browser), /health (alive) and /ready (the database answers). */
export function createApp({ db, logger = silentLogger(), readAccess = 'public', security = {} }: AppOptions) {
  const options = { ...DEFAULT_SECURITY, ...security };
  const limits = { ...DEFAULT_LIMITS, ...security.limits };
  // One authenticator (and one token cache) for the context and the rate limits.
  const authenticate = createAuthenticator(dbTokenStore(db));
  const client = createClientIdentity(authenticate, options.trustProxy);
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: options.graphiql ? { title: 'Stakeholder Atlas API' } : false,
    context: createRequestContext(db, readAccess, authenticate),
    maskedErrors: { maskError },
    logging: yogaLogger(logger, logLevelOf),
    cors: corsFor(options.corsOrigins),
    // No file uploads: multipart bodies are refused like other form posts (see csrf.ts).
    multipart: false,
    // useBodyLimit is the limit (with the size and the limit for the caller's role, streamed bodies too).
    maxRequestBodySize: false,
    plugins: [
      useRequestTracking(logger, isDev()),
      useSecurityHeaders(),
      useRateLimit(options.rateLimitPerMinute, client.clientOf),
      useCsrfPrevention(),
      useBodyLimit({ ...limits, isEditor: client.isEditor }),
      usePersistedOperations(options.persistedOperations, persistedDocuments(options)),
      useQueryLimits(limits),
      useBadUserInput(),
      useCompiledExecution(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await db.driver.getServerInfo();
        },
      }),
    ],
  });
}

/** The manifest's documents: required with mode `only`; otherwise used for hashes if it is there. */
function persistedDocuments({ persistedOperations, persistedOperationsFile }: Pick<SecurityOptions, 'persistedOperations'> & { persistedOperationsFile?: string }) {
  const file = persistedOperationsFile ?? DEFAULT_MANIFEST;
  if (persistedOperations === 'only') return readManifest(file);
  return existsSync(file) ? readManifest(file) : new Map<string, string>();
}

export type App = ReturnType<typeof createApp>;

const API_PATHS = ['/graphql', '/health', '/ready'];

/** One HTTP server on one port: the API, and the web app for every other path. */
export function createHttpServer(options: AppOptions, app: App = createApp(options)): Server {
  const logger = options.logger ?? silentLogger();
  const serveStatic = options.webDist ? createStaticHandler(options.webDist) : null;
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!serveStatic || API_PATHS.some((api) => path === api || path.startsWith(`${api}/`))) {
      void app(req, res);
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
}
