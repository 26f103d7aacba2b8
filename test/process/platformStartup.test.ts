/**
 * Start-up with platform credentials but a database that cannot be reached: the bot must stop with one
 * clear message (naming the server, never the password), exit 1, and never touch the platform.
 */
import { describe, expect, it } from 'vitest';
import { spawnBot } from '../support/spawnBot.js';

/** Discord configured, and a database nobody listens on. */
const DEAD_DATABASE = {
  DISCORD_TOKEN: 'discord.token.value-not-used',
  DISCORD_APPLICATION_ID: '100000000000000001',
  // Nothing listens on port 1; the API URL would fail too, but the store is opened first.
  DISCORD_API_URL: 'http://127.0.0.1:1/api',
  DATABASE_URL: 'postgres://nobody:hunter2secret@127.0.0.1:1/bot',
};

describe('the built bot with an unreachable database', () => {
  it('given Discord credentials and a dead DATABASE_URL then it exits 1 with a clear message and no secret', async () => {
    const bot = spawnBot({ ...DEAD_DATABASE, LOG_LEVEL: 'silent' });
    bot.child.stdin?.end();
    expect(await bot.exited).toBe(1);
    const output = bot.stdout() + bot.stderr();
    expect(bot.stderr()).toMatch(/Start-up failed: .*127\.0\.0\.1:1/);
    expect(output).not.toContain('hunter2secret');
    expect(output).not.toContain('discord.token.value-not-used');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('given a platform configured then the log is JSON lines on stderr, the failure among them', async () => {
    const bot = spawnBot(DEAD_DATABASE);
    bot.child.stdin?.end();
    expect(await bot.exited).toBe(1);
    const lines = bot
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string });
    expect(lines.map((line) => line.msg)).toContain('start-up failed');
    expect(bot.stdout()).toBe('');
  });
});
