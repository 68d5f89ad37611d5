import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  webDist: string;
  /** Bearer tokens that make a request an editor's. */
  editorTokens: string[];
}

export class ConfigError extends Error {}

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

function editorTokens(env: NodeJS.ProcessEnv): string[] {
  const tokens = (env.ATLAS_EDITOR_TOKENS ?? '').split(',').map((token) => token.trim()).filter(Boolean);
  const short = tokens.find((token) => token.length < 16);
  if (short !== undefined) throw new ConfigError('ATLAS_EDITOR_TOKENS holds a token shorter than 16 characters: use long random tokens (openssl rand -hex 24).');
  return tokens;
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
    editorTokens: editorTokens(env),
    webDist: path.resolve(REPO_ROOT, 'web/dist'),
  };
}
