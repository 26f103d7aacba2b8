/**
 * The two databases several instances can share, as end-to-end tests run against each: one SQLite file
 * (always) and one fresh PostgreSQL schema (when TEST_DATABASE_URL is set; skipped with a message when not).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { createFreshSchema, TEST_DATABASE_URL } from '../store/freshPostgresSchema.js';
import type { InstanceDatabase } from './composeInstance.js';

/**
 * Registers `run` as two tests, "given one SQLite file then <outcome>" and "given one PostgreSQL
 * database then <outcome>". `label` names the suite in the skip message.
 */
export function itOnSharedDatabases(
  label: string,
  outcome: string,
  run: (database: InstanceDatabase) => Promise<void>,
): void {
  const root = mkdtempSync(join(tmpdir(), 'e2e-shared-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`given one SQLite file then ${outcome}`, async () => {
    await run({ databasePath: join(root, 'shared.sqlite') });
  });

  if (!TEST_DATABASE_URL) {
    console.log(`[${label} on PostgreSQL] SKIPPED: TEST_DATABASE_URL is not set`);
  }
  it.skipIf(!TEST_DATABASE_URL)(`given one PostgreSQL database then ${outcome}`, async () => {
    const schema = await createFreshSchema(TEST_DATABASE_URL!);
    try {
      await run({ databaseUrl: schema.url });
    } finally {
      await schema.drop();
    }
  });
}
