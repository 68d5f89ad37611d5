import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@atlas/schema';
import { generateToken, parseToken } from '../../server/src/auth/apiToken.ts';
import { hasRole, type Role } from '../../server/src/auth/roles.ts';
import { plain } from '../../server/src/db/plain.ts';
import { writeDataset } from '../../server/src/db/writeDataset.ts';
import { datasetToJson } from '../../server/src/export/datasetToJson.ts';
import { runCli } from '../helpers/cli.ts';
import { deleteByPrefix, testApi, testDb } from '../helpers/db.ts';
import { mutationCalls, MUTATIONS_INTROSPECTION, outcomeOf, type MutationSchema } from '../helpers/mutationCalls.ts';
import { TEST_TOKEN_NAME, testToken } from '../helpers/tokens.ts';

/**
 * Issue 7's check: a reader (no token), a reader token, an unknown token, an editor and an admin
 * each try every mutation the schema has, found by introspection, so a new mutation is covered
 * the day it is added. The role a mutation needs is the one its description names ("Editors only."
 * or "Admins only."), so the API's documentation and its checks cannot drift apart.
 */
const P = 'test-roles-';
const TOKENS = `${TEST_TOKEN_NAME}roles`;
const PERSON = `${P}person`;
const THEME = `${P}theme`;
const db = testDb();
const api = testApi(db);

const reader = await testToken(db, 'reader', 'roles reader');
const editor = await testToken(db, 'editor', 'roles editor');
/** Named with a word no entity has, to look for in search. */
const admin = await testToken(db, 'admin', 'roles Zyxwadmin');
/** The token the revokeApiToken attempts aim at. */
const victim = await testToken(db, 'reader', 'roles victim');

const FIXTURES: Dataset = {
  nodes: [
    { kind: 'Institution', id: `${P}inst`, name: 'Roles Institute', sector: 'PUBLIC', source: 'manual' },
    { kind: 'Theme', id: THEME, name: 'Roles theme', source: 'manual' },
    { kind: 'Person', id: PERSON, name: 'Rolf Rollenmann', visibility: 'public', source: 'manual' },
  ],
  links: [
    { type: 'AFFILIATED_WITH', from: PERSON, to: `${P}inst`, source: 'manual' },
    { type: 'WORKS_ON', from: PERSON, to: THEME, source: 'manual' },
  ],
};

const IMPORTED: Dataset = { nodes: [{ kind: 'Person', id: `${P}imported`, name: 'Ira Importova', source: 'manual' }], links: [] };

/** Realistic arguments for the mutations we know, so a refused call would have changed something. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  erasePerson: { id: PERSON },
  setPersonVisibility: { id: PERSON, visibility: 'HIDDEN', consentSource: 'roles test' },
  savePanelDraft: { input: { title: `${P}draft`, themeId: THEME, memberIds: [PERSON] } },
  importData: { content: datasetToJson(IMPORTED), fileName: 'roles.json', format: 'JSON' },
  createApiToken: { name: `${TOKENS} created`, role: 'ADMIN' },
  revokeApiToken: { id: victim.id },
};

async function cleanUp(): Promise<void> {
  await deleteByPrefix(db, P);
  await db.write(async (tx) => {
    // Panel drafts get ids of their own; ours are known by their title.
    await tx.run('MATCH (s:Session) WHERE s.title STARTS WITH $P DETACH DELETE s', { P });
    await tx.run('MATCH (t:ApiToken) WHERE t.name STARTS WITH $created OR t.name STARTS WITH $cli DELETE t', { created: `${TOKENS} created`, cli: `${TOKENS} cli` });
  });
}

async function resetFixtures(): Promise<void> {
  await cleanUp();
  await writeDataset(db, FIXTURES);
}

/** Everything this file's calls could touch: our entities with their relationships, and our tokens ("last used" aside). */
async function snapshot(): Promise<unknown> {
  return db.read(async (tx) => {
    const result = await tx.run(
      /* cypher */ `
      MATCH (n)
      WHERE (n:Entity AND (n.id STARTS WITH $P OR n.title STARTS WITH $P)) OR (n:ApiToken AND n.name STARTS WITH $tokens)
      OPTIONAL MATCH (n)-[r]-(m)
      WITH n, collect(type(r) + ' ' + m.id) AS links
      RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, links ORDER BY id`,
      { P, tokens: TOKENS },
    );
    return result.records.map((record) => {
      const { lastUsedAt: _lastUsed, ...props } = plain(record.get('props')) as Record<string, unknown>;
      return { id: record.get('id'), labels: record.get('labels'), props, links: [...(record.get('links') as string[])].sort() };
    });
  });
}

