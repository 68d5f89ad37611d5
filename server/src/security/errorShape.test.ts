import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, TooLargeError, TransactionTimeoutError } from '../db/errors.ts';
import { conflictMessage, translateError } from '../db/tx.ts';
import { toClientError } from '../graphql/errors.ts';
import { maskError } from '../graphql/maskError.ts';
import { corsFor, parseOrigin } from './cors.ts';
import { shapeError } from './errorShape.ts';

const shaped = (extensions: Record<string, unknown>, message = 'm', isDev = false) =>
  shapeError(new GraphQLError(message, { extensions }), 'req-1', isDev);

describe('the error shape', () => {
  it('keeps our codes and translates graphql-js and Yoga codes into ours', () => {
    expect(shaped({ code: 'NOT_FOUND' }).extensions.code).toBe('NOT_FOUND');
    expect(shaped({}).extensions.code).toBe('BAD_USER_INPUT'); // a syntax error
    expect(shaped({ code: 'GRAPHQL_VALIDATION_FAILED' }).extensions.code).toBe('BAD_USER_INPUT');
    expect(shaped({ http: { status: 405 } }).extensions.code).toBe('BAD_USER_INPUT');
    expect(shaped({ code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } }).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'bodySize' });
    expect(shaped({ http: { status: 503 } }).extensions.code).toBe('UNAVAILABLE');
  });

  it('tells nothing of an unexpected error but the request id, outside development', () => {
    const error = shaped({ code: 'INTERNAL_SERVER_ERROR', unexpected: true }, 'Unexpected error.');
    expect(error.message).toMatch(/report it with request id req-1/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
  });

  it('masks an unexpected resolver failure, keeping its cause only off the wire', () => {
    const cause = new Error('MATCH (n) RETURN n failed');
    const masked = maskError(new GraphQLError('x', { originalError: cause, path: ['stats'] }), 'Unexpected error.', false) as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(masked.originalError).toBe(cause);
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/MATCH/);
  });
});

describe('database errors', () => {
  it('turns a Neo4j transaction timeout into LIMIT_EXCEEDED naming the timeout', () => {
    const timedOut = new Neo4jError('The transaction has been terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'x', 'y');
    const translated = translateError(timedOut, 2_000);
    expect(translated).toBeInstanceOf(TransactionTimeoutError);
    expect(toClientError(translated)?.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'transactionTimeout', max: 2_000 });
    expect(toClientError(translated)?.message).toMatch(/longer than the database's limit of 2000 ms/);
  });

  it('answers a write too big for one transaction as LIMIT_EXCEEDED, with what to do', () => {
    const client = toClientError(new TooLargeError('Writing 9 records needs more memory … raise ATLAS_NEO4J_HEAP', null));
    expect(client?.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'transactionMemory' });
    expect(client?.message).toMatch(/ATLAS_NEO4J_HEAP/);
  });

  it('tells a query too big for one transaction (ask for less) from a database short of memory under load (try again)', () => {
    const neo4jError = (code: string) => new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB', code, '50N00', 'general processing exception');
    const tooBig = toClientError(translateError(neo4jError('Neo.TransientError.General.TransactionMemoryLimit')));
    expect(tooBig?.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'transactionMemory' });
    expect(tooBig?.message).toMatch(/ask for less/);
    for (const code of ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.OutOfMemoryError']) {
      const translated = translateError(neo4jError(code));
      expect(translated).toBeInstanceOf(DatabaseBusyError);
      expect(toClientError(translated)?.extensions).toMatchObject({ code: 'UNAVAILABLE', http: { status: 503 } });
      expect(toClientError(translated)?.message).toMatch(/busy .* try again/);
    }
  });

  it('says which value clashed in a constraint error, without labels or node ids', () => {
    expect(conflictMessage("Node(42) already exists with label `Person` and property `id` = 'p-1'")).toBe(
      'An entity with id "p-1" already exists: use another id, or update that entity instead.',
    );
    expect(conflictMessage('something else')).not.toMatch(/Node|label/);
  });
});

describe('CORS', () => {
  const request = (origin?: string) => new Request('http://localhost/graphql', { headers: origin ? { origin } : {} });

  it('is closed unless origins are listed, and then answers only those', () => {
    expect(corsFor([])).toBe(false);
    const cors = corsFor(['https://atlas.example.org']) as (request: Request) => unknown;
    expect(cors(request('https://evil.example'))).toBe(false);
    expect(cors(request())).toBe(false);
    expect(cors(request('https://atlas.example.org'))).toMatchObject({ origin: ['https://atlas.example.org'], credentials: false });
  });

  it('accepts only bare origins in ATLAS_CORS_ORIGINS', () => {
    expect(parseOrigin('https://atlas.example.org/')).toBe('https://atlas.example.org');
    expect(parseOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(parseOrigin('https://atlas.example.org/app')).toBeNull();
    expect(parseOrigin('*')).toBeNull();
  });
});
