/**
 * One complete bot instance for end-to-end tests, composed by the production `composeServices` in the
 * same order as `startPlatforms` (store, services, adapter, scheduler). Two things differ, both on
 * purpose: the scheduler reads the test's clock, and croner never runs; the test calls `tick()` itself. Everything past the adapter is the real network edge (a fake server).
 */
import type { Logger } from 'pino';
import { composeServices } from '../../src/app/composeServices.js';
import type { AppContext, RunningAdapter, SettingsService } from '../../src/app/contracts.js';
import type { DailyScheduler } from '../../src/app/scheduler/createDailyScheduler.js';
import { type AppConfig, loadConfig } from '../../src/config.js';
import type { StatusCore } from '../../src/core/answer.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';

/** Where an instance keeps its state: a SQLite file, or a PostgreSQL URL. */
export type InstanceDatabase = { databasePath: string } | { databaseUrl: string };

/** What an instance needs besides its database. */
export interface InstanceOptions {
  database: InstanceDatabase;
  core: StatusCore;
  logger: Logger;
  /** The scheduler's clock (the test moves it). */
  now: () => Date;
  /** Deployment variables, read with the production `loadConfig` (defaults as in production). */
  env?: Record<string, string>;
  /** Starts the platform adapter with the composed context (`startSlack(ctx, ...)`). */
  connect: (ctx: AppContext) => Promise<RunningAdapter>;
}

/** A running instance: its real parts, exposed so the test can drive and inspect them. */
export interface Instance {
  config: AppConfig;
  store: Store;
  settings: SettingsService;
  scheduler: DailyScheduler;
  /** Stops like production does: scheduler, then adapter, then the database. */
  stop(): Promise<void>;
}

/** Composes and starts one instance; on a failed adapter start the store is closed again. */
export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const config = loadConfig({ ...options.env });
  const { core, logger } = options;
  const store = await openStore({
    ...('databaseUrl' in options.database
      ? { databaseUrl: options.database.databaseUrl, databasePath: 'unused-with-postgres' }
      : { databasePath: options.database.databasePath }),
    logger,
  });
  // The production wiring, with the test's clock and a backoff that never waits on wall time.
  const { ctx, settings, scheduler } = composeServices({
    config,
    logger,
    core,
    store,
    now: options.now,
    sleep: async () => undefined,
  });

  let adapter: RunningAdapter;
  try {
    adapter = await options.connect(ctx);
  } catch (error) {
    await store.close();
    throw error;
  }

  return {
    config,
    store,
    settings,
    scheduler,
    stop: async () => {
      await scheduler.stop();
      await adapter.stop();
      await store.close();
    },
  };
}
