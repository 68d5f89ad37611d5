import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kind, parse, print, visit, type FieldNode } from 'graphql';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../../server/src/app.ts';
import { TransactionTimeoutError } from '../../server/src/db/errors.ts';
import { Db, type TxOptions, type Work } from '../../server/src/db/tx.ts';
import { extractOperations, webOperations } from '../../server/src/security/extractOperations.ts';
import { DEFAULT_LIMITS } from '../../server/src/security/options.ts';
import { testDb } from '../helpers/db.ts';
import { testToken } from '../helpers/tokens.ts';

// Hostile requests to the real API (app.fetch, demo data): each gives results or a clear coded
// error, never a 500, and no error tells internals (stack, Cypher, driver messages).
const db = testDb();
const CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'LIMIT_EXCEEDED', 'UNAVAILABLE', 'CONFLICT'];
const LEAKS = /\n\s+at |node_modules|Neo4jError|Neo\.ClientError|\bMATCH\b|\bRETURN\b|\bUNWIND\b/;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

function client(options: Partial<AppOptions> = {}) {
  const app = createApp({ db, ...options });
  return async (init: RequestInit & { url?: string } = {}): Promise<Answer> => {
    const response = await app.fetch(init.url ?? 'http://localhost/graphql', init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Answer['body']) : {} };
  };
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/**
 * The checks every answer must pass: no 5xx, every error coded and free of internals (the
 * hostile value itself may be echoed: "No entity with id …").
 */
