import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/openStore.js';
import { migrateSqlite } from '../../src/store/sqlite/migrateSqlite.js';
import { StoreError } from '../../src/store/storeError.js';
import { registerStoreContract } from './storeContract.js';

const root = mkdtempSync(join(tmpdir(), 'store-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

registerStoreContract('SQLite', async () => {
  const path = join(root, `run-${counter++}`, 'nested', 'bot.sqlite');
  return {
    open: () => openStore({ databasePath: path }),
    prepareLegacy: async (version, sql) => {
      mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path);
      try {
        migrateSqlite(
          db,
          MIGRATIONS.filter((m) => m.version <= version),
        );
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    countRows: async (table) => {
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    dispose: async () => undefined,
  };
});

describe('SQLite backend', () => {
  it('given a path in a missing directory then the directory is created and the file uses WAL', async () => {
    const path = join(root, 'fresh', 'dir', 'state.sqlite');
    const store = await openStore({ databasePath: path });
    expect(store.backend).toBe('sqlite');
    await store.close();
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const versions = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(versions).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    } finally {
      db.close();
    }
  });

  it('given a path whose parent is a file then opening fails with STORE_OPEN_FAILED naming the path', async () => {
    const blocker = join(root, 'blocker');
    writeFileSync(blocker, 'not a directory');
    const path = join(blocker, 'bot.sqlite');
    const error = await openStore({ databasePath: path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_OPEN_FAILED');
    expect((error as StoreError).message).toContain(path);
    expect(readFileSync(blocker, 'utf8')).toBe('not a directory');
  });
});
