import { API_TOKEN_LABEL } from '@atlas/schema';
import type { Role } from '../auth/roles.ts';
import { plain } from './plain.ts';
import type { Db } from './tx.ts';

/** A stored token as lists show it: never the secret, nor its hash. */
export interface ApiTokenInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface StoredToken {
  id: string;
  role: Role;
  hash: string;
}

const INFO = (t: string) => `${t} { .id, .name, .role, createdAt: toString(${t}.createdAt), lastUsedAt: toString(${t}.lastUsedAt) }`;

export async function insertApiToken(db: Db, token: { id: string; name: string; role: Role; hash: string }): Promise<ApiTokenInfo> {
  return db.write(async (tx) => {
    const result = await tx.run(
      /* cypher */ `CREATE (t:${API_TOKEN_LABEL} {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()}) RETURN ${INFO('t')} AS token`,
      token,
    );
    return plain(result.records[0]!.get('token')) as ApiTokenInfo;
  });
}

/** Every token, newest first. */
export async function listApiTokens(db: Db): Promise<ApiTokenInfo[]> {
  return db.read(async (tx) => {
    const result = await tx.run(/* cypher */ `MATCH (t:${API_TOKEN_LABEL}) RETURN ${INFO('t')} AS token ORDER BY t.createdAt DESC, t.id`);
    return result.records.map((record) => plain(record.get('token')) as ApiTokenInfo);
  });
}

/** Deletes a token (revoked tokens are not kept); null when there was none with that id. */
export async function revokeApiToken(db: Db, id: string): Promise<ApiTokenInfo | null> {
  return db.write(async (tx) => {
    const result = await tx.run(/* cypher */ `MATCH (t:${API_TOKEN_LABEL} {id: $id}) WITH t, ${INFO('t')} AS token DELETE t RETURN token`, { id });
    const record = result.records[0];
    return record ? (plain(record.get('token')) as ApiTokenInfo) : null;
  });
}

export async function findApiToken(db: Db, id: string): Promise<StoredToken | null> {
  return db.read(async (tx) => {
    const result = await tx.run(/* cypher */ `MATCH (t:${API_TOKEN_LABEL} {id: $id}) RETURN t { .id, .role, .hash } AS token`, { id });
    const record = result.records[0];
    return record ? (record.get('token') as StoredToken) : null;
  });
}

/** Notes that a token was used; called once per cache period, so "last used" is accurate to a few seconds. */
export async function touchApiToken(db: Db, id: string): Promise<void> {
  await db.write((tx) => tx.run(/* cypher */ `MATCH (t:${API_TOKEN_LABEL} {id: $id}) SET t.lastUsedAt = datetime()`, { id }));
}
