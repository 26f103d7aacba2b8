/**
 * A PostgreSQL server that does not answer must not stall the bot: runtime queries fail with
 * STORE_TIMEOUT after the store's query timeout. Both ways a query can hang are played at the network
 * edge: a real query waiting on a lock another session holds (the server cancels it), and a server
 * behind a proxy that goes silent (the client gives up). Migrations are exempt: they may wait on
 * another instance's migration lock for longer than any runtime query.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { StoreError } from '../../src/store/storeError.js';
import { createFreshSchema, TEST_DATABASE_URL } from './freshPostgresSchema.js';
import { holdLock, startFreezableProxy } from './postgresEdges.js';

/** Short, so the tests stay fast; production uses POSTGRES_QUERY_TIMEOUT_MS. */
const TIMEOUT_MS = 300;
const AT = { now: new Date('2025-03-09T00:00:00.000Z') };

if (!TEST_DATABASE_URL) {
  console.log('[postgres query timeout] SKIPPED: TEST_DATABASE_URL is not set');
}

describe.skipIf(!TEST_DATABASE_URL)('given a PostgreSQL store with a query timeout', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function freshSchemaUrl(): Promise<string> {
    const schema = await createFreshSchema(TEST_DATABASE_URL!);
    cleanups.push(() => schema.drop());
    return schema.url;
  }

  async function open(url: string, queryTimeoutMs = TIMEOUT_MS): Promise<Store> {
    const store = await openStore({ databaseUrl: url, databasePath: 'unused', queryTimeoutMs });
    cleanups.push(() => store.close());
    return store;
  }

  /** Runs `call`, expecting a StoreError; returns it and how long the call took. */
  async function failure(call: () => Promise<unknown>): Promise<{ error: StoreError; ms: number }> {
    const started = performance.now();
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(StoreError);
    return { error: error as StoreError, ms };
  }

  it('given a table another session holds locked then reads and claims fail with STORE_TIMEOUT after the timeout, and work once it is released', async () => {
    const url = await freshSchemaUrl();
    const store = await open(url);
    await store.upsertChannelSettings({ platform: 'slack', channel: 'C1' }, { locale: 'en' });
    const settingsLock = await holdLock(url, 'LOCK TABLE channel_settings IN ACCESS EXCLUSIVE MODE');
    cleanups.push(() => settingsLock.release());
    const claimsLock = await holdLock(url, 'LOCK TABLE daily_posts IN ACCESS EXCLUSIVE MODE');
    cleanups.push(() => claimsLock.release());

    const read = await failure(() => store.getChannelSettings('slack', 'C1'));
    expect(read.error.code).toBe('STORE_TIMEOUT');
    expect(read.error.message).toContain('getChannelSettings');
    // The server cancelled it at the statement timeout (query_canceled), before the client-side backstop.
    expect((read.error.cause as { code?: string }).code).toBe('57014');
    // Not before the timeout (wall-clock upper bounds are left out: the locks are held until released
    // below, so a query that waited for them instead would never get here).
    expect(read.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);

    const claim = await failure(() => store.claimDailyPost('slack', 'C1', '2025-03-09', AT));
    expect(claim.error.code).toBe('STORE_TIMEOUT');

    await settingsLock.release();
    await claimsLock.release();
    expect((await store.getChannelSettings('slack', 'C1'))?.locale).toBe('en');
    // The timed-out claim was cancelled, not committed late: the date is still free.
    expect(await store.claimDailyPost('slack', 'C1', '2025-03-09', AT)).toBeDefined();
  });

  it('given a server that stops answering mid-connection then a query fails with STORE_TIMEOUT instead of hanging, and the store recovers when it answers again', async () => {
    const proxy = await startFreezableProxy(await freshSchemaUrl());
    cleanups.push(() => proxy.stop());
    const store = await open(proxy.url);
    await store.upsertChannelSettings({ platform: 'discord', channel: '7' }, { locale: 'ko' });

    proxy.freeze();
    const hung = await failure(() => store.getChannelSettings('discord', '7'));
    expect(hung.error.code).toBe('STORE_TIMEOUT');
    // Nothing reached the server, so no statement timeout could fire: the client gave up by itself.
    expect(hung.error.message).toMatch(/Query read timeout/);

    proxy.thaw();
    expect((await store.getChannelSettings('discord', '7'))?.locale).toBe('ko');
  });

  it('given another instance holding the migration lock for longer than the query timeout then opening waits for it instead of failing', async () => {
    const url = await freshSchemaUrl();
    const migrating = await holdLock(
      url,
      `SELECT pg_advisory_xact_lock(hashtext('http-status-bot:schema_migrations'))`,
    );
    cleanups.push(() => migrating.release());
    const holdMs = 4 * TIMEOUT_MS;
    const released = new Promise((resolve) => setTimeout(resolve, holdMs)).then(() => migrating.release());

    const started = performance.now();
    const store = await open(url);
    expect(performance.now() - started).toBeGreaterThanOrEqual(holdMs - 50);
    await released;
    expect(store.migrations.version).toBeGreaterThan(0);
    // ... and its runtime queries are bound again.
    expect(await store.getChannelSettings('slack', 'C1')).toBeUndefined();
  });
});
