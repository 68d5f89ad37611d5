import type { GraphQLSchema } from 'graphql';
import type { App } from '../../../server/src/app.ts';
import { fuzzOperation, type FuzzVariable } from './fuzzOperation.ts';
import { rngFor, type Rng } from './fuzzSeed.ts';
import { OMIT, validValue, wrongValue } from './inputValues.ts';
import { outcome, responseProblems, stringsIn, type Expectation, type FuzzResponse } from './responseProblems.ts';

export interface FuzzPlan {
  app: App;
  schema: GraphQLSchema;
  seed: number;
  operation: 'query' | 'mutation';
  field: string;
  /** Ids in the database by kind, for cases that reach past "not found". */
  idsByKind: Readonly<Record<string, readonly string[]>>;
  /** Type-correct cases, then type-incorrect ones (skipped when the operation has no variables). */
  cases: number;
  wrongCases: number;
  /** Who asks, per case. */
  caller: (rng: Rng) => Caller;
  /** Fixed values for some of the root field's arguments, whatever the fuzz draws (dryRun: true). */
  pinned?: Record<string, unknown>;
  expect?: Expectation;
  /** Every string sent, collected for the check for stray nodes. */
  sent: string[];
}

export interface Caller {
  headers: Record<string, string>;
  /** The token sent is not valid: the request is refused (UNAUTHENTICATED) before its variables are read. */
  invalidToken?: boolean;
}

/**
 * Codes a type-incorrect variable may give: BAD_USER_INPUT, unless an invalid token is refused first.
 * The cost limit reads variables only once they are coerced, so a wrong one is never a cost.
 */
const wrongCodes = (caller: Caller): ReadonlySet<string> => new Set(['BAD_USER_INPUT', ...(caller.invalidToken ? ['UNAUTHENTICATED'] : [])]);

export interface FuzzResult {
  failures: FuzzCaseFailure[];
  /** How the type-correct cases ended, by outcome ('OK' or an error code). */
  outcomes: Record<string, number>;
}

export interface FuzzCaseFailure {
  index: number;
  problems: string[];
  variables: Record<string, unknown>;
}

async function send(app: App, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<FuzzResponse> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] } };
  }
}

/**
 * Runs a field's cases, each with its own generator (seed, field, case number), so a failing case
 * replays alone with the same values. Returns the cases that failed.
 */
export async function runCases(plan: FuzzPlan): Promise<FuzzResult> {
  const root = plan.operation === 'query' ? plan.schema.getQueryType() : plan.schema.getMutationType();
  const field = root?.getFields()[plan.field];
  if (!field) throw new Error(`No ${plan.operation} field ${plan.field} in the schema.`);
  const operation = fuzzOperation(plan.schema, plan.operation, field);
  const failures: FuzzCaseFailure[] = [];
  const outcomes: Record<string, number> = {};
  // A few cases per variable: a field without arguments has little to vary.
  const cases = Math.min(plan.cases, 2 + 2 * operation.variables.length);
  const total = cases + (operation.variables.length ? plan.wrongCases : 0);
  for (let index = 0; index < total; index++) {
    const rng = rngFor(plan.seed, `${plan.operation}.${plan.field}#${index}`);
    const isPinned = (v: FuzzVariable) => v.root && plan.pinned !== undefined && v.argument.name in plan.pinned;
    const free = operation.variables.filter((v) => !isPinned(v));
    const wrong = index >= cases && free.length ? rng.pick(free) : undefined;
    // Case 0 is plausible throughout; most others make one variable hostile, so it gets past the
    // checks of the others; every third case makes all of them hostile at once.
    const allHostile = !wrong && index > 0 && index % 3 === 0;
    const focus = !wrong && index > 0 && free.length ? rng.pick(free) : undefined;
    const variables: Record<string, unknown> = {};
    for (const variable of operation.variables) {
      const slot = { ...variable.argument, hint: variable.field };
      const ctx = { rng, idsByKind: plan.idsByKind, hostile: allHostile || variable === focus };
      const value = isPinned(variable)
        ? plan.pinned![variable.argument.name]
        : variable === wrong
          ? wrongValue(variable.type, slot, ctx)
          : validValue(variable.type, slot, ctx);
      if (value !== OMIT) variables[variable.name] = value;
    }
    const sent = stringsIn(variables);
    plan.sent.push(...sent);
    const caller = plan.caller(rng);
    const response = await send(plan.app, operation.text, variables, caller.headers);
    const expect: Expectation = wrong ? { ...plan.expect, codes: wrongCodes(caller) } : (plan.expect ?? {});
    const problems = responseProblems(response, sent, expect);
    if (problems.length) failures.push({ index, problems, variables });
    if (!wrong) outcomes[outcome(response)] = (outcomes[outcome(response)] ?? 0) + 1;
  }
  return { failures, outcomes };
}

const shorten = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length} chars)` : Array.isArray(v) && v.length > 8 ? [...v.slice(0, 8), `…(${v.length} items)`] : v)));

/** A readable account of failed cases: what went wrong and with which (shortened) variables. */
export function describeFailures(failures: readonly FuzzCaseFailure[], replay: string): string {
  const shown = failures.slice(0, 5).map((f) => `case ${f.index}: ${f.problems.join('; ')}\n  variables: ${JSON.stringify(shorten(f.variables))}`);
  return `${failures.length} case(s) failed (${replay}):\n${shown.join('\n')}`;
}
