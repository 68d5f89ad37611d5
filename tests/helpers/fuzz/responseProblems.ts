/** The error codes a client may see (issue 7); anything else, or no code, is a server fault. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'LIMIT_EXCEEDED',
  'CONFLICT',
]);

export interface FuzzResponse {
  status: number;
  body: unknown;
}

interface ErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

/** Signs of internals in an error: stack frames, source files, driver and Cypher text. */
const LEAKS: ReadonlyArray<[string, RegExp]> = [
  ['a stack trace', /\bat .+:\d+:\d+|\n\s+at /],
  ['a source path', /node_modules|\.[cm]?[jt]s:\d+/],
  ['a Neo4j error', /Neo\.(Client|Transient|Database)Error|Neo4jError|neo4j-driver/],
  ['Cypher', /\b(MATCH|MERGE|UNWIND|DETACH DELETE|OPTIONAL MATCH|CALL db\.|RETURN)\b/],
];

/** Every string in a value (the variables sent), so that echoes of them are not taken for leaks. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

function withoutEchoes(text: string, sent: readonly string[]): string {
  // graphql-js quotes values it echoes as JSON, so remove both spellings, longest first.
  const spellings = sent.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]).filter((s) => s.length > 0);
  return spellings.sort((a, b) => b.length - a.length).reduce((rest, s) => rest.split(s).join(''), text);
}

export interface Expectation {
  /** There must be an error, with one of these codes (a type-incorrect variable must be BAD_USER_INPUT). */
  codes?: ReadonlySet<string>;
  /** The field must come back null with an error (a mutation from someone who may not make it). */
  refused?: string;
}

/** How a response ended: 'OK' without errors, else the first error's code. */
export function outcome({ body }: FuzzResponse): string {
  const errors = (body as { errors?: ErrorShape[] } | null)?.errors;
  return errors?.length ? String(errors[0]!.extensions?.code) : 'OK';
}

/**
 * What is wrong with one response: a 5xx, an error without an allowed code, internals leaking into
 * an error. An empty list means the case passed.
 */
export function responseProblems({ status, body }: FuzzResponse, sent: readonly string[], expect: Expectation = {}): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  const { data, errors = [] } = (body ?? {}) as { data?: Record<string, unknown> | null; errors?: ErrorShape[] };
  for (const error of errors) {
    const code = error.extensions?.code;
    const message = String(error.message);
    if (typeof code !== 'string' || !CLIENT_ERROR_CODES.has(code)) problems.push(`code ${String(code)}: ${message.slice(0, 300)}`);
    else if (expect.codes && !expect.codes.has(code)) problems.push(`code ${code}, expected ${[...expect.codes].join(' or ')}: ${message.slice(0, 300)}`);
    const text = withoutEchoes(JSON.stringify(error), sent);
    for (const [what, pattern] of LEAKS) if (pattern.test(text)) problems.push(`${what} in an error: ${text.slice(0, 300)}`);
  }
  if (expect.codes && !errors.length) problems.push(`no error, expected ${[...expect.codes].join(' or ')}`);
  if (expect.refused && (!errors.length || (data && data[expect.refused] != null))) {
    problems.push(`${expect.refused} was not refused: ${JSON.stringify(body).slice(0, 300)}`);
  }
  return problems;
}
