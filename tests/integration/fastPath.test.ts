import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type AppOptions } from '../../server/src/app.ts';
import { close, listen } from '../../server/src/listen.ts';
import { webOperations } from '../../server/src/security/extractOperations.ts';
import { manifestEntry } from '../../server/src/security/operationManifest.ts';
import { DEFAULT_LIMITS } from '../../server/src/security/options.ts';
import { sampleIds, WARM_UP } from '../../server/src/warmUp.ts';
import { parse } from 'graphql';
import { testDb } from '../helpers/db.ts';
import { testToken } from '../helpers/tokens.ts';

const db = testDb();
const operations = (await webOperations()).filter((op) => op.type === 'query');
const APOLLO_ACCEPT = 'application/graphql-response+json,application/json;q=0.9';
const APOLLO_EXTENSIONS = { clientLibrary: { name: '@apollo/client', version: '4.3.8' } };
/** Headers that differ between any two responses. */
const VARYING = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);

let dir: string;
let manifestFile: string;
const servers: Server[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-fast-path-'));
  manifestFile = path.join(dir, 'persisted-operations.json');
  await writeFile(manifestFile, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }));
});

afterAll(async () => {
  await Promise.all(servers.map((server) => close(server, 1_000)));
  await rm(dir, { recursive: true, force: true });
});

/** A server as `npm start` makes it, on a free port, with its log lines kept. */
async function start(options: Partial<AppOptions> = {}) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  const server = createHttpServer({ db, logger, ...options, security: { persistedOperationsFile: manifestFile, ...options.security } });
  servers.push(server);
  const port = await listen(server, 0, '127.0.0.1');
  return {
    lines,
    /** The requests each answered: by the fast path or by Yoga (from the log). */
    answeredBy: () => lines.filter((line) => line.msg === 'request' || line.msg === 'request failed').map((line) => (line.fast ? 'fast' : 'yoga')),
    async post(body: unknown, headers: Record<string, string> = {}) {
      const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: APOLLO_ACCEPT, ...headers },
        body: text,
      });
      const headerList = [...response.headers].filter(([name]) => !VARYING.has(name)).sort(([a], [b]) => a.localeCompare(b));
      return { status: response.status, headers: Object.fromEntries(headerList), body: await response.text(), requestId: response.headers.get('x-request-id') };
    },
  };
}

type Started = Awaited<ReturnType<typeof start>>;

/** The same request to a server with the fast path and one without: the answers must be the same. */
async function same(fast: Started, yoga: Started, body: unknown, headers: Record<string, string> = {}) {
  const [a, b] = [await fast.post(body, headers), await yoga.post(body, headers)];
  expect({ status: a.status, headers: a.headers, body: a.body }).toEqual({ status: b.status, headers: b.headers, body: b.body });
  return a;
}

