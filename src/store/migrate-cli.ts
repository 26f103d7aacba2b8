/**
 * `npm run migrate`: brings the database named by DATABASE_URL (PostgreSQL) or DATABASE_PATH (SQLite)
 * up to date, prints what it applied and exits 0; 1 with the reason on failure. The Procfile release step.
 */
import { ConfigError, loadConfig } from '../config.js';
import { openStore } from './openStore.js';
import { describePostgresTarget } from './postgres/describePostgresTarget.js';
import { StoreError } from './storeError.js';

async function main(): Promise<number> {
  try {
    const { databaseUrl, databasePath } = loadConfig();
    const target = databaseUrl
      ? `PostgreSQL at ${describePostgresTarget(databaseUrl)}`
      : `SQLite at ${databasePath}`;
    const store = await openStore({ ...(databaseUrl ? { databaseUrl } : {}), databasePath });
    const { applied, version } = store.migrations;
    await store.close();
    if (applied.length === 0) {
      console.log(`${target}: schema up to date (version ${version}).`);
    } else {
      console.log(`${target}: applied ${applied.length} migration(s), now at version ${version}:`);
      for (const name of applied) console.log(`  ${name}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof StoreError) console.error(`migrate: ${error.message} [${error.code}]`);
    else if (error instanceof ConfigError) console.error(`migrate: ${error.message}`);
    else console.error('migrate: unexpected failure', error);
    return 1;
  }
}

process.exitCode = await main();
