import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction, type SessionConfig } from 'neo4j-driver';
import { ConflictError, DatabaseBusyError, DatabaseUnavailableError, TooLargeError, TransactionTimeoutError } from './errors.ts';
import { withoutStatementStack } from '../sourceMaps.ts';
import { withRetries } from './retry.ts';

/** What a read's work runs its statements with; a managed transaction (a write's) is one too. */
export type Runner = Pick<ManagedTransaction, 'run'>;

export type ReadWork<T> = (tx: Runner) => Promise<T>;
export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** How long one transaction may run before Neo4j ends it, so no request can hold the database. */
export const DEFAULT_TX_TIMEOUT_MS = 30_000;

export interface TxOptions {
  /** Overrides the database's default for this transaction (a long import, a backup). */
  timeoutMs?: number;
}

/** Neo4j error codes that mean "the database is not there right now", not "your query is wrong". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Neo4j's constraint message names labels and internal node ids ("Node(42) already exists with
 * label `Person` and property `id` = 'x'"): clients get the value that clashed, in plain words.
 */
export function conflictMessage(neo4jMessage: string): string {
  const clash = /property `(\w+)` = '((?:[^'\\]|\\.)*)'/.exec(neo4jMessage);
  if (!clash) return 'The change conflicts with data already there: a value that must be unique is taken.';
  return `An entity with ${clash[1]} "${clash[2]}" already exists: use another ${clash[1]}, or update that entity instead.`;
}

/** Neo4j's codes for a transaction it ended because it ran past its timeout. */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Neo4j's answer when one transaction outgrows what a single transaction may use (`db.memory.transaction.max`). */
const TRANSACTION_MEMORY_CODE = 'Neo.TransientError.General.TransactionMemoryLimit';

/** Neo4j's answers when the memory for all running transactions (or the heap) is used up: load, not the query. */
const MEMORY_POOL_CODES = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.OutOfMemoryError']);

/**
 * Translates driver errors into domain errors; everything else passes through unchanged.
 * `timeoutMs` is the timeout the transaction ran under, so a timeout error can name it.
 */
export function translateError(error: unknown, timeoutMs: number = DEFAULT_TX_TIMEOUT_MS): unknown {
  if (error instanceof Neo4jError) {
    if (TIMEOUT_CODES.has(error.code)) return new TransactionTimeoutError(timeoutMs, error);
    if (error.code === TRANSACTION_MEMORY_CODE) {
      return new TooLargeError('The query needs more memory than the database lets one query have, and was stopped: ask for less (a theme, a year range, a smaller limit).', error);
    }
    if (MEMORY_POOL_CODES.has(error.code)) return new DatabaseBusyError(error);
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.Database')) {
      return new DatabaseUnavailableError(error);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError(conflictMessage(error.message), error);
    }
  }
  return error;
}

/**
 * The only place that opens sessions. `write` runs a managed transaction, which the driver may
 * retry; `read` runs each statement on its own (auto-commit) and retries the whole work the same
 * way; so `work` must be free of side effects outside the database.
 */
export class Db {
  constructor(
    readonly driver: Driver,
    readonly database?: string,
    /** Every transaction's timeout unless a call asks for another. */
    readonly timeoutMs: number = DEFAULT_TX_TIMEOUT_MS,
  ) {}

  /**
   * One bookmark manager for every session of this Db: each session starts after everything this
   * process has committed. On one server that costs nothing; on a cluster (neo4j://) it is what
   * makes a read routed to a follower see the import or draft this process just wrote, instead of
   * a replica that has not applied it yet.
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  /**
   * Reads as auto-commit statements in one READ session (routed to a reader in a cluster): one
   * round trip a statement, where a transaction adds BEGIN and COMMIT (two more, each ~1 ms on a
   * loaded machine and a network's round trip to a remote database). Neo4j isolates transactions
   * at read committed, so statements in one transaction see no steadier data than statements in
   * one session; every statement still runs under the timeout.
   */
  async read<T>(work: ReadWork<T>, options: TxOptions = {}): Promise<T> {
    const config = this.txConfig(options);
    try {
      return await withRetries(async () => {
        const session = this.driver.session(this.sessionConfig('READ'));
        try {
          return await work({ run: (query, parameters) => withoutStatementStack(() => session.run(query, parameters, config)) });
        } finally {
          await session.close();
        }
      });
    } catch (error) {
      throw translateError(error, config.timeout);
    }
  }

  async write<T>(work: Work<T>, options: TxOptions = {}): Promise<T> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      return await session.executeWrite(work, this.txConfig(options));
    } catch (error) {
      throw translateError(error, this.txConfig(options).timeout);
    } finally {
      await session.close();
    }
  }

  /**
   * Auto-commit statements: schema changes (constraints, indexes), which cannot share a
   * transaction with data writes, and `CALL {…} IN TRANSACTIONS`, which commits its own batches.
   */
  async autoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      await session.run(cypher, params);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  private txConfig(options: TxOptions): { timeout: number } {
    return { timeout: options.timeoutMs ?? this.timeoutMs };
  }

  private sessionConfig(defaultAccessMode: 'READ' | 'WRITE'): SessionConfig {
    return { defaultAccessMode, bookmarkManager: this.bookmarks, ...(this.database ? { database: this.database } : {}) };
  }
}
