import { parseArgs } from 'node:util';
import { issueToken, TokenInputError } from '../auth/issueToken.ts';
import { ROLES } from '../auth/roles.ts';
import { listApiTokens, revokeApiToken, type ApiTokenInfo } from '../db/apiTokens.ts';
import type { Db } from '../db/tx.ts';
import { openDatabase } from './openDatabase.ts';
import { runCommand, UsageError } from './runCommand.ts';

const USAGE = `Usage: npm run token -- <command>

  create --role ${ROLES.join('|')} --name "<who>"   creates an API token and prints it once (stored only as a hash)
  list                                         every token: id, name, role, created, last used (never the token)
  revoke <id>                                  deletes the token; the server refuses it within a few seconds

Roles: reader reads (needed when READ_ACCESS=token), editor also writes, admin also manages tokens.
Send a token as Authorization: Bearer <token>, or paste it under "Access token" in the web app.`;

function table(tokens: ApiTokenInfo[]): string {
  if (!tokens.length) return 'No API tokens yet: npm run token -- create --role admin --name "<who>" makes the first.';
  const rows = [['id', 'role', 'created', 'last used', 'name'], ...tokens.map((t) => [t.id, t.role, t.createdAt.slice(0, 16).replace('T', ' '), t.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? 'never', t.name])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')).join('\n');
}

async function create(db: Db, name: string | undefined, role: string | undefined): Promise<number> {
  if (!name || !role) throw new UsageError('create needs --role and --name, e.g. create --role editor --name "Ana Weber".');
  const { token, info } = await issueToken(db, name, role);
  // The token alone on stdout, so scripts can capture it; the explanation on stderr.
  console.log(token);
  console.error(`Created ${info.role} token ${info.id} for ${info.name}. This is the only time it is shown: store it now.`);
  return 0;
}

async function revoke(db: Db, id: string | undefined): Promise<number> {
  if (!id) throw new UsageError('revoke needs the token id (npm run token -- list shows them).');
  const revoked = await revokeApiToken(db, id);
  if (!revoked) throw new Error(`No API token with id ${id}: npm run token -- list shows the ids.`);
  console.error(`Revoked ${revoked.role} token ${revoked.id} (${revoked.name}). The server refuses it within a few seconds.`);
  return 0;
}

runCommand(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' } } });
  const [command, ...rest] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command)) throw new UsageError(command ? `Unknown command "${command}".` : 'Give a command.');
  if (rest.length > (command === 'revoke' ? 1 : 0)) throw new UsageError(`Unexpected ${rest.join(' ')}: quote a name with spaces, --name "Ana Weber".`);
  const { db, close } = await openDatabase();
  try {
    if (command === 'create') return await create(db, values.name, values.role);
    if (command === 'revoke') return await revoke(db, rest[0]);
    console.log(table(await listApiTokens(db)));
    return 0;
  } catch (error) {
    throw error instanceof TokenInputError ? new UsageError(error.message) : error;
  } finally {
    await close();
  }
});