describe('the fast path', () => {
  let fast: Started;
  let yoga: Started;
  beforeAll(async () => {
    fast = await start();
    yoga = await start({ fastPath: false });
  });

  it('answers every query of the web app exactly as Yoga does', async () => {
    const samples = await sampleIds(db);
    let asked = 0;
    for (const operation of operations) {
      const variableSets = WARM_UP[operation.name]!(samples);
      expect(variableSets.length, operation.name).toBeGreaterThan(0);
      for (const variables of variableSets) {
        const before = fast.answeredBy().length;
        // As Apollo Client 4 sends it: the operation's name, and its own name and version in extensions.
        const answer = await same(fast, yoga, { operationName: operation.name, variables, extensions: APOLLO_EXTENSIONS, query: operation.body });
        expect(answer.status, operation.name).toBe(200);
        expect(JSON.parse(answer.body), operation.name).not.toHaveProperty('errors');
        expect(fast.answeredBy().slice(before), operation.name).toEqual(['fast']);
        asked += 1;
      }
    }
    expect(asked).toBeGreaterThanOrEqual(operations.length);
    expect(yoga.answeredBy().every((by) => by === 'yoga')).toBe(true);
  });

  it('answers the document as Apollo Client sends it (with __typename), by hash, and with its operation name', async () => {
    const stats = operations.find((op) => op.name === 'Stats')!;
    const withTypename = stats.body.replace(/\{/, '{ __typename');
    const before = fast.answeredBy().length;
    await same(fast, yoga, { query: withTypename, variables: {} });
    await same(fast, yoga, { extensions: { persistedQuery: { version: 1, sha256Hash: manifestEntry(parse(stats.body)).id } } });
    await same(fast, yoga, { query: stats.body, operationName: 'Stats' });
    expect(fast.answeredBy().slice(before)).toEqual(['fast', 'fast', 'fast']);
  });

  it('picks the media type Yoga picks from Accept', async () => {
    const stats = operations.find((op) => op.name === 'Stats')!;
    for (const accept of ['', '*/*', 'application/json', 'application/graphql-response+json', 'application/json, application/graphql-response+json']) {
      const answer = await same(fast, yoga, { query: stats.body }, { accept });
      expect(answer.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
    }
  });

  it('keeps the client’s request id and logs the request once', async () => {
    const stats = operations.find((op) => op.name === 'Stats')!;
    const answer = await fast.post({ query: stats.body }, { 'x-request-id': 'trace-42' });
    expect(answer.requestId).toBe('trace-42');
    expect(fast.lines.filter((line) => line.reqId === 'trace-42')).toEqual([
      expect.objectContaining({ msg: 'request', operation: 'Stats', status: 200, method: 'POST', path: '/graphql', fast: true }),
    ]);
  });

  it('hands everything else to Yoga, whose answers stay the same', async () => {
    const neighbourhood = operations.find((op) => op.name === 'Neighbourhood')!;
    const samples = await sampleIds(db);
    const cases: Array<[string, unknown, Record<string, string>?]> = [
      ['an unknown id (NOT_FOUND)', { query: neighbourhood.body, variables: { ids: ['no-such-entity'], depth: 1 } }],
      ['variables that do not coerce', { query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 'deep' } }],
      ['a missing variable', { query: neighbourhood.body, variables: {} }],
      ...(
        [
          { depth: 1.5 },
          { depth: 2 ** 31 },
          { depth: '1' },
          { limit: true },
          { ids: [{ id: 1 }] },
          { ids: null },
          { kinds: ['NO_SUCH_KIND'] },
          { types: [42] },
          { ignoreMissing: 'yes' },
        ] as Array<Record<string, unknown>>
      ).map((bad): [string, unknown] => [`variables ${JSON.stringify(bad)}`, { query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 1, ...bad } }]),
      ['a query not in the manifest', { query: '{ stats { nodes } }' }],
      ['a syntax error', { query: '{ stats { nodes }' }],
      ['another operation name', { query: neighbourhood.body, operationName: 'Other', variables: { ids: [samples.Theme], depth: 1 } }],
      ['an unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }],
      ['extensions that are not an object', { query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 1 }, extensions: 'x' }],
      ['a batch', [{ query: '{ __typename }' }]],
      ['a body that is not JSON', '{"query": '],
      ['a stream asked for', { query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 1 } }, { accept: 'text/event-stream' }],
      ['a compressed body', gzipSync(JSON.stringify({ query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 1 } })), { 'content-encoding': 'gzip' }],
      ['a content type Yoga does not parse as JSON', { query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 1 } }, { 'content-type': 'Application/JSON' }],
      ['a content type with a space before its parameters', { query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 1 } }, { 'content-type': 'application/json ; charset=utf-8' }],
      ['an invalid token', { query: neighbourhood.body, variables: { ids: [samples.Theme], depth: 1 } }, { authorization: 'Bearer nope' }],
    ];
    for (const [name, body, headers] of cases) {
      const before = fast.answeredBy().length;
      const answer = await same(fast, yoga, body, headers);
      expect(answer.status, name).not.toBe(500);
      expect(fast.answeredBy().slice(before), name).toEqual(['yoga']);
    }
  });

  it('hands a result with errors to Yoga, which answers it without running the query again', async () => {
    let reads = 0;
    const counting = new Proxy(db, {
      get: (target, name, receiver) =>
        name === 'read'
          ? (...args: Parameters<typeof db.read>) => {
              reads += 1;
              return target.read(...args);
            }
          : Reflect.get(target, name, receiver),
    });
    const server = await start({ db: counting });
    const neighbourhood = operations.find((op) => op.name === 'Neighbourhood')!;
    const answer = await same(server, yoga, { query: neighbourhood.body, variables: { ids: ['no-such-entity'], depth: 1 } });
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(server.answeredBy()).toEqual(['yoga']);
    expect(reads).toBe(1);
  });

  it('serves a caller with a valid token, as that caller', async () => {
    const { headers } = await testToken(db, 'editor', 'test:fast-path');
    const viewer = operations.find((op) => op.name === 'Viewer')!;
    const before = fast.answeredBy().length;
    const answer = await same(fast, yoga, { query: viewer.body }, headers);
    expect(JSON.parse(answer.body).data.viewer).toMatchObject({ role: expect.stringMatching(/^editor$/i) });
    expect(fast.answeredBy().slice(before)).toEqual(['fast']);
  });
});

