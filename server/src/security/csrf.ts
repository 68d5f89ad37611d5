import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The bodies a POST may carry: JSON (GraphQL over HTTP) and a bare document (application/graphql). */
export const POST_MEDIA_TYPES = ['application/json', 'application/graphql'];

/** The media type of a Content-Type header, without parameters, lower-cased; '' when there is none. */
export const mediaTypeOf = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * CSRF prevention, and a clear answer to a wrong content type.
 *
 * A page on another site can make a browser send a request without asking first (a "simple"
 * request) only as a GET, or as a POST with no body type or a form or text body
 * (application/x-www-form-urlencoded, multipart/form-data, text/plain). So:
 *  - a POST must say it is JSON (or application/graphql). Browsers send those cross-site only
 *    after a CORS preflight, which the server refuses unless ATLAS_CORS_ORIGINS lists the site;
 *  - a GET can only run a query: mutations over GET are refused (405), and a query's answer
 *    cannot be read by another site without CORS.
 * Anything else answers 415 with code BAD_USER_INPUT, naming what to send.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const mediaType = mediaTypeOf(request.headers.get('content-type'));
      if (POST_MEDIA_TYPES.includes(mediaType)) return;
      throw new GraphQLError(
        `${mediaType ? `Content-Type ${mediaType} is not accepted` : 'The request has no Content-Type'}: send the request as application/json ({"query": "…", "variables": {…}}). Form and text bodies are refused, so other sites cannot post on a user's behalf.`,
        { extensions: { code: 'BAD_USER_INPUT', http: { status: 415 } } },
      );
    },
  };
}
