import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ConflictError, DatabaseUnavailableError } from './errors.ts';

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** Neo4j error codes that mean "the database is not there right now", not "your query is wrong". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Translates driver errors into domain errors; everything else passes through unchanged. */
export function translateError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.Database')) {
      return new DatabaseUnavailableError(error);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError(error.message, error);
    }
  }
  return error;
}

/**
 * The only place that opens sessions. `read` and `write` run managed transactions, which the
 * driver may retry, so `work` must be free of side effects outside the transaction.
 */
export class Db {
  constructor(
    readonly driver: Driver,
    readonly database?: string,
  ) {}

  async read<T>(work: Work<T>): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: 'READ', ...this.databaseOption() });
    try {
      return await session.executeRead(work);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: Work<T>): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: 'WRITE', ...this.databaseOption() });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    const session = this.driver.session({ defaultAccessMode: 'WRITE', ...this.databaseOption() });
    try {
      await session.run(cypher);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  private databaseOption(): { database?: string } {
    return this.database ? { database: this.database } : {};
  }
}
