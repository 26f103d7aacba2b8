/**
 * Starts the real Slack adapter (`startSlack`, real Bolt App, real core and dataset) against the
 * fake Web API on loopback, with a logger whose lines the test can read.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { SlackContext } from '../../../adapters/slack/slackContext.js';
import { SLACK_EVENTS_PATH, startSlack } from '../../../adapters/slack/startSlack.js';
import type { RunningAdapter } from '../../../src/app/contracts.js';
import type { StatusCore } from '../../../src/core/answer.js';
import { type FakeSlackApi, startFakeSlackApi } from './fakeSlackApi.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-token';
export const APP_TOKEN = 'xapp-test-token';

import { realCore } from '../../support/realCore.js';

export { realCore };

/** A log line as pino wrote it. */
export interface LogLine {
  level: number;
  msg?: string;
  err?: { message?: string; type?: string };
  [key: string]: unknown;
}

/** A pino logger that keeps its lines in memory. */
export function capturingLogger(): { logger: pino.Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

export interface SlackHarness {
  api: FakeSlackApi;
  slack: RunningAdapter;
  /** `http://127.0.0.1:<port>/slack/events` (HTTP mode). */
  eventsUrl: string;
  baseUrl: string;
  logs: LogLine[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  core?: StatusCore;
  socketMode?: boolean;
  /** Extra context (settings, autoExplain, registerPoster). */
  context?: Partial<SlackContext>;
  api?: FakeSlackApi;
}

export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const api = options.api ?? (await startFakeSlackApi());
  const { logger, lines } = capturingLogger();
  const ctx: SlackContext = {
    core: options.core ?? realCore(),
    logger,
    defaultLocale: 'en',
    ...options.context,
  };
  const slack = await startSlack(
    ctx,
    {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      apiUrl: api.apiUrl,
      ...(options.socketMode ? { appToken: APP_TOKEN } : {}),
    },
    options.socketMode ? undefined : { port: 0, host: '127.0.0.1' },
  );
  const baseUrl = `http://127.0.0.1:${slack.port ?? 0}`;
  return {
    api,
    slack,
    baseUrl,
    eventsUrl: `${baseUrl}${SLACK_EVENTS_PATH}`,
    logs: lines,
    stop: async () => {
      await slack.stop();
      await api.stop();
    },
  };
}
