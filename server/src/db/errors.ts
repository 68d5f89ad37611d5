/** Failures the db layer reports in domain terms; the GraphQL layer maps them to error codes. */

/** The database cannot be reached (down, restarting, network gone). */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** An entity asked for by id does not exist (or is not visible). */
export class NotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No entity with id "${id}"`);
    this.name = 'NotFoundError';
  }
}

/** A write broke a constraint (for example an id already taken). */
export class ConflictError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ConflictError';
  }
}

/** Neo4j stopped a transaction that ran past its timeout (ATLAS_TX_TIMEOUT_MS or a call's own). */
export class TransactionTimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    cause: unknown,
  ) {
    super(`The transaction ran longer than its timeout of ${timeoutMs} ms`, { cause });
    this.name = 'TransactionTimeoutError';
  }
}

/** A write needs more memory than Neo4j lets one transaction have: nothing was written. */
export class TooLargeError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'TooLargeError';
  }
}

/**
 * Neo4j is short of memory for queries right now (its pool for all running transactions is full,
 * usually because several big ones run at once): nothing is wrong with the query, so try again.
 */
export class DatabaseBusyError extends Error {
  constructor(cause: unknown) {
    super('The database has no memory left for more queries right now', { cause });
    this.name = 'DatabaseBusyError';
  }
}