function expectWellFormed({ status, body }: Answer, label: string, sent = ''): void {
  expect(status, label).toBeLessThan(500);
  for (const error of body.errors ?? []) {
    expect(typeof error.message, label).toBe('string');
    expect(CODES, `${label}: ${error.message}`).toContain(error.extensions?.code);
    expect(sent ? error.message.split(sent).join('') : error.message, label).not.toMatch(LEAKS);
  }
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

const HOSTILE = [
  '" OR 1=1',
  "' OR '1'='1",
  '*',
  '~',
  '\\',
  '"unbalanced',
  'a AND OR NOT b',
  'name:admin',
  '(((',
  '[1 TO 9]',
  '{!lucene}',
  '/.*/',
  '🏙️🚲 smart city',
  '\u0000\u202e',
  'MATCH (n) DETACH DELETE n',
  'x'.repeat(10_000),
];

describe('hostile strings', () => {
  const send = client();

  it.each(HOSTILE.map((text) => [text.slice(0, 30), text]))('search for %j gives hits or BAD_USER_INPUT', async (_label, text) => {
    const answer = await send(post({ query: 'query S($q: String!) { search(query: $q) { score node { id } } }', variables: { q: text } }));
    expectWellFormed(answer, text.slice(0, 30), text);
    if (answer.body.errors) expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    else expect(Array.isArray(answer.body.data?.search)).toBe(true);
  });

  it.each(HOSTILE.map((text) => [text.slice(0, 30), text]))('ids %j are not found, never a failure', async (_label, text) => {
    const answers = await Promise.all([
      send(post({ query: 'query N($id: ID!) { node(id: $id) { id } }', variables: { id: text } })),
      send(post({ query: 'query T($id: ID!) { themeOverview(id: $id) { theme { id } } }', variables: { id: text } })),
      send(post({ query: 'query G($ids: [ID!]!) { neighbourhood(ids: $ids) { nodes { id } } }', variables: { ids: [text] } })),
      send(post({ query: 'query M($id: ID) { sectorMatrix(filter: { themeId: $id }) { total } }', variables: { id: text } })),
      send(post({ query: 'query P($id: ID!) { personData(id: $id) }', variables: { id: text } })),
    ]);
    for (const answer of answers) expectWellFormed(answer, text.slice(0, 30), text);
  });

  it('a search of 10,000 characters is refused as too long, naming the length', async () => {
    const answer = await send(post({ query: 'query S($q: String!) { search(query: $q) { score } }', variables: { q: 'x'.repeat(10_000) } }));
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(/10000 characters/);
  });
});

describe('hostile queries', () => {
  const send = client();
  const nested = (levels: number) => `{ node(id: "x") { ${'... on Person { coauthors(first: 1) { edges { node { '.repeat(levels)}id${' } } } }'.repeat(levels)} } }`;

  it('too deep: LIMIT_EXCEEDED with the limit and the depth found', async () => {
    const answer = await send(post({ query: nested(6) }));
    expectWellFormed(answer, 'deep');
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 12, found: 20 });
  });

  it('too costly: LIMIT_EXCEEDED with the limit and the cost, sizes from variables included', async () => {
    const query = /* GraphQL */ `query C($n: Int!) { node(id: "x") { ... on Person { coauthors(first: $n) { edges { node { ... on Person {
      coauthors(first: $n) { edges { node { ... on Person { papers(first: $n) { edges { node { id } } } } } } } } } } } } } }`;
    const costly = await send(post({ query, variables: { n: 100 } }));
    expectWellFormed(costly, 'costly');
    expect(costly.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost', max: 50_000 });
    expect(costly.body.errors?.[0]?.extensions?.found).toBeGreaterThan(50_000);
    const cheap = await send(post({ query, variables: { n: 2 } }));
    expect(cheap.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // it ran
  });

  it('too many aliases, too many tokens', async () => {
    const aliases = await send(post({ query: `{ ${Array.from({ length: 31 }, (_, i) => `s${i}: stats { nodes }`).join(' ')} }` }));
    expect(aliases.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 30, found: 31 });
    const tokens = await send(post({ query: `{ ${'__typename '.repeat(6_000)}}` }));
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'tokens', max: 5_000, found: 6_002 });
  });

  it('an oversized body is HTTP 413, with or without a Content-Length', async () => {
    const big = JSON.stringify({ query: '{ stats { nodes } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const declared = await send(post(big));
    expect(declared.status).toBe(413);
    expect(declared.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'bodySize', max: 1_000_000, found: big.length });
    const streamed = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(codeOf(streamed)).toBe('LIMIT_EXCEEDED');
  });

  it('introspection (GraphiQL, codegen) passes the limits', async () => {
    const answer = await send(post({ query: '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } }' }));
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('hostile variables', () => {
  const send = client();
  // Sizes that would make this query too costly, were they Ints: the cost rule must not count them.
  const query = /* GraphQL */ `query C($n: Int!) { node(id: "x") { ... on Person { coauthors(first: $n) { edges { node { ... on Person {
    papers(first: $n) { edges { node { id } } } } } } } } } }`;

  it.each([
    ['an Int past 2^31', 2_147_483_648],
    ['a string', 'x'],
    ['a fraction', 2.5],
  ])('%s for an Int variable is BAD_USER_INPUT naming the variable, not a cost', async (_label, n) => {
    const answer = await send(post({ query, variables: { n } }));
    expectWellFormed(answer, String(n));
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(/Variable "\$n" got invalid value/);
  });

  it('an Int in range that is too costly is still LIMIT_EXCEEDED', async () => {
    const answer = await send(post({ query, variables: { n: 2_000 } }));
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
  });
});

describe('hostile imports (dry runs as an editor)', async () => {
  const send = client();
  const editor = (await testToken(db, 'editor', 'hostile-import')).headers;
  const IMPORT = /* GraphQL */ `mutation I($files: [ImportFileInput!]) {
    importData(files: $files, dryRun: true) { blocked errors { file line field reason } }
  }`;
  const importing = (files: Array<{ name: string; content: string }>) => send(post({ query: IMPORT, variables: { files } }, editor));
  type Summary = { blocked: boolean; errors: Array<{ file: string; line: number | null; field: string | null; reason: string }> };

  it("an editor's body may pass the reader's limit up to the editor's, declared or streamed", async () => {
    const limited = client({ security: { limits: { ...DEFAULT_LIMITS, maxBodyBytes: 1_000, maxEditorBodyBytes: 5_000 } } });
    const body = (size: number) => JSON.stringify({ query: IMPORT, variables: { files: [{ name: 'a.csv', content: `name,organisation\nA,${'B'.repeat(size)}\n` }] } });
    const streamed = (text: string): RequestInit =>
      ({ method: 'POST', headers: { 'content-type': 'application/json', ...editor }, body: new Blob([text]).stream(), duplex: 'half' }) as RequestInit;
    for (const init of [post(body(3_000), editor), streamed(body(3_000))]) {
      const answer = await limited(init);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.importData).toBeDefined();
    }
    const reader = await limited(post(body(3_000)));
    expect(reader.status).toBe(413);
    expect(reader.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'bodySize', max: 1_000 });
    for (const init of [post(body(6_000), editor), streamed(body(6_000))]) {
      const answer = await limited(init);
      expect(answer.status).toBe(413);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'bodySize', max: 5_000 });
    }
  });

  it('a file name of 10,000 characters is BAD_USER_INPUT naming the file, not a failed write', async () => {
    const answer = await importing([{ name: 'ok.csv', content: 'id,name\n' }, { name: 'x'.repeat(10_000), content: 'name,organisation\nFuzz Person,Fuzz Org\n' }]);
    expectWellFormed(answer, 'long file name', 'x'.repeat(10_000));
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'files[1].name' });
    expect(answer.body.errors?.[0]?.message).toMatch(/10000 characters .*at most 255/);
  });

  it('hostile files are listed as errors naming file, line and field, never a failure', async () => {
    const longId = `hostile-${'p'.repeat(10_000)}`;
    const answer = await importing([
      { name: '$rows', content: 'null' },
      { name: 'name:*.json', content: '1e309' },
      { name: '🏙️🚲.json', content: '{"nodes":[{"kind":"Person"}],"links":"x"}' },
      { name: 'project.csv', content: 'id;acronym;title;objective\n;;;\n' },
      { name: 'people.csv', content: `\uFEFFid,name\n${longId},Long\n` },
      // Extra properties Neo4j cannot store: a list of mixed types, an empty name.
      { name: 'extras.json', content: '{"nodes":[\n{"kind":"Theme","id":"hostile-a","name":"A","x":[1,"a"]},\n{"kind":"Theme","id":"hostile-b","name":"B","":"v"}\n]}' },
    ]);
    expectWellFormed(answer, 'hostile files', longId);
    const summary = answer.body.data?.importData as Summary;
    expect(summary.blocked).toBe(true);
    const where = summary.errors.map(({ file, line, field }) => [file, line, field]);
    expect(where).toEqual(expect.arrayContaining([['$rows', null, null], ['name:*.json', null, null], ['🏙️🚲.json', null, null], ['people.csv', 2, 'id'], ['extras.json', 2, 'x'], ['extras.json', 3, '']]));
    expect(summary.errors.find((error) => error.file === '🏙️🚲.json')?.reason).toMatch(/"links" must be a list/);
    expect(summary.errors.find((error) => error.file === 'people.csv')?.reason).toMatch(/10008 characters long .*at most 1000/);
  });
});

