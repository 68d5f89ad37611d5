import { request, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError, createHttpServer, MAX_HEADER_BYTES } from '../../server/src/app.ts';
import { REPO_ROOT } from '../../server/src/config.ts';
import { close, listen } from '../../server/src/listen.ts';
import { MAX_VIEW_CODE } from '../../web/src/features/explore/share/viewCodec.ts';
import { testDb } from '../helpers/db.ts';

// The explorer keeps its view in the address; a big canvas makes a long one, and reloading it must
// work. Past what the server reads, the answer says why instead of Node's bare HTTP 431.
const db = testDb();
let server: Server;
let port: number;

beforeAll(async () => {
  server = createHttpServer({ db, webDist: path.join(REPO_ROOT, 'web/dist') });
  port = await listen(server, 0, '127.0.0.1');
});

afterAll(() => close(server));

/** GETs a path, as a browser reloading that address would. */
function get(pathAndQuery: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathAndQuery, headers: { accept: 'text/html' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('long addresses', () => {
  it('serves the web app at the longest view code a link carries, far past Node’s 16 KiB default', async () => {
    expect(MAX_VIEW_CODE).toBeLessThan(MAX_HEADER_BYTES - 8 * 1024);
    const page = await get(`/?view=${'a'.repeat(MAX_VIEW_CODE)}`);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
  });

  it('answers an address past the server’s limit with 431 and a sentence saying what to do', async () => {
    const answer = await get(`/?view=${'a'.repeat(MAX_HEADER_BYTES + 1024)}`);
    expect(answer.status).toBe(431);
    expect(answer.type).toMatch(/^text\/plain/);
    expect(answer.body).toContain('Open the atlas at / instead');
    // The server is still there for the next request.
    expect((await get('/')).status).toBe(200);
  });

  it('answers what it could not read as Node would, but not in the middle of a response, and closes', async () => {
    const socket = (headerSent: boolean) => {
      const written: string[] = [];
      let destroyed = false;
      const fake = { writable: true, _httpMessage: headerSent ? { _headerSent: true } : null, end: (text: string) => void written.push(text), destroy: () => (destroyed = true) };
      return { fake: fake as unknown as Duplex, written, destroyed: () => destroyed };
    };
    const statusFor = (code: string) => {
      const s = socket(false);
      answerClientError(Object.assign(new Error(code), { code }), s.fake);
      return s.written.join('').split('\r\n')[0];
    };
    expect(statusFor('HPE_HEADER_OVERFLOW')).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(statusFor('HPE_CHUNK_EXTENSIONS_OVERFLOW')).toBe('HTTP/1.1 413 Payload Too Large');
    expect(statusFor('ERR_HTTP_REQUEST_TIMEOUT')).toBe('HTTP/1.1 408 Request Timeout');
    expect(statusFor('HPE_INVALID_METHOD')).toBe('HTTP/1.1 400 Bad Request');
    // A response part way out on a keep-alive connection: a status line now would corrupt it.
    const busy = socket(true);
    answerClientError(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' }), busy.fake);
    expect(busy.written).toEqual([]);
    expect(busy.destroyed()).toBe(true);
    // An answered one is closed a moment later, whatever the client does.
    const answered = socket(false);
    answerClientError(Object.assign(new Error('x'), { code: 'HPE_INVALID_METHOD' }), answered.fake);
    expect(answered.destroyed()).toBe(false);
    await expect.poll(answered.destroyed, { timeout: 3_000 }).toBe(true);
  });
});
