import { request, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, MAX_HEADER_BYTES } from '../../server/src/app.ts';
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
});