describe('hostile requests', () => {
  const send = client();

  it.each([
    ['a mutation over GET', 405, { url: `http://localhost/graphql?query=${encodeURIComponent('mutation { __typename }')}` }],
    ['a form post (CSRF)', 415, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7Bstats%7Bnodes%7D%7D' }],
    ['a text/plain post (CSRF)', 415, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { nodes } }"}' }],
    ['a multipart post', 415, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' }],
    ['XML', 415, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' }],
    ['no content type', 415, { method: 'POST', body: new Uint8Array([123, 125]) }],
    ['broken JSON', 400, post('{"query": "{ stats')],
    ['JSON that is not an object', 400, post('[1, 2]')],
    ['no query', 400, post({ variables: {} })],
    ['a query that is not a string', 400, post({ query: { a: 1 } })],
    ['variables that are not an object', 400, post({ query: '{ stats { nodes } }', variables: 'x' })],
    ['a syntax error', 200, post({ query: '{ stats { nodes ' })],
    ['an unknown field', 200, post({ query: '{ nope }' })],
    ['a wrong variable type', 400, post({ query: 'query Q($n: Int) { search(query: "x", first: $n) { score } }', variables: { n: 'ten' } })],
    ['an out-of-range size', 200, post({ query: '{ search(query: "x", first: 60) { score } }' })],
    ['a batch', 400, post([{ query: '{ stats { nodes } }' }])],
    ['a subscription (the schema has none)', 200, post({ query: 'subscription { __typename }' })],
    ['a subscription over GET', 200, { url: `http://localhost/graphql?query=${encodeURIComponent('subscription { __typename }')}` }],
    ['broken JSON variables over GET', 400, { url: `http://localhost/graphql?query=${encodeURIComponent('{ stats { nodes } }')}&variables=${encodeURIComponent('{bad')}` }],
    ['broken JSON extensions over GET', 400, { url: `http://localhost/graphql?query=${encodeURIComponent('{ stats { nodes } }')}&extensions=${encodeURIComponent('{bad')}` }],
    ['a compressed body', 415, post('\x1f\x8b', { 'content-encoding': 'gzip' })],
  ] as Array<[string, number, RequestInit & { url?: string }]>)('%s answers %i with a coded error', async (label, status, init) => {
    const answer = await send(init);
    expectWellFormed(answer, label);
    expect(answer.status, label).toBe(status);
    expect(answer.body.errors?.length, label).toBeGreaterThan(0);
  });

  it('a document graphql-js gives up validating (a field repeated 2,000 times) is LIMIT_EXCEEDED, naming the limit', async () => {
    const answer = await send(post({ query: `{ ${'hubCount '.repeat(2000)}}` }));
    expectWellFormed(answer, 'repeated field');
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'validation' });
    expect(answer.body.errors?.[0]?.message).toMatch(/ask for each field once/);
    expect((await send(post({ query: `{ ${'hubCount '.repeat(100)}}` }))).body.data).toEqual({ hubCount: expect.any(Number) });
  });

  it('a subscription asked for as an event stream gets the error as an event, not a failure', async () => {
    const app = createApp({ db });
    const response = await app.fetch('http://localhost/graphql', post({ query: 'subscription { __typename }' }, { accept: 'text/event-stream' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/"message":"Schema is not configured to execute subscription operation\.".*"code":"BAD_USER_INPUT"/);
  });

  it('GET queries and JSON posts work (the web app, GraphiQL, curl)', async () => {
    const get = await send({ url: `http://localhost/graphql?query=${encodeURIComponent('{ stats { nodes } }')}` });
    expect(get.body.data?.stats).toBeTruthy();
    const json = await send(post({ query: '{ stats { nodes } }' }, { 'content-type': 'application/json; charset=utf-8' }));
    expect(json.body.data?.stats).toBeTruthy();
  });

  it('rate limits per client: HTTP 429 with Retry-After and LIMIT_EXCEEDED', async () => {
    const limited = client({ security: { rateLimitPerMinute: 2 } });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await limited(post({ query: '{ stats { nodes } }' })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect(Number(answers[2]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answers[2]!.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'rate', max: 2 });
  });
});

describe('errors and logs', () => {
  /** A Db whose reads fail the way a bug would, with Cypher in the message. */
  class BrokenDb extends Db {
    override read<T>(_work: Work<T>, _options?: TxOptions): Promise<T> {
      return Promise.reject(new Error('Invalid input in MATCH (n:Secret) RETURN n'));
    }
  }

  it('an unexpected failure says nothing of itself, and gives the request id to report', async () => {
    const send = client({ db: new BrokenDb(db.driver) });
    const answer = await send(post({ query: '{ stats { nodes } }' }, { 'x-request-id': 'report-me-42' }));
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.headers.get('x-request-id')).toBe('report-me-42');
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'report-me-42' });
    expect(JSON.stringify(answer.body)).not.toMatch(/MATCH|Secret|\bat /);
  });

  it('logs one line a request: id, operation, status, duration, error codes; never variables or tokens', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const send = client({ logger });
    const answer = await send(post({ query: 'query Lookup($id: ID!) { node(id: $id) { id } }', variables: { id: 'secret-person-id' } }, { 'x-request-id': 'log-1', authorization: 'Bearer atlas_not_a_real_token' }));
    const codes = answer.body.errors?.map((error) => error.extensions?.code);
    expect(codes?.length).toBeGreaterThan(0); // an unknown token, or an unknown id
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.reqId === 'log-1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ reqId: 'log-1', method: 'POST', path: '/graphql', operation: 'Lookup', status: answer.status, errors: codes });
    expect(typeof logged[0]!.ms).toBe('number');
    expect(lines.join('\n')).not.toMatch(/secret-person-id|atlas_not_a_real_token/);
  });

  it('logs a client’s mistake at debug and an unexpected failure as an error', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
    // Yoga's own lines, beside the request line each request gets.
    const yogaLines = () =>
      lines
        .map((line) => JSON.parse(line) as { level: number; msg: string })
        .filter((line) => line.msg !== 'request')
        .map((line) => [line.level, line.msg]);
    const unknown = await client({ logger })(post({ query: '{ node(id: "nobody-here") { id } }' }));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Yoga's line about the error it masked, at debug (with Yoga's other debug lines), nothing louder.
    expect(yogaLines()).toContainEqual([20, 'No entity with id "nobody-here"']);
    expect(yogaLines().filter(([level]) => Number(level) > 20)).toEqual([]);
    lines.length = 0;
    await client({ db: new BrokenDb(db.driver), logger })(post({ query: '{ stats { nodes } }' }));
    // Yoga's line with the stack, and the request's line naming the cause (see README, Logs).
    expect(yogaLines().filter(([level]) => level === 50).length).toBeGreaterThan(0);
  });

  it('makes up a request id when the client sends none or a strange one', async () => {
    const send = client();
    const none = await send(post({ query: '{ stats { nodes } }' }));
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const strange = await send(post({ query: '{ stats { nodes } }' }, { 'x-request-id': 'a b\u0007' }));
    expect(strange.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a transaction past its timeout is stopped by Neo4j and named', async () => {
    const slow = db.read((tx) => tx.run('UNWIND range(1, 200000000) AS x RETURN sum(x)'), { timeoutMs: 200 });
    await expect(slow).rejects.toBeInstanceOf(TransactionTimeoutError);
    await expect(slow).rejects.toMatchObject({ timeoutMs: 200 });
  });
});

