import type { Plugin } from 'graphql-yoga';

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** Headers every response carries: no sniffing, no framing, no referrer, no powerful features. */
const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The web app: its own scripts only (Vite emits no inline script), inline styles (Cytoscape and
 * React set style attributes), images from data: and blob: (exports and downloads), and the API
 * on the same origin.
 */
export const WEB_APP_HEADERS: Record<string, string> = {
  ...COMMON,
  'Content-Security-Policy': policy({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'frame-ancestors': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
  }),
};

/** The API's JSON answers: nothing in them may load or run anything. */
export const API_HEADERS: Record<string, string> = {
  ...COMMON,
  'Content-Security-Policy': policy({ 'default-src': "'none'", 'frame-ancestors': "'none'" }),
};

/** Yoga's GraphiQL page loads its code and styles from unpkg and starts with inline scripts; only this page may. */
const GRAPHIQL_CDN = 'https://unpkg.com';
export const GRAPHIQL_HEADERS: Record<string, string> = {
  ...COMMON,
  'Content-Security-Policy': policy({
    'default-src': "'self'",
    'script-src': `'self' 'unsafe-inline' ${GRAPHIQL_CDN}`,
    'style-src': `'self' 'unsafe-inline' ${GRAPHIQL_CDN}`,
    'font-src': `'self' data: ${GRAPHIQL_CDN}`,
    'img-src': "'self' data: https://raw.githubusercontent.com",
    'connect-src': `'self' ${GRAPHIQL_CDN}`,
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'frame-ancestors': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
  }),
};

/** Sets the API's headers on every response of the Yoga app (GraphiQL's on its HTML page). */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
      for (const [name, value] of Object.entries(html ? GRAPHIQL_HEADERS : API_HEADERS)) response.headers.set(name, value);
      response.headers.delete('X-Powered-By');
    },
  };
}
