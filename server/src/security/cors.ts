import type { YogaServerOptions } from 'graphql-yoga';

type CorsOption = NonNullable<YogaServerOptions<object, object>['cors']>;

/** The headers a browser on an allowed origin may send. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-request-id'];

/**
 * CORS for Yoga: closed (no Access-Control-Allow-Origin at all) unless ATLAS_CORS_ORIGINS lists
 * origins; then only a request from one of them gets the header, naming that origin (never `*`,
 * never `null`). No credentials: the API authenticates by bearer token, not by cookie.
 */
export function corsFor(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: ['x-request-id', 'retry-after'],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** Checks one ATLAS_CORS_ORIGINS entry: an origin is scheme, host and port, with no path. */
export function parseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}
