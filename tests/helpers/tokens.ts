import { afterAll } from 'vitest';
import { issueToken } from '../../server/src/auth/issueToken.ts';
import type { Role } from '../../server/src/auth/roles.ts';
import { revokeApiToken } from '../../server/src/db/apiTokens.ts';
import type { Db } from '../../server/src/db/tx.ts';

/** Names of tokens that tests create start with this, so a leftover is recognisable (and deletable). */
export const TEST_TOKEN_NAME = 'test:';

/**
 * An API token with `role`, created in the test database as the CLI would, and revoked after the
 * file's tests. Returns the headers that send it.
 */
export async function testToken(db: Db, role: Role, name: string): Promise<{ token: string; id: string; headers: { authorization: string } }> {
  const { token, info } = await issueToken(db, `${TEST_TOKEN_NAME}${name}`, role);
  afterAll(() => revokeApiToken(db, info.id));
  return { token, id: info.id, headers: { authorization: `Bearer ${token}` } };
}
