import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/**
 * One Cypher statement a request sent, and the transaction it ran in (statements of one transaction
 * share `tx`): a managed transaction's, or its own when `autoCommit` (session.run, as Db.read runs them).
 */
export interface RecordedQuery {
  tx: number;
  autoCommit: boolean;
  cypher: string;
  params: Record<string, unknown>;
}

export interface CountingDriver {
  /** Use this one in the app: it behaves as the real driver. */
  driver: Driver;
  /** The statements sent since the last take(), in order; clears the log. */
  take(): RecordedQuery[];
}

/**
 * Wraps a driver so every Bolt statement is counted and recorded: `session.run` (auto-commit, as
 * Db.read runs statements) and the `tx.run` of managed transactions (executeRead/executeWrite), which
 * is all Db uses. Counting per request proves
 * a GraphQL request makes the planned number of round trips (no N+1); the recorded statements are
 * the "raw Cypher" floor the benchmark replays through a bare driver.
 */
export function countingDriver(inner: Driver): CountingDriver {
  let log: RecordedQuery[] = [];
  let txSeq = 0;
  const record = (tx: number, autoCommit: boolean, cypher: unknown, params: unknown) => {
    log.push({ tx, autoCommit, cypher: String(cypher), params: (params ?? {}) as Record<string, unknown> });
  };

  const wrapTx = (tx: ManagedTransaction, id: number): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') return (cypher: unknown, params?: unknown) => (record(id, false, cypher, params), target.run(cypher as string, params as never));
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === 'run') return (cypher: unknown, params?: unknown, config?: unknown) => (record(++txSeq, true, cypher, params), target.run(cypher as string, params as never, config as never));
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => {
            // A retried transaction runs `work` again: record only the attempt that counts, the last.
            const id = ++txSeq;
            return target[prop]((tx) => {
              log = log.filter((q) => q.tx !== id);
              return work(wrapTx(tx, id)) as Promise<unknown>;
            }, config as never);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  const driver = new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  return {
    driver,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
  };
}
