/**
 * The Procfile `release` step as a deploy runs it: the built `node dist/src/release.js` (test/globalSetup.ts
 * builds dist/), with an explicit environment only and a working directory of its own (no `.env`).
 * Spawned asynchronously: the fake Discord it registers commands with runs in this process.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/discordCommands.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { FAKE_IDS, FakeDiscord } from '../adapters/discord/fakeDiscord.js';

const RELEASE = fileURLToPath(new URL('../../dist/src/release.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'release-step-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
/** A bounded wait: a release that hangs fails the test instead of holding the run. */
const RELEASE_TIMEOUT_MS = 15_000;

interface ReleaseRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the release step with `env` (plus only what node needs) and collects its output. */
async function runRelease(env: Record<string, string>): Promise<ReleaseRun> {
  const cwd = mkdtempSync(join(root, 'cwd-'));
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [RELEASE], {
    cwd,
    env: { PATH, HOME, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), RELEASE_TIMEOUT_MS);
  try {
    const [code] = (await once(child, 'close')) as [number | null];
    return { code, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}

describe('the release step (node dist/src/release.js)', () => {
  it('given a new SQLite path then it migrates, prints the schema version and exits 0; run again nothing is applied', async () => {
    const databasePath = join(root, 'var', 'bot.sqlite');
    const first = await runRelease({ DATABASE_PATH: databasePath });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`schema at version ${LATEST_VERSION}`);
    expect(first.stdout).toContain(`${MIGRATIONS.length} migration(s) applied now`);
    expect(existsSync(databasePath)).toBe(true);

    const again = await runRelease({ DATABASE_PATH: databasePath });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`schema at version ${LATEST_VERSION}`);
    expect(again.stdout).toContain('0 migration(s) applied now');
  });

  it('given Discord credentials and a guild then the commands are PUT to that guild and it exits 0', async () => {
    const fake = await new FakeDiscord().start();
    try {
      const run = await runRelease({
        DATABASE_PATH: join(root, 'discord.sqlite'),
        DISCORD_TOKEN: 'release.bot.token',
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_GUILD_ID: FAKE_IDS.guild,
        DISCORD_API_URL: fake.restApi,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const puts = fake.calls.filter((call) => call.method === 'PUT');
      expect(puts.map((call) => call.path)).toEqual([
        `/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`,
      ]);
      const put = puts[0]!;
      expect(put.headers.authorization).toBe('Bot release.bot.token');
      const names = commandDefinitions().map((definition) => definition.name);
      expect((put.body as { name: string }[]).map((command) => command.name)).toEqual(names);
      for (const name of names) expect(run.stdout).toContain(name);
      expect(run.stdout).toContain(FAKE_IDS.guild);
      expect(run.stdout + run.stderr).not.toContain('release.bot.token');
    } finally {
      await fake.stop();
    }
  });

  it('given an unreachable PostgreSQL server then it exits 1 naming the server, never the password, and registers nothing', async () => {
    const fake = await new FakeDiscord().start();
    try {
      const run = await runRelease({
        DATABASE_URL: 'postgres://nobody:secretpw@127.0.0.1:1/x',
        DISCORD_TOKEN: 'release.bot.token',
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_API_URL: fake.restApi,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('127.0.0.1:1');
      expect(run.stdout + run.stderr).not.toContain('secretpw');
      // Commands for a release whose database is not ready must not go live.
      expect(fake.calls.filter((call) => call.method === 'PUT')).toEqual([]);
    } finally {
      await fake.stop();
    }
  });
});