/** The role a mutation's description says it needs. */
function neededRole(name: string, description: string): Role {
  if (description.startsWith('Admins only.')) return 'admin';
  if (description.startsWith('Editors only.')) return 'editor';
  throw new Error(`The mutation ${name} does not say who may call it: start its description with "Editors only." or "Admins only." and check that role with requireRole.`);
}

const UNKNOWN = { authorization: `Bearer ${generateToken().token}` };
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN'];

const VIEWERS: Array<{ who: string; headers: Record<string, string>; role: Role | null }> = [
  { who: 'a reader without a token', headers: {}, role: null },
  { who: 'an unknown token', headers: UNKNOWN, role: null },
  { who: 'a reader token', headers: reader.headers, role: 'reader' },
  { who: 'an editor token', headers: editor.headers, role: 'editor' },
  { who: 'an admin token', headers: admin.headers, role: 'admin' },
];

/** What a viewer should get from a mutation that needs `needed`: ok, or the refusal and its HTTP status. */
function expected(role: Role | null, needed: Role): { code: string; status?: number } {
  if (role === null) return { code: 'UNAUTHENTICATED', status: 401 };
  return hasRole({ role }, needed) ? { code: 'ok' } : { code: 'FORBIDDEN', status: 403 };
}

let calls: ReturnType<typeof mutationCalls> = [];
beforeAll(async () => {
  const introspection = await api.query<MutationSchema>(MUTATIONS_INTROSPECTION);
  calls = mutationCalls(introspection.data!, PERSON, OVERRIDES);
  await resetFixtures();
});
afterAll(cleanUp);

describe('every mutation, tried by every kind of caller', () => {
  it('finds the mutations in the schema, each saying which role it needs', () => {
    expect(calls.map((call) => call.name)).toEqual(expect.arrayContaining(Object.keys(OVERRIDES)));
    for (const call of calls) expect(['editor', 'admin']).toContain(neededRole(call.name, call.description));
  });

  it.each(VIEWERS)('$who gets what its role allows, and a refusal changes nothing', async ({ headers, role }) => {
    const outcomes: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const call of calls) {
      const want = expected(role, neededRole(call.name, call.description));
      if (want.code === 'ok') {
        await resetFixtures();
        const code = outcomeOf(await api.query(call.query, call.variables, headers));
        // A call with made-up arguments (a mutation added since) may fail on them, but never for want of a role.
        outcomes[call.name] = call.realistic || REFUSALS.includes(code) ? code : 'ok';
      } else {
        const before = await snapshot();
        const response = await api.query(call.query, call.variables, headers);
        outcomes[call.name] = `${outcomeOf(response)} ${response.status}`;
        expect(await snapshot(), `${call.name} changed data although it was refused`).toEqual(before);
      }
      wanted[call.name] = want.status ? `${want.code} ${want.status}` : 'ok';
    }
    expect(outcomes).toEqual(wanted);
  });

  it('refuses a token it does not know even for reads, so the client learns of it', async () => {
    const response = await api.query('{ stats { nodes } }', undefined, UNKNOWN);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.message).toMatch(/not valid/);
  });

  it('did what the admin asked: the victim token is revoked and can no longer read a closed atlas', async () => {
    // A new app: the old one may still hold the token's answer in its cache for a few seconds.
    const closed = await testApi(db, { readAccess: 'token' }).query('{ viewer { role } }', undefined, victim.headers);
    expect(closed.status).toBe(401);
    const tokens = await testApi(db).query<{ apiTokens: Array<{ id: string }> }>('{ apiTokens { id } }', undefined, admin.headers);
    expect(tokens.data!.apiTokens.map((t) => t.id)).not.toContain(victim.id);
    expect(tokens.data!.apiTokens.map((t) => t.id)).toContain(admin.id);
  });
});

