import type { FetchAPI, Plugin } from 'graphql-yoga';
import { badInput, limitExceeded } from '../graphql/errors.ts';

export interface BodyLimitOptions {
  maxBodyBytes: number;
  maxEditorBodyBytes: number;
  /** Whether the request comes from an editor (or admin), who may send imports. */
  isEditor(request: Request): Promise<boolean>;
}

const tooLarge = (max: number, found: number | null) =>
  limitExceeded(
    'bodySize',
    max,
    found,
    found === null
      ? `The request body is larger than the limit of ${max} bytes: send a smaller request.`
      : `The request body is ${found} bytes, more than the limit of ${max} bytes: send a smaller request.`,
    { status: 413 },
  );

/** The body, cut off with a LIMIT_EXCEEDED error once more than `max` bytes have come (chunked bodies have no length). */
function capped(request: Request, max: number, fetchAPI: FetchAPI): Request {
  let read = 0;
  // Node's own streams and the fetch ponyfill's do not mix: pipe through the body's own kind.
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > max) controller.error(tooLarge(max, null));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

/**
 * Refuses request bodies over the limit with HTTP 413 and LIMIT_EXCEEDED naming the size: from
 * Content-Length before anything is read, and while reading when there is none. A body with a
 * Content-Length is not streamed through a counter: Node's HTTP parser delivers exactly that many
 * bytes (and refuses a request that also says chunked), and the counting pipe (a stream pipeline
 * with its own AbortSignal) cost more than the rest of a small request's HTTP handling. This is the
 * only body limit: Yoga's own (`maxRequestBodySize`) is off, as it pipes every body regardless.
 */
export function useBodyLimit({ maxBodyBytes, maxEditorBodyBytes, isEditor }: BodyLimitOptions): Plugin {
  return {
    async onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST') return;
      const max = maxEditorBodyBytes > maxBodyBytes && (await isEditor(request)) ? maxEditorBodyBytes : maxBodyBytes;
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!/^\d+$/.test(length)) throw badInput(`Content-Length "${length}" is not a number of bytes.`);
        if (Number(length) > max) throw tooLarge(max, Number(length));
      }
      if (length === null && requestParser && request.body) {
        const parse = requestParser;
        setRequestParser((req) => parse(capped(req, max, fetchAPI)));
      }
    },
  };
}
