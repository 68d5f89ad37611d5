/** One request a load client made, and how it ended. */
export interface LoadSample {
  client: number;
  startedAt: number;
  endedAt: number;
  status: number;
  /** The first error's extensions.code, 'OK' without errors, 'HUNG' when it did not answer in time, 'NETWORK' when the connection failed. */
  code: string;
  message: string;
}

export interface LoadClients {
  samples: LoadSample[];
  /** Resolves once every client has a sample started after `since` that satisfies `ok`, or rejects after `timeoutMs`. */
  waitForEach(ok: (sample: LoadSample) => boolean, since: number, timeoutMs: number, what: string): Promise<void>;
  stop(): Promise<void>;
}

const QUERIES = [
  '{ stats { nodes relationships } }',
  '{ search(query: "resilience") { score node { id label } } }',
  '{ themes { id name } }',
  '{ node(id: "fault-theme") { id label } }',
];

/**
 * Several clients, each looping GraphQL queries against a real HTTP server, recording every
 * answer. A request that does not answer within `hangMs` is aborted and recorded as HUNG.
 */
export function startLoadClients(baseUrl: string, clients: number, hangMs: number): LoadClients {
  const samples: LoadSample[] = [];
  let running = true;
  const one = async (client: number, query: string): Promise<LoadSample> => {
    const startedAt = Date.now();
    const done = (status: number, code: string, message: string): LoadSample => ({ client, startedAt, endedAt: Date.now(), status, code, message });
    try {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(hangMs),
      });
      const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const error = body.errors?.[0];
      return done(response.status, error ? String(error.extensions?.code) : 'OK', error?.message ?? '');
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      return done(0, name === 'TimeoutError' ? 'HUNG' : 'NETWORK', String(error));
    }
  };
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let i = 0; running; i++) {
      samples.push(await one(client, QUERIES[(client + i) % QUERIES.length]!));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  return {
    samples,
    async waitForEach(ok, since, timeoutMs, what) {
      const deadline = Date.now() + timeoutMs;
      const satisfied = () => Array.from({ length: clients }, (_, c) => c).every((c) => samples.some((s) => s.client === c && s.startedAt >= since && ok(s)));
      while (!satisfied()) {
        if (Date.now() > deadline) {
          const recent = samples.slice(-8).map((s) => `client ${s.client}: ${s.status} ${s.code} after ${s.endedAt - s.startedAt} ms`);
          throw new Error(`Not every load client saw ${what} within ${timeoutMs / 1000} s. Last answers:\n${recent.join('\n')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
