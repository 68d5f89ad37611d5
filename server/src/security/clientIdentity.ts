import type { IncomingMessage } from 'node:http';
import type { Authenticate } from '../auth/authenticator.ts';
import { hasRole } from '../auth/roles.ts';

/** What these read of a request: its headers (a fetch Request, or the fast path's view of a Node request). */
export interface HasHeaders {
  headers: { get(name: string): string | null };
}

/** The address a request came from: the socket's, or with `trustProxy` the first X-Forwarded-For hop. */
export function clientAddress(request: HasHeaders, serverContext: object, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const req = (serverContext as { req?: IncomingMessage }).req;
  return req?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Who a request counts as for rate limits and body sizes. A valid API token is its own client
 * (by token id, never the secret); anything else counts as its address, so made-up tokens
 * cannot buy a fresh allowance.
 */
export function createClientIdentity(authenticate: Authenticate, trustProxy: boolean) {
  const viewerOf = (request: HasHeaders) => authenticate(request.headers.get('authorization')).catch(() => null);
  return {
    async clientOf(request: HasHeaders, serverContext: object): Promise<string> {
      const viewer = await viewerOf(request);
      return viewer?.tokenId ? `token:${viewer.tokenId}` : `ip:${clientAddress(request, serverContext, trustProxy)}`;
    },
    async isEditor(request: HasHeaders): Promise<boolean> {
      const viewer = await viewerOf(request);
      return viewer !== null && viewer.tokenId !== null && hasRole(viewer, 'editor');
    },
  };
}
