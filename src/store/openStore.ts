import type { Logger } from 'pino';
import { openPostgresStore } from './postgres/openPostgresStore.js';
import { openSqliteStore } from './sqlite/openSqliteStore.js';
import type { Store } from './store.js';

/** Where the state lives: PostgreSQL when `databaseUrl` is set, otherwise the SQLite file at `databasePath`. */
export interface OpenStoreOptions {
  databaseUrl?: string;
  databasePath: string;
  logger?: Logger;
  /**
   * PostgreSQL only: how long a runtime query may take before it fails with `STORE_TIMEOUT` (default
   * `POSTGRES_QUERY_TIMEOUT_MS`; tests pass a short one). SQLite runs in-process and has no such hang;
   * its writers wait at most its busy timeout for a lock.
   */
  queryTimeoutMs?: number;
}

/**
 * Opens the configured backend and brings its schema up to date. Rejects with a `StoreError`
 * (`STORE_UNREACHABLE`, `STORE_OPEN_FAILED`, `STORE_MIGRATION_FAILED`) whose message is fit to print.
 * The store's own calls reject with a `StoreError` too; `STORE_UNREACHABLE` and `STORE_TIMEOUT` are
 * transient.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    return openPostgresStore({
      url: options.databaseUrl,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.queryTimeoutMs !== undefined ? { queryTimeoutMs: options.queryTimeoutMs } : {}),
    });
  }
  return openSqliteStore({
    path: options.databasePath,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
