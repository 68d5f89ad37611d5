import { insertApiToken, type ApiTokenInfo } from '../db/apiTokens.ts';
import type { Db } from '../db/tx.ts';
import { generateToken } from './apiToken.ts';
import { isRole, ROLES, type Role } from './roles.ts';

/** A mistake in what a new token should be (no name, an unknown role): the caller reports it as bad input. */
export class TokenInputError extends Error {}

export const MAX_TOKEN_NAME = 100;

/** Checks a token's name and role as typed by a person; trimmed name and the role on success. */
export function checkTokenInput(name: string, role: string): { name: string; role: Role } {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_TOKEN_NAME) {
    throw new TokenInputError(`Give the token a name of 1 to ${MAX_TOKEN_NAME} characters: whose it is or what uses it ("Ana Weber", "nightly import").`);
  }
  const lower = role.trim().toLowerCase();
  if (!isRole(lower)) throw new TokenInputError(`Unknown role "${role}": use ${ROLES.join(', ')}.`);
  return { name: trimmed, role: lower };
}

/** Creates a token and stores its hash; the returned `token` is the only time the secret exists outside the caller. */
export async function issueToken(db: Db, name: string, role: string): Promise<{ token: string; info: ApiTokenInfo }> {
  const checked = checkTokenInput(name, role);
  const { id, token, hash } = generateToken();
  const info = await insertApiToken(db, { id, hash, ...checked });
  return { token, info };
}
