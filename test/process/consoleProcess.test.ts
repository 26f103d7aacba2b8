/**
 * `npm start` with no credentials: the built bot runs the console adapter. Also the start-up contract:
 * bad configuration stops it with one message listing every problem, and SIGTERM exits 0.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, spawnBot } from '../support/spawnBot.js';

describe('the built bot without credentials', () => {
  it('given queries on stdin then it prints their cards and exits 0 when input ends', async () => {
    const bot = spawnBot({ DEFAULT_LOCALE: 'en' });
    bot.child.stdin?.end('503\n/http 게이트웨이 타임아웃\nquit\n');
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toContain('503 Service Unavailable');
    expect(bot.stdout()).toContain('504 Gateway Timeout');
    expect(bot.stdout()).toMatch(/SLACK_BOT_TOKEN/);
    expect(bot.stdout()).toMatch(/DISCORD_TOKEN/);
    // Not a TTY: no colour codes.
    expect(bot.stdout()).not.toContain('\u001b[');
  });

  it('given the conversation ends, by quit or by SIGTERM, then no JSON log line is printed into it', async () => {
    const jsonLine = /^\s*\{.*"level"/m;
    const quitting = spawnBot({ DEFAULT_LOCALE: 'en', LOG_LEVEL: 'debug' });
    quitting.child.stdin?.end('503\nquit\n');
    expect(await quitting.exited).toBe(0);
    expect(quitting.stdout()).toContain('503 Service Unavailable');
    expect(quitting.stdout()).not.toMatch(jsonLine);
    expect(quitting.stderr()).not.toMatch(jsonLine);

    const stopped = spawnBot({ DEFAULT_LOCALE: 'en', LOG_LEVEL: 'debug' });
    await stopped.waitForOutput(/http>/);
    stopped.child.kill('SIGTERM');
    expect(await stopped.exited).toBe(0);
    expect(stopped.stdout() + stopped.stderr()).not.toMatch(jsonLine);
  });

  it('given PORT then /healthz answers 200 next to the console, and SIGTERM exits 0', async () => {
    const port = await freePort();
    const bot = spawnBot({ PORT: String(port), HOST: '127.0.0.1' });
    await bot.waitForOutput(/http>|SLACK_BOT_TOKEN/);
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(200);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('given several bad settings then it exits 1 listing each of them and no secret', async () => {
    const secret = 'xoxp-user-token-is-not-a-bot-token';
    const bot = spawnBot({
      DEFAULT_LOCALE: 'fr',
      DAILY_TIME: '25:00',
      DAILY_TZ: 'Mars/Olympus',
      SLACK_BOT_TOKEN: secret,
      SLACK_SIGNING_SECRET: 'signing-secret-value',
    });
    bot.child.stdin?.end();
    expect(await bot.exited).toBe(1);
    const err = bot.stderr();
    for (const name of ['DEFAULT_LOCALE', 'DAILY_TIME', 'DAILY_TZ', 'SLACK_BOT_TOKEN'])
      expect(err).toContain(name);
    expect(err + bot.stdout()).not.toContain(secret);
    expect(err).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  });

  it('given a .env file in its working directory then its values apply, but real variables win', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpbot-env-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, '.env'), 'DEFAULT_LOCALE=en\nDAILY_TIME=99:99\n');
    const bot = spawnBot({ DAILY_TIME: '08:00' }, { cwd: dir });
    bot.child.stdin?.end('404\n');
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toContain('404 Not Found');
    expect(bot.stdout()).not.toContain('찾을 수 없음');
  });
});
