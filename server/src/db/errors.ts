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