describe('READ_ACCESS=token', () => {
  const closed = testApi(db, { readAccess: 'token' });
  const STATS = '{ stats { nodes } }';

  it('refuses every request without a valid token, with a message that says what to send', async () => {
    for (const headers of [{}, { authorization: `Bearer ${generateToken().token}` }, { authorization: 'Bearer not-a-token' }] as Array<Record<string, string>>) {
      const response = await closed.query(STATS, undefined, headers);
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const anonymous = await closed.query(STATS);
    expect(anonymous.errors?.[0]?.message).toMatch(/not public: send an API token/);
    const introspection = await closed.query('{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(401);
  });

  it('lets any role read, and still checks roles for writes', async () => {
    for (const token of [reader, editor, admin]) {
      const response = await closed.query<{ stats: { nodes: number } }>(STATS, undefined, token.headers);
      expect(response.data!.stats.nodes).toBeGreaterThan(0);
    }
    const write = await closed.query(calls.find((call) => call.name === 'erasePerson')!.query, { id: PERSON }, reader.headers);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps /health open', async () => {
    const response = await closed.app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
  });
});

describe('API tokens are not entities', () => {
  it('never show up in search or exports', async () => {
    const search = await api.query<{ search: unknown[] }>('query($q: String!) { search(query: $q) { score } }', { q: 'Zyxwadmin' }, admin.headers);
    expect(search.data!.search).toEqual([]);
    const exported = await api.query<{ exportData: { content: string } }>('{ exportData(format: JSON) { content } }', undefined, admin.headers);
    const content = exported.data!.exportData.content;
    expect(content.length).toBeGreaterThan(1000);
    for (const token of [reader, editor, admin]) expect(content).not.toContain(token.id);
    expect(content).not.toContain(TOKENS);
  });
});

describe('npm run token', () => {
  const name = `${TOKENS} cli Ana Weber`;
  const EDIT = 'mutation($id: ID!) { erasePerson(id: $id) { complete } }';

  it('creates a token that works at once, lists it without the secret, and revokes it', async () => {
    const created = await runCli('tokenCommand', ['create', '--role', 'editor', '--name', name]);
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim();
    const parts = parseToken(token);
    expect(parts, `not a token: ${token}`).not.toBeNull();
    expect(created.stderr).toMatch(/only time it is shown/);

    const viewer = await testApi(db).query<{ viewer: { role: string } }>('{ viewer { role } }', undefined, { authorization: `Bearer ${token}` });
    expect(viewer.data!.viewer.role).toBe('editor');

    const listed = await runCli('tokenCommand', ['list']);
    expect(listed.code, listed.stderr).toBe(0);
    const line = listed.stdout.split('\n').find((l) => l.startsWith(parts!.id));
    expect(line).toMatch(/editor/);
    expect(line).toContain(name);
    expect(line).not.toMatch(/never$/); // used just now: its "last used" is set
    expect(listed.stdout).not.toContain(parts!.secret);

    const revoked = await runCli('tokenCommand', ['revoke', parts!.id]);
    expect(revoked.code, revoked.stderr).toBe(0);
    // A new app: the old one may remember the token for a few seconds (documented).
    const refused = await testApi(db).query(EDIT, { id: PERSON }, { authorization: `Bearer ${token}` });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.message).toMatch(/not valid/);
    expect((await runCli('tokenCommand', ['list'])).stdout).not.toContain(parts!.id);
  });

  it('says what is wrong with a bad call', async () => {
    const badRole = await runCli('tokenCommand', ['create', '--role', 'owner', '--name', name]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/Unknown role "owner": use reader, editor, admin/);
    const unknown = await runCli('tokenCommand', ['revoke', '0000000000000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No API token with id 0000000000000000/);
  });
});
