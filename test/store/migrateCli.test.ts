import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';

const root = mkdtempSync(join(tmpdir(), 'migrate-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `npm run migrate` the way the Procfile release step does (node + tsx, no npm in between). */
function migrate(env: Record<string, string>) {
  const cleanEnv = { ...process.env };
  delete cleanEnv.DATABASE_URL;
  delete cleanEnv.DATABASE_PATH;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/store/migrate-cli.ts'], {
    env: { ...cleanEnv, ...env },
    encoding: 'utf8',
  });
}

describe('npm run migrate', () => {
  it('given a new SQLite path then it applies the migrations and exits 0; run again it reports up to date', () => {
    const path = join(root, 'var', 'bot.sqlite');
    const first = migrate({ DATABASE_PATH: path });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('001 initial schema');
    expect(first.stdout).toContain('002 daily schedule start');
    expect(first.stdout).toContain('003 auto explain claims');
    const second = migrate({ DATABASE_PATH: path });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`up to date (version ${MIGRATIONS.length})`);
  });

  it('given an unreachable PostgreSQL server then it exits 1 naming the host and never the password', () => {
    const result = migrate({ DATABASE_URL: 'postgres://bot:hunter2-secret@127.0.0.1:1/botdb' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('127.0.0.1:1/botdb');
    expect(result.stderr).toContain('STORE_UNREACHABLE');
    expect(result.stderr + result.stdout).not.toContain('hunter2-secret');
  });
});