describe('the fast path keeps the limits', () => {
  it('counts against the rate limit once, also when Yoga answers in the end', async () => {
    const server = await start({ security: { rateLimitPerMinute: 3 } });
    const stats = operations.find((op) => op.name === 'Stats')!;
    const neighbourhood = operations.find((op) => op.name === 'Neighbourhood')!;
    const first = await server.post({ query: stats.body });
    // counted by the fast path, answered by Yoga (NOT_FOUND), not counted again
    const missing = await server.post({ query: neighbourhood.body, variables: { ids: ['no-such-entity'], depth: 1 } });
    const third = await server.post({ query: stats.body });
    const fourth = await server.post({ query: stats.body });
    expect(JSON.parse(missing.body).errors[0].extensions.code).toBe('NOT_FOUND');
    expect([first.status, third.status, fourth.status]).toEqual([200, 200, 429]);
    expect(JSON.parse(fourth.body).errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'rate' });
    expect(server.answeredBy()).toEqual(['fast', 'yoga', 'fast', 'yoga']);
  });

  it('leaves a request over the cost limit, or over the body limit, to Yoga', async () => {
    const limits = { ...DEFAULT_LIMITS, maxCost: 20, maxBodyBytes: 2_000 };
    const server = await start({ security: { limits } });
    const reference = await start({ security: { limits }, fastPath: false });
    const search = operations.find((op) => op.name === 'Search')!;
    const cost = await same(server, reference, { query: search.body, variables: { query: 'city', first: 12 } });
    expect(JSON.parse(cost.body).errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
    const big = await same(server, reference, { query: search.body, variables: { query: 'x'.repeat(3_000), first: 1 } });
    expect(big.status).toBe(413);
    expect(server.answeredBy()).toEqual(['yoga', 'yoga']);
  });

  it('needs a token where READ_ACCESS=token asks for one', async () => {
    const server = await start({ readAccess: 'token' });
    const reference = await start({ readAccess: 'token', fastPath: false });
    const stats = operations.find((op) => op.name === 'Stats')!;
    const refused = await same(server, reference, { query: stats.body });
    expect(refused.status).toBe(401);
    const { headers } = await testToken(db, 'reader', 'test:fast-path-reader');
    const allowed = await same(server, reference, { query: stats.body }, headers);
    expect(allowed.status).toBe(200);
    expect(server.answeredBy()).toEqual(['yoga', 'fast']);
  });

  it('leaves a request from another origin to Yoga where CORS is configured', async () => {
    const corsOrigins = ['https://partner.example'];
    const server = await start({ security: { corsOrigins } });
    const reference = await start({ security: { corsOrigins }, fastPath: false });
    const stats = operations.find((op) => op.name === 'Stats')!;
    const answer = await same(server, reference, { query: stats.body }, { origin: 'https://partner.example' });
    expect(answer.headers['access-control-allow-origin']).toBe('https://partner.example');
    expect(server.answeredBy()).toEqual(['yoga']);
  });

  it('can be turned off', async () => {
    const server = await start({ fastPath: false });
    const stats = operations.find((op) => op.name === 'Stats')!;
    expect((await server.post({ query: stats.body })).status).toBe(200);
    expect(server.answeredBy()).toEqual(['yoga']);
  });
});
