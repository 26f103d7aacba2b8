/**
 * The built bot as a child process, configured by environment only (as on a real host): it must come
 * up in Slack HTTP mode against the fake Web API, answer a signed `/http 503` and a DM, and exit 0 on
 * SIGTERM. `test/globalSetup.ts` builds dist/ once per run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from './fakeSlackApi.js';
import { eventCallbackBody, postSigned, slashCommandBody } from './signedSlackRequests.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slackHarness.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'dist/src/main.js');
const READY_WAIT_MS = 15_000;

/** A port that was free a moment ago (the child needs a known port; it cannot report port 0). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
}

/** Polls /healthz until it answers 200; fails early if the child dies, and after a bounded wait. */
async function waitForHealth(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_WAIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bot not healthy within ${READY_WAIT_MS} ms:\n${output()}`);
}

describe('given the built bot started with Slack credentials in the environment', () => {
  let api: FakeSlackApi;
  let child: ChildProcess;
  let base: string;
  let logs = '';
  let dataDir: string;

  beforeAll(async () => {
    expect(existsSync(MAIN), `${MAIN} missing: the build (test/globalSetup.ts) did not produce it`).toBe(
      true,
    );
    api = await startFakeSlackApi();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'slack-child-'));
    child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: api.apiUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: join(dataDir, 'bot.sqlite'),
        DEFAULT_LOCALE: 'en',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      logs += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      logs += chunk.toString();
    });
    await waitForHealth(base, child, () => logs);
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await exitOf(child);
    }
    await api?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('given a signed /http 503 and a DM then it answers both, verified its token once, and exits 0 on SIGTERM', async () => {
    expect(api.callsTo('auth.test')).toHaveLength(1);
    expect(api.callsTo('auth.test')[0]?.token).toBe(BOT_TOKEN);

    const command = await postSigned(
      `${base}/slack/events`,
      slashCommandBody({ text: '503', responseUrl: api.responseUrl('child') }),
      'application/x-www-form-urlencoded',
      { secret: SIGNING_SECRET },
    );
    expect(command.status).toBe(200);
    expect(command.json().response_type).toBe('in_channel');
    expect(String(command.json().text)).toContain('503');

    const dm = await postSigned(
      `${base}/slack/events`,
      eventCallbackBody({
        type: 'message',
        channel: 'D0000DM',
        channel_type: 'im',
        user: 'U0000USER',
        text: '404',
        ts: '1700000000.000001',
      }),
      'application/json',
      { secret: SIGNING_SECRET },
    );
    expect(dm.status).toBe(200);
    const reply = await api.waitForCall('chat.postMessage');
    expect(reply.args.channel).toBe('D0000DM');
    expect(String(reply.args.text)).toContain('404');

    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
  });
});
