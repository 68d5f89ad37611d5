import type { Plugin } from 'graphql-yoga';
import { coded } from '../graphql/errors.ts';

/** The parameters of a GET request that carry JSON (GraphQL over HTTP). */
const JSON_PARAMETERS = ['variables', 'extensions'] as const;

const refuse = (message: string, status: number) => coded(message, 'BAD_USER_INPUT', status);

/**
 * Requests Yoga would otherwise misread or answer with a 500, refused with a message saying what to
 * send instead:
 *  - a compressed body (Content-Encoding gzip, br, …): Yoga does not decompress, so it read gzip as
 *    broken JSON and took plain JSON labelled gzip as it was. HTTP 415, as for a wrong Content-Type;
 *  - a GET whose `variables` or `extensions` parameter is not JSON: Yoga's GET parser let
 *    JSON.parse's SyntaxError escape, an unexpected failure. HTTP 400, as for broken JSON in a POST.
 */
export function useWellFormedRequests(): Plugin {
  return {
    onRequestParse({ request, url }) {
      if (request.method === 'POST') {
        const encoding = request.headers.get('content-encoding')?.trim().toLowerCase();
        if (encoding && encoding !== 'identity') {
          throw refuse(`Content-Encoding ${encoding} is not accepted: send the JSON body uncompressed.`, 415);
        }
        return;
      }
      if (request.method !== 'GET') return;
      for (const name of JSON_PARAMETERS) {
        const value = url.searchParams.get(name);
        if (value === null || value === '') continue;
        try {
          JSON.parse(value);
        } catch {
          throw refuse(`The ${name} parameter is not valid JSON: send it as a JSON object, URL-encoded (${name}=%7B%22…%22%3A…%7D).`, 400);
        }
      }
    },
  };
}
