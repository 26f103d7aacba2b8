/** Why the store failed, for start-up messages and logs. */
export type StoreErrorCode =
  /** The database server could not be reached or refused the connection. */
  | 'STORE_UNREACHABLE'
  /** The SQLite file (or its directory) could not be opened or created. */
  | 'STORE_OPEN_FAILED'
  /** A migration failed; the schema is left as it was before it. */
  | 'STORE_MIGRATION_FAILED'
  /** A query failed while running. */
  | 'STORE_QUERY_FAILED'
  /**
   * A query did not finish within the store's query timeout: the database hangs, or the query waited
   * on a lock. Transient, like `STORE_UNREACHABLE`: the same call may work later.
   */
  | 'STORE_TIMEOUT'
  /** The store was used after `close()`. */
  | 'STORE_CLOSED';

/** An error from the store. The message names the database (host, port, name or file), never a password. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
