/**
 * The production services (`composeServices`) over a SQLite file, for adapter and scheduler tests that
 * need real channel settings: deployment defaults come from the production `loadConfig`, so a test says
 * only the variables it cares about (`DEFAULT_LOCALE: 'en'`) instead of rebuilding the wiring by hand.
 */
import { pino } from 'pino';
import { type ComposedServices, composeServices } from '../../src/app/composeServices.js';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { realCore } from './realCore.js';

/** The composed services and the store under them (the caller closes it). */
export interface ComposedForTest extends ComposedServices {
  store: Store;
}

export async function composeOverSqlite(options: {
  databasePath: string;
  env?: Record<string, string>;
  /** The clock settings and the scheduler read. */
  now?: () => Date;
}): Promise<ComposedForTest> {
  const store = await openStore({ databasePath: options.databasePath });
  const services = composeServices({
    config: loadConfig({ ...options.env }),
    logger: pino({ level: 'silent' }),
    core: realCore(),
    store,
    ...(options.now ? { now: options.now } : {}),
  });
  return { ...services, store };
}
