import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { shapeError } from './errorShape.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A client's own request id is kept when it is a sane token, so its logs and ours line up. */
const CLIENT_ID = /^[\w.:-]{1,128}$/;

/** The client's x-request-id (the header's value) if it is usable, else a new one. */
export function requestIdOf(sent: string | string[] | null | undefined): string {
  return typeof sent === 'string' && CLIENT_ID.test(sent) ? sent : randomUUID();
}

interface Tracked {
  id: string;
  startedAt: number;
  operation?: string;
  codes: string[];
  /** What unexpected errors really said: for the log, never for the client. */
  internal: string[];
}

const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

function errorsOf(result: unknown): readonly GraphQLError[] | undefined {
  return result && typeof result === 'object' && 'errors' in result ? (result as { errors?: readonly GraphQLError[] }).errors : undefined;
}

/**
 * Request ids, the error shape and the access log, for every request the API handles:
 *  - each request gets an id (the client's x-request-id, or a new one), echoed in the response;
 *  - every error leaves in our shape (errorShape.ts), unexpected ones with the request id;
 *  - one log line per request: id, operation name, status, duration, error codes. Never the
 *    token, the query's variables or the client's address.
 */
export function useRequestTracking(logger: Logger, isDev: boolean, startedAtOf: (serverContext: object) => number | undefined = () => undefined): Plugin {
  const tracked = new WeakMap<Request, Tracked>();
  const track = (request: Request, startedAt = performance.now()) => {
    let entry = tracked.get(request);
    if (!entry) {
      entry = { id: requestIdOf(request.headers.get(REQUEST_ID_HEADER)), startedAt, codes: [], internal: [] };
      tracked.set(request, entry);
    }
    return entry;
  };
  return {
    onRequest({ request, serverContext }) {
      // A request the fast path began and handed on started then.
      track(request, startedAtOf(serverContext ?? {}));
    },
    onParams({ request, params }) {
      track(request).operation = operationNameOf({ operationName: params.operationName ?? undefined, sent: params.query });
    },
    onResultProcess({ request, result, setResult }) {
      const errors = errorsOf(result);
      if (!errors?.length) return;
      const entry = track(request);
      const shaped = errors.map((error) => shapeError(error, entry.id, isDev));
      for (const error of shaped) {
        entry.codes.push(String(error.extensions.code));
        if (error.extensions.code === 'INTERNAL_SERVER_ERROR') entry.internal.push(String(error.originalError ?? error.message));
      }
      setResult({ ...(result as object), errors: shaped } as typeof result);
    },
    onResponse({ request, response }) {
      const entry = track(request);
      response.headers.set(REQUEST_ID_HEADER, entry.id);
      logRequest(logger, {
        reqId: entry.id,
        method: request.method,
        path: new URL(request.url, 'http://localhost').pathname,
        ...(entry.operation ? { operation: entry.operation } : {}),
        status: response.status,
        ms: Math.round(performance.now() - entry.startedAt),
        ...(entry.codes.length ? { errors: entry.codes } : {}),
        ...(entry.internal.length ? { internal: entry.internal } : {}),
      });
    },
  };
}

/** One access-log line: what the API logs for each request it answers (Yoga's, and the fast path's). */
export interface RequestLine {
  reqId: string;
  method: string;
  path: string;
  operation?: string;
  status: number;
  ms: number;
  errors?: string[];
  internal?: string[];
  /** Answered by the fast path (graphql/fastPath.ts), past Yoga. */
  fast?: true;
}

/** The operation's name for the log: the one sent, else the first operation's in the document sent (none for a hash alone). */
export function operationNameOf({ operationName, sent }: { operationName?: string | undefined; sent?: string | undefined }): string | undefined {
  return operationName ?? OPERATION_NAME.exec(sent ?? '')?.[1];
}

/** Logs a request: failures at error, probes at debug, the rest at info. */
export function logRequest(logger: Logger, line: RequestLine): void {
  if (line.internal?.length || line.status >= 500) logger.error(line, 'request failed');
  else if (line.path === '/health' || line.path === '/ready') logger.debug(line, 'probe'); // every few seconds under an orchestrator
  else logger.info(line, 'request');
}
