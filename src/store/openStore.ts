import type { Logger } from 'pino';
import { openPostgresStore } from './postgres/openPostgresStore.js';
import { openSqliteStore } from './sqlite/openSqliteStore.js';
import type { Store } from './store.js';

/** Where the state lives: PostgreSQL when `databaseUrl` is set, otherwise the SQLite file at `databasePath`. */
export interface OpenStoreOptions {
  databaseUrl?: string;
  databasePath: string;
  logger?: Logger;
}

/**
 * Opens the configured backend and brings its schema up to date. Rejects with a `StoreError`
 * (`STORE_UNREACHABLE`, `STORE_OPEN_FAILED`, `STORE_MIGRATION_FAILED`) whose message is fit to print.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    return openPostgresStore({
      url: options.databaseUrl,
      ...(options.logger ? { logger: options.logger } : {}),
    });
  }
  return openSqliteStore({
    path: options.databasePath,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
