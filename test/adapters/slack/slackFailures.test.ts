import { afterEach, describe, expect, it } from 'vitest';
import { SlackStartError } from '../../../adapters/slack/slackStartError.js';
import { startSlack } from '../../../adapters/slack/startSlack.js';
import type { StatusCore } from '../../../src/core/answer.js';
import { FAKE_BOT_USER_ID, startFakeSlackApi } from './fakeSlackApi.js';
import { eventCallbackBody, postSigned, slashCommandBody } from './signedSlackRequests.js';
import {
  BOT_TOKEN,
  capturingLogger,
  realCore,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './slackHarness.js';

const FORM = 'application/x-www-form-urlencoded';
const signing = { secret: SIGNING_SECRET };

/** The real core, except that `answer` throws for queries containing "boom" (a failing handler). */
function coreThatThrowsOn(word: string): StatusCore {
  const core = realCore();
  return {
    entries: core.entries,
    headers: core.headers,
    get: (code) => core.get(code),
    answer: (query, options) => {
      if (query.includes(word)) throw new Error(`test failure for ${word}`);
      return core.answer(query, options);
    },
    codeCard: (code, locale) => core.codeCard(code, locale),
    headerCard: (name, locale) => core.headerCard(name, locale),
    suggest: (partial, locale, limit) => core.suggest(partial, locale, limit),
    codeOfTheDay: (date) => core.codeOfTheDay(date),
    dailyCard: (date, locale) => core.dailyCard(date, locale),
  };
}

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('given a handler that throws', () => {
  it('given /http whose answer throws then the user gets an ephemeral apology, the error is logged and the next request works', async () => {
    h = await startSlackHarness({ core: coreThatThrowsOn('boom') });
    const failed = await postSigned(
      h.eventsUrl,
      slashCommandBody({ text: 'boom', responseUrl: h.api.responseUrl('a') }),
      FORM,
      signing,
    );
    expect(failed.status).toBe(200);
    const apology = failed.json();
    expect(apology.response_type).toBe('ephemeral');
    expect(String(apology.text)).toMatch(/sorry/i);
    expect(h.logs.some((line) => line.level >= 50 && line.err?.message === 'test failure for boom')).toBe(
      true,
    );

    const next = await postSigned(
      h.eventsUrl,
      slashCommandBody({ text: '503', responseUrl: h.api.responseUrl('b') }),
      FORM,
      signing,
    );
    expect(next.json().response_type).toBe('in_channel');
  });

  it('given a mention whose answer throws then the apology goes to the thread', async () => {
    h = await startSlackHarness({ core: coreThatThrowsOn('boom') });
    const ts = '1700000000.000700';
    await postSigned(
      h.eventsUrl,
      eventCallbackBody({
        type: 'app_mention',
        channel: 'C1',
        user: 'U1',
        text: `<@${FAKE_BOT_USER_ID}> boom`,
        ts,
      }),
      'application/json',
      signing,
    );
    const reply = await h.api.waitForCall('chat.postMessage');
    expect(reply.args.thread_ts).toBe(ts);
    expect(String(reply.args.text)).toMatch(/sorry/i);
    expect(h.logs.some((line) => line.level >= 50 && line.err?.message === 'test failure for boom')).toBe(
      true,
    );
  });
});

describe('given a token Slack rejects', () => {
  it('given auth.test answering invalid_auth then startSlack rejects with SLACK_AUTH_FAILED, no token in the message, and no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const api = await startFakeSlackApi();
    api.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    try {
      const { logger } = capturingLogger();
      const started = startSlack(
        { core: realCore(), logger, defaultLocale: 'en' },
        { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: api.apiUrl },
        { port: 0, host: '127.0.0.1' },
      );
      const error = await started.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SlackStartError);
      expect((error as SlackStartError).code).toBe('SLACK_AUTH_FAILED');
      expect((error as SlackStartError).slackError).toBe('invalid_auth');
      expect((error as Error).message).toContain('SLACK_BOT_TOKEN');
      expect((error as Error).message).not.toContain(BOT_TOKEN);
      expect(api.callsTo('auth.test')).toHaveLength(1);
      // Give any stray promise a turn of the event loop to reject.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await api.stop();
    }
  });
});
