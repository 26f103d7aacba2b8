import type BetterSqlite3 from 'better-sqlite3';
import { describeMigration, MIGRATIONS, type Migration } from '../migrations.js';
import type { MigrationReport } from '../store.js';

/**
 * Applies pending migrations in one IMMEDIATE transaction: the write lock is taken before the applied
 * versions are read, so a second process opening the same file waits (busy_timeout) and then finds
 * nothing left to do.
 */
export function migrateSqlite(
  db: BetterSqlite3.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationReport {
  const run = db.transaction((): MigrationReport => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const rows = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    const done = new Set(rows.map((r) => r.version));
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const applied: string[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(describeMigration(migration));
      done.add(migration.version);
    }
    return { applied, version: Math.max(0, ...done) };
  });
  return run.immediate();
}