describe('headers', () => {
  it('closes CORS unless configured, and then opens it to the listed origins only', async () => {
    const closed = await client()(post({ query: '{ stats { nodes } }' }, { origin: 'https://evil.example' }));
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = client({ security: { corsOrigins: ['https://atlas.example.org'] } });
    const allowed = await open(post({ query: '{ stats { nodes } }' }, { origin: 'https://atlas.example.org' }));
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://atlas.example.org');
    const other = await open(post({ query: '{ stats { nodes } }' }, { origin: 'https://evil.example' }));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sets the security headers on API answers', async () => {
    const { headers } = await client()(post({ query: '{ stats { nodes } }' }));
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(headers.get('x-powered-by')).toBeNull();
  });
});

describe('persisted operations', async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'atlas-persisted-')), 'operations.json');
  afterAll(() => rm(path.dirname(file), { recursive: true, force: true }));
  await extractOperations(file);
  const send = client({ security: { persistedOperations: 'only', persistedOperationsFile: file } });
  const stats = (await webOperations()).find((operation) => operation.name === 'Stats')!;

  it('run the web app’s operations, sent as Apollo Client sends them (with __typename)', async () => {
    const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
    const withTypename = print(visit(parse(stats.body), { SelectionSet: (set) => ({ ...set, selections: [...set.selections, typename] }) }));
    const answer = await send(post({ query: withTypename, operationName: 'Stats' }));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.stats).toBeTruthy();
  });

  it('run by hash (Apollo’s extensions.persistedQuery), and say so when a hash is unknown', async () => {
    const byHash = await send(post({ extensions: { persistedQuery: { version: 1, sha256Hash: stats.id } } }));
    expect(byHash.body.data?.stats).toBeTruthy();
    const unknown = await send(post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }));
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toMatch(/PersistedQueryNotFound/);
  });

  it('refuse any other document with FORBIDDEN', async () => {
    const answer = await send(post({ query: '{ stats { nodes relationships } }' }));
    expectWellFormed(answer, 'not persisted');
    expect(answer.body.data ?? null).toBeNull();
    expect(codeOf(answer)).toBe('FORBIDDEN');
    expect(answer.body.errors?.[0]?.message).toMatch(/ATLAS_PERSISTED_OPERATIONS=only/);
  });
});
