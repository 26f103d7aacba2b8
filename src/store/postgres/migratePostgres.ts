import type pg from 'pg';
import { describeMigration, MIGRATIONS, type Migration } from '../migrations.js';
import type { MigrationReport } from '../store.js';

/**
 * Applies pending migrations in one transaction that first takes a transaction-scoped advisory lock, so
 * two instances starting together (a release phase and a dyno, two workers) apply each migration once:
 * the second waits for the first to commit, then finds nothing left to do.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('http-status-bot:schema_migrations'))`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((r) => r.version));
      const applied: string[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(migration.version)) continue;
        await client.query(migration.postgres);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        applied.push(describeMigration(migration));
        done.add(migration.version);
      }
      await client.query('COMMIT');
      return { applied, version: Math.max(0, ...done) };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}
