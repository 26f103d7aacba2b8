import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/openStore.js';
import { migratePostgres } from '../../src/store/postgres/migratePostgres.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import type { Store } from '../../src/store/store.js';
import { StoreError } from '../../src/store/storeError.js';
import {
  createFreshSchema,
  type FreshSchema,
  TEST_DATABASE_URL,
  withUrlParam,
} from './freshPostgresSchema.js';
import { LOG_LEVEL, recordingLogger } from './recordingLogger.js';
import { registerStoreContract } from './storeContract.js';

if (!TEST_DATABASE_URL) {
  console.log(
    '[postgres store tests] SKIPPED: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
}

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL backend', () => {
  const baseUrl = TEST_DATABASE_URL!;

  registerStoreContract('PostgreSQL', async () => {
    const schema = await createFreshSchema(baseUrl);
    return {
      open: () => openStore({ databaseUrl: schema.url, databasePath: 'unused-when-url-is-set' }),
      prepareLegacy: async (version, sql) => {
        const pool = new pg.Pool({ connectionString: schema.url, max: 1 });
        try {
          await migratePostgres(
            pool,
            MIGRATIONS.filter((m) => m.version <= version),
          );
          await pool.query(sql);
        } finally {
          await pool.end();
        }
      },
      countRows: async (table) => {
        const client = new pg.Client({ connectionString: schema.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
          return Number(rows[0]!.n);
        } finally {
          await client.end();
        }
      },
      dispose: () => schema.drop(),
    };
  });

  it('given a server that refuses connections then opening fails with STORE_UNREACHABLE naming the host but not the password', async () => {
    const error = await openPostgresStore({
      url: 'postgres://bot:s3cret-pass@127.0.0.1:1/botdb',
      retry: { retries: 1, baseDelayMs: 1 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_UNREACHABLE');
    expect((error as StoreError).message).toContain('127.0.0.1:1/botdb');
    expect((error as StoreError).message).not.toContain('s3cret-pass');
  });

  it('given a database that does not exist then opening fails with STORE_UNREACHABLE naming it', async () => {
    const url = new URL(baseUrl);
    url.pathname = '/no_such_database_for_store_tests';
    const error = await openStore({ databaseUrl: url.toString(), databasePath: 'unused' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_UNREACHABLE');
    expect((error as StoreError).message).toContain('no_such_database_for_store_tests');
  });

  describe('given its connections are killed while running', () => {
    let schema: FreshSchema;
    let store: Store;
    const { logger, lines } = recordingLogger();
    const appName = `store-test-${process.pid}-${Date.now()}`;

    beforeAll(async () => {
      schema = await createFreshSchema(baseUrl);
      store = await openPostgresStore({
        url: withUrlParam(schema.url, 'application_name', appName),
        logger,
        poolSize: 2,
        retry: { retries: 2, baseDelayMs: 20 },
      });
    });
    afterAll(async () => {
      await store?.close();
      await schema?.drop();
    });

    async function killConnections(): Promise<number> {
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ killed: boolean }>(
          'SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1',
          [appName],
        );
        return rows.filter((r) => r.killed).length;
      } finally {
        await admin.end();
      }
    }

    it('then the process keeps running, the loss is logged and the next calls succeed', async () => {
      await store.upsertChannelSettings({ platform: 'slack', channel: 'C1' }, { locale: 'en' });
      await Promise.all([store.getChannelSettings('slack', 'C1'), store.getChannelSettings('slack', 'C1')]);
      expect(await killConnections()).toBeGreaterThan(0);
      // Idle clients learn of the loss asynchronously; give the socket events a moment to arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect((await store.getChannelSettings('slack', 'C1'))?.locale).toBe('en');
      expect(
        await store.claimDailyPost('slack', 'C1', '2025-01-01', { now: new Date('2025-01-01T00:00:00Z') }),
      ).toBeDefined();
      expect(lines.some((l) => l.level === LOG_LEVEL.warn && /postgres/.test(l.msg))).toBe(true);
    });
  });
});
