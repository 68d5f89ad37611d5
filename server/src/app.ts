import { createServer, type Server } from 'node:http';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { createAuthenticator } from './auth.ts';
import type { Db } from './db/tx.ts';
import { createContext } from './graphql/context.ts';
import { maskError } from './graphql/maskError.ts';
import { schema } from './graphql/schema.ts';
import { useBadUserInput } from './graphql/useBadUserInput.ts';
import { createStaticHandler } from './static.ts';

export interface AppOptions {
  db: Db;
  /** The built web app (web/dist); omit to serve the API alone. */
  webDist?: string;
  logging?: boolean;
  /** Bearer tokens that make a request an editor's (ATLAS_EDITOR_TOKENS). */
  editorTokens?: readonly string[];
}

/** The GraphQL API: /graphql (GraphiQL in a browser), /health (alive) and /ready (the database answers). */
export function createApp({ db, logging = false, editorTokens = [] }: AppOptions) {
  const authenticate = createAuthenticator(editorTokens);
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'Stakeholder Atlas API' },
    context: ({ request }) => createContext(db, authenticate(request.headers.get('authorization'))),
    maskedErrors: { maskError },
    logging,
    plugins: [
      useBadUserInput(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await db.driver.getServerInfo();
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

const API_PATHS = ['/graphql', '/health', '/ready'];

/** One HTTP server on one port: the API, and the web app for every other path. */
export function createHttpServer(options: AppOptions): Server {
  const app = createApp(options);
  const serveStatic = options.webDist ? createStaticHandler(options.webDist) : null;
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!serveStatic || API_PATHS.some((api) => path === api || path.startsWith(`${api}/`))) {
      void app(req, res);
      return;
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}
