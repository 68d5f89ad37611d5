import { beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '@atlas/seed';
import { schema } from '../../server/src/graphql/schema.ts';
import { testApi, testDb } from '../helpers/db.ts';
import { dbFingerprint, strayNodes, type DbFingerprint } from '../helpers/fuzz/dbFingerprint.ts';
import { fuzzSeed } from '../helpers/fuzz/fuzzSeed.ts';
import { responseProblems } from '../helpers/fuzz/responseProblems.ts';
import { describeFailures, runCases, type Caller, type FuzzPlan } from '../helpers/fuzz/runCases.ts';
import { testToken } from '../helpers/tokens.ts';

// Every argument of every query and mutation, with hostile values drawn from a seeded generator.
// A new seed each run (printed in the test names); ATLAS_FUZZ_SEED=<seed> replays one.
const seed = fuzzSeed();
const replay = `replay with ATLAS_FUZZ_SEED=${seed} npx vitest run --project integration tests/integration/fuzz.test.ts`;
const CASES = 12;
const WRONG_CASES = 4;

const db = testDb();
const { app } = testApi(db);
const editor: Caller = { headers: (await testToken(db, 'editor', 'fuzz-editor')).headers };
const reader: Caller = { headers: (await testToken(db, 'reader', 'fuzz-reader')).headers };
const anonymous: Caller = { headers: {} };
const demo = demoDataset();
const demoIds = demo.nodes.map((node) => node.id);
const idsByKind: Record<string, string[]> = {};
for (const node of demo.nodes) (idsByKind[node.kind] ??= []).push(node.id);
const sent: string[] = [];

/** People who may not write: anonymous, a reader's token, an unknown token, malformed headers. */
const NOT_EDITORS: readonly Caller[] = [
  anonymous,
  reader,
  { headers: { authorization: 'Bearer not-a-token' }, invalidToken: true },
  { headers: { authorization: 'Basic Zm9vOmJhcg==' }, invalidToken: true },
  { headers: { authorization: `Bearer ${'x'.repeat(5_000)}` }, invalidToken: true },
];

const plan = (operation: FuzzPlan['operation'], field: string, extra: Partial<FuzzPlan> = {}): FuzzPlan => ({
  app,
  schema,
  seed,
  operation,
  field,
  idsByKind,
  cases: CASES,
  wrongCases: WRONG_CASES,
  caller: () => anonymous,
  sent,
  ...extra,
});

/** How each query's type-correct cases ended, to check the fuzz reached the resolvers at all. */
const queryOutcomes = new Map<string, Record<string, number>>();

async function expectNoFailures(fuzzPlan: FuzzPlan): Promise<void> {
  const { failures, outcomes } = await runCases(fuzzPlan);
  if (fuzzPlan.operation === 'query') queryOutcomes.set(fuzzPlan.field, outcomes);
  expect(failures, describeFailures(failures, replay)).toEqual([]);
}

describe('the fuzz checks', () => {
  const error = (message: string, code?: string) => ({ status: 200, body: { data: null, errors: [{ message, extensions: code ? { code } : {} }] } });

  it('flag server faults: a 5xx, an unknown or missing code, internals in a message', () => {
    expect(responseProblems({ status: 500, body: {} }, [])).toEqual(['HTTP 500']);
    expect(responseProblems(error('Unexpected error.', 'INTERNAL_SERVER_ERROR'), [])).toHaveLength(1);
    expect(responseProblems(error('Variable "$x" is bad.'), [])).toHaveLength(1);
    expect(responseProblems(error('Boom\n    at run (/app/server/src/db/search.ts:12:7)', 'BAD_USER_INPUT'), []).join()).toMatch(/stack trace/);
    expect(responseProblems(error('Neo.ClientError.Statement.SyntaxError: Invalid input', 'NOT_FOUND'), []).join()).toMatch(/Neo4j error/);
    expect(responseProblems(error('Failed near MATCH (n) RETURN n', 'BAD_USER_INPUT'), []).join()).toMatch(/Cypher/);
  });

  it('accept client errors that echo what was sent', () => {
    const sent = "'}) MATCH (n) DETACH DELETE n //";
    expect(responseProblems(error(`No entity with id "${sent}"`, 'NOT_FOUND'), [sent])).toEqual([]);
    expect(responseProblems({ status: 200, body: { data: { stats: { nodes: 1 } } } }, [])).toEqual([]);
  });

  it('require refused mutations to fail and type-incorrect variables to give the expected codes', () => {
    expect(responseProblems({ status: 200, body: { data: { erasePerson: { id: 'x' } } } }, [], { refused: 'erasePerson' })).toHaveLength(1);
    expect(responseProblems(error('Not allowed', 'FORBIDDEN'), [], { codes: new Set(['BAD_USER_INPUT']) })).toHaveLength(1);
    expect(responseProblems({ status: 200, body: { data: {} } }, [], { codes: new Set(['BAD_USER_INPUT']) })).toHaveLength(1);
  });
});

// Other test files write to this database at the same time, under ids of their own: so the
// fingerprint covers the demo's nodes and the relationships among them, and strayNodes catches
// anything new made from what the fuzz sent.
let before: DbFingerprint;
beforeAll(async () => {
  before = await dbFingerprint(db, demoIds);
});

describe(`fuzz of the API (ATLAS_FUZZ_SEED=${seed})`, () => {
  const queries = Object.keys(schema.getQueryType()!.getFields()).sort();
  const mutationType = schema.getMutationType()!;
  const mutations = Object.keys(mutationType.getFields()).sort();
  const dryRuns = mutations.filter((field) => mutationType.getFields()[field]!.args.some((arg) => arg.name === 'dryRun'));

  it.each(queries)('query %s: no 5xx, only client error codes, no internals', async (field) => {
    // Editors see more (hidden people, personal data), so they take other paths through the resolvers.
    await expectNoFailures(plan('query', field, { caller: (rng) => (rng.chance(0.3) ? editor : anonymous) }));
  });

  it.each(mutations)('mutation %s: refused for anyone but editors', async (field) => {
    await expectNoFailures(plan('mutation', field, { caller: (rng) => rng.pick(NOT_EDITORS), expect: { refused: field } }));
  });

  it('has a mutation with a dry run to fuzz as an editor', () => {
    expect(dryRuns).toContain('importData');
  });

  it.each(dryRuns)('mutation %s with dryRun as an editor: no 5xx, only client error codes', async (field) => {
    await expectNoFailures(plan('mutation', field, { caller: () => editor, pinned: { dryRun: true } }));
  });

  // The tests below run last: Vitest runs a file's tests in order.
  it('got answers, not only errors, from most queries', () => {
    const answered = [...queryOutcomes].filter(([, outcomes]) => (outcomes.OK ?? 0) > 0).map(([field]) => field);
    const summary = JSON.stringify(Object.fromEntries(queryOutcomes));
    expect(answered.length, `outcomes by query: ${summary}`).toBeGreaterThanOrEqual(queries.length * 0.75);
  });

  it('left the data as it was', async () => {
    expect(await dbFingerprint(db, demoIds)).toEqual(before);
    expect(await strayNodes(db, sent, demoIds)).toEqual([]);
  });
});
