/**
 * The built bot as the Procfile runs it (`node dist/src/main.js`), configured by environment only,
 * against the fake Discord. dist/ is built once by test/globalSetup.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_IDS, FakeDiscord } from './fakeDiscord.js';

const MAIN = resolve('dist/src/main.js');
const SPAWN_WAIT_MS = 20_000;

describe('the built bot as a child process', () => {
  let child: ChildProcess | undefined;
  let fake: FakeDiscord | undefined;

  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    await fake?.stop();
  });

  it('given only Discord env then it logs in, answers /http 503, and exits 0 on SIGTERM', {
    timeout: 60_000,
  }, async () => {
    fake = await new FakeDiscord({ heartbeatIntervalMs: 1000 }).start();
    const workDir = mkdtempSync(join(tmpdir(), 'discord-child-'));
    const proc = spawn(process.execPath, [MAIN], {
      // An empty working directory: no .env, and the SQLite file lands in the temp dir.
      cwd: workDir,
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: 'child.bot.token',
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_API_URL: fake.restApi,
        DATABASE_PATH: join(workDir, 'bot.sqlite'),
        DEFAULT_LOCALE: 'en',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let output = '';
    const onOutput = new Set<() => void>();
    const collect = (chunk: Buffer) => {
      output += chunk;
      for (const listener of onOutput) listener();
    };
    proc.stdout?.on('data', collect);
    proc.stderr?.on('data', collect);
    /** Resolves when the child's output matches; fails after a bounded wait, showing the output. */
    const waitForOutput = (pattern: RegExp) =>
      new Promise<void>((resolvePromise, reject) => {
        const check = () => {
          if (!pattern.test(output)) return;
          clearTimeout(timer);
          onOutput.delete(check);
          resolvePromise();
        };
        const timer = setTimeout(() => {
          onOutput.delete(check);
          reject(new Error(`no ${pattern} in the child's output:\n${output}`));
        }, SPAWN_WAIT_MS);
        onOutput.add(check);
        check();
      });
    const exited = once(proc, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

    const identify = await fake.waitUntil(
      () => fake?.identifies[0],
      'IDENTIFY from the child',
      SPAWN_WAIT_MS,
    );
    expect(identify.token).toBe('child.bot.token');
    await waitForOutput(/"msg":"Discord connected"/);
    expect(output).not.toContain('child.bot.token');

    const { id } = fake.chatInput([{ name: 'query', type: 3, value: '503' }]);
    const callback = await fake.waitForCallback(id);
    const data = (callback.body as { type: number; data: { embeds: { title?: string }[] } }).data;
    expect((callback.body as { type: number }).type).toBe(4);
    expect(data.embeds[0]?.title).toMatch(/^503 Service Unavailable/);

    proc.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal, output: code === 0 ? '' : output }).toEqual({ code: 0, signal: null, output: '' });
  });
});
