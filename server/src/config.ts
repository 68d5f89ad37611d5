import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TX_TIMEOUT_MS } from './db/tx.ts';
import { WRITE_DATASET_TIMEOUT_MS } from './db/writeDataset.ts';
import { parseOrigin } from './security/cors.ts';
import { LOG_LEVELS, type LogLevel } from './security/logger.ts';
import { DEFAULT_LIMITS, DEFAULT_RATE_LIMIT_PER_MINUTE, type PersistedOperationsMode, type SecurityOptions } from './security/options.ts';

/** The repository root, found from this file so commands work from any folder. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** An external Neo4j (NEO4J_URI set), or undefined to start the embedded one. */
  neo4j?: Neo4jConnection;
  embedded: { dataDir: string; heap: string; pageCache: string; boltPort: number };
  /** Load the demo data when the database is empty. */
  seedDemo: boolean;
  /** After start, run each of the web app's queries once in the background (warmUp.ts). */
  warmUp: boolean;
  /** Answer the web app's own queries past Yoga's pipeline (graphql/fastPath.ts). */
  fastPath: boolean;
  webDist: string;
  /** public: anyone may read; token: every /graphql request needs a valid API token (any role). */
  readAccess: ReadAccess;
  /** How long one Cypher transaction may run (ATLAS_TX_TIMEOUT_MS). */
  txTimeoutMs: number;
  /**
   * The same for a command (import, export, backup): it works on the whole graph and serves no one
   * else, so it gets the long timeout dataset writes get, unless ATLAS_TX_TIMEOUT_MS says otherwise.
   */
  commandTxTimeoutMs: number;
  /** Limits, rate limit, CORS, persisted operations, GraphiQL. */
  security: SecurityOptions;
  logLevel: LogLevel;
  /** How long shutdown waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
}

export class ConfigError extends Error {}

export const READ_ACCESS = ['public', 'token'] as const;
export type ReadAccess = (typeof READ_ACCESS)[number];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not valid: use a whole number from ${min} to ${max}.`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}=${env[name]} is not valid: use true or false.`);
}

const MEMORY = /^\d+[kmg]$/i;
function memory(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!MEMORY.test(raw)) throw new ConfigError(`${name}=${raw} is not valid: use a size such as 512m or 2g.`);
  return raw;
}

function readAccess(env: NodeJS.ProcessEnv): ReadAccess {
  // Tokens now live in the database; failing here beats silently dropping every editor to a reader.
  if (env.ATLAS_EDITOR_TOKENS) {
    throw new ConfigError('ATLAS_EDITOR_TOKENS is no longer read: unset it, then create a token per editor with npm run token -- create --role editor --name "<who>".');
  }
  const raw = (env.READ_ACCESS || 'public').toLowerCase();
  if (!(READ_ACCESS as readonly string[]).includes(raw)) {
    throw new ConfigError(`READ_ACCESS=${env.READ_ACCESS} is not valid: use public (anyone may read) or token (every request needs an API token).`);
  }
  return raw as ReadAccess;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = (env[name] || fallback).toLowerCase();
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name}=${env[name]} is not valid: use one of ${allowed.join(', ')}.`);
  return raw as T;
}

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.ATLAS_CORS_ORIGINS ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.map((entry) => {
    const origin = parseOrigin(entry);
    if (!origin) throw new ConfigError(`ATLAS_CORS_ORIGINS holds "${entry}", which is not an origin: use scheme, host and port only, e.g. https://atlas.example.org,http://localhost:5173.`);
    return origin;
  });
}

function security(env: NodeJS.ProcessEnv): SecurityOptions {
  return {
    limits: {
      maxDepth: integer(env, 'ATLAS_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 2, 100),
      maxCost: integer(env, 'ATLAS_MAX_COST', DEFAULT_LIMITS.maxCost, 10, 100_000_000),
      maxAliases: integer(env, 'ATLAS_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 10_000),
      maxTokens: integer(env, 'ATLAS_MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 100, 1_000_000),
      maxBodyBytes: integer(env, 'ATLAS_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, 1_000, 1_000_000_000),
      maxEditorBodyBytes: integer(env, 'ATLAS_MAX_EDITOR_BODY_BYTES', DEFAULT_LIMITS.maxEditorBodyBytes, 1_000, 1_000_000_000),
    },
    rateLimitPerMinute: integer(env, 'ATLAS_RATE_LIMIT', DEFAULT_RATE_LIMIT_PER_MINUTE, 0, 1_000_000),
    trustProxy: flag(env, 'ATLAS_TRUST_PROXY', false),
    corsOrigins: corsOrigins(env),
    persistedOperations: oneOf<PersistedOperationsMode>(env, 'ATLAS_PERSISTED_OPERATIONS', ['off', 'only'], 'off'),
    persistedOperationsFile: path.resolve(REPO_ROOT, env.ATLAS_PERSISTED_OPERATIONS_FILE || 'web/dist/persisted-operations.json'),
    graphiql: flag(env, 'ATLAS_GRAPHIQL', true),
  };
}

/** Reads the environment once, at startup; every mistake is reported with what to do about it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  let neo4j: Neo4jConnection | undefined;
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) {
      throw new ConfigError(
        `NEO4J_URI=${env.NEO4J_URI} is not a Neo4j address: use neo4j://host:7687, neo4j+s://… (Aura) or bolt://host:7687.`,
      );
    }
    if (!env.NEO4J_PASSWORD) {
      throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set NEO4J_USER and NEO4J_PASSWORD for that database.');
    }
    neo4j = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD,
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    };
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    ...(neo4j ? { neo4j } : {}),
    embedded: {
      dataDir: path.resolve(REPO_ROOT, env.ATLAS_DATA_DIR || '.data/neo4j'),
      heap: memory(env, 'ATLAS_NEO4J_HEAP', '1g'),
      pageCache: memory(env, 'ATLAS_NEO4J_PAGECACHE', '256m'),
      boltPort: integer(env, 'ATLAS_NEO4J_BOLT_PORT', 0, 0, 65535),
    },
    seedDemo: flag(env, 'ATLAS_SEED_DEMO', true),
    warmUp: flag(env, 'ATLAS_WARM_UP', true),
    fastPath: flag(env, 'ATLAS_FAST_PATH', true),
    readAccess: readAccess(env),
    webDist: path.resolve(REPO_ROOT, 'web/dist'),
    txTimeoutMs: integer(env, 'ATLAS_TX_TIMEOUT_MS', DEFAULT_TX_TIMEOUT_MS, 100, 3_600_000),
    commandTxTimeoutMs: integer(env, 'ATLAS_TX_TIMEOUT_MS', WRITE_DATASET_TIMEOUT_MS, 100, 3_600_000),
    security: security(env),
    logLevel: oneOf<LogLevel>(env, 'ATLAS_LOG_LEVEL', LOG_LEVELS, 'info'),
    shutdownGraceMs: integer(env, 'ATLAS_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
  };
}
