/**
 * Issue 6 end to end on Slack: a channel subscribes with a signed `/http daily on ...` through the real
 * Bolt app, the store is real SQLite, and the fake Web API must receive exactly one daily post when the
 * test's clock reaches the channel's time, across re-ticks, a restart, `daily off` and a dead channel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toSlackBlocks } from '../../adapters/slack/toSlackBlocks.js';
import { settingsText } from '../../src/app/settings/settingsMessages.js';
import type { Locale } from '../../src/core/locale.js';
import { type FakeSlackApi, startFakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import { capturingLogger, realCore } from '../adapters/slack/slackHarness.js';
import { manualClock } from '../app/scheduler/schedulerFixtures.js';
import { type SlackInstance, startSlackInstance } from './slackInstance.js';

const core = realCore();
const root = mkdtempSync(join(tmpdir(), 'e2e-daily-slack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The subscription in every test: 09:00 in Seoul (UTC+9, no DST), on 2025-04-02 local. */
const DAY = '2025-04-02';
const NEXT_DAY = '2025-04-03';
const seoul = (date: string, time: string) => `${date}T${time}:00+09:00`;

let dbCounter = 0;
let api: FakeSlackApi;
let clock: ReturnType<typeof manualClock>;
let databasePath: string;
let bot: SlackInstance;

async function startBot(): Promise<SlackInstance> {
  return startSlackInstance({
    api,
    database: { databasePath },
    core,
    logger: capturingLogger().logger,
    now: clock.now,
  });
}

beforeEach(async () => {
  api = await startFakeSlackApi();
  clock = manualClock(seoul(DAY, '08:00'));
  databasePath = join(root, `bot-${dbCounter++}.sqlite`);
  bot = await startBot();
});
afterEach(async () => {
  await bot.stop();
  await api.stop();
});

const postsTo = (channel: string) =>
  api.callsTo('chat.postMessage').filter((call) => call.args.channel === channel);

/** The header block's text of a rendered message. */
function headerText(blocks: unknown): string {
  const header = (blocks as { type: string; text?: { text: string } }[]).find((b) => b.type === 'header');
  return header?.text?.text ?? '';
}

/** Asserts the one recorded post is the code-of-the-day card for `date` in `locale`, as the renderer makes it. */
function expectDailyCard(args: Record<string, unknown>, date: string, locale: Locale, heading: string) {
  const card = core.dailyCard(date, locale);
  const rendered = toSlackBlocks(card);
  expect(card.title.startsWith(heading)).toBe(true);
  expect(headerText(args.blocks)).toContain(card.title);
  expect(args.blocks).toEqual(rendered.blocks);
  expect(args.text).toBe(rendered.text);
  expect(args.text).not.toBe('');
}

async function tickAt(iso: string) {
  clock.set(iso);
  return bot.scheduler.tick();
}

describe('given a Slack channel subscribed by /http daily on', () => {
  it('given the clock reaches 09:00 in Seoul then exactly one post goes out, also after more ticks and a restart', async () => {
    const answer = await bot.slash('daily on 09:00 Asia/Seoul', { channel: 'C1', user: 'U1' });
    expect(answer.status).toBe(200);
    const confirmation = answer.json();
    expect(confirmation.response_type).toBe('in_channel');
    expect(JSON.stringify(confirmation)).toContain('<@U1>');
    expect(JSON.stringify(confirmation)).toContain('09:00');
    expect(JSON.stringify(confirmation)).toContain('Asia/Seoul');
    // Subscribed at 08:00 Seoul for 09:00: the first post is today, by the test's clock.
    expect(JSON.stringify(confirmation)).toMatch(/첫 게시: 오늘 09:00/);
    expect(await bot.store.getChannelSettings('slack', 'C1')).toMatchObject({
      dailyEnabled: true,
      dailyTime: '09:00',
      dailyTimeZone: 'Asia/Seoul',
    });

    expect(await tickAt(seoul(DAY, '08:59'))).toEqual([]);
    expect(api.callsTo('chat.postMessage')).toHaveLength(0);

    const due = await tickAt(seoul(DAY, '09:00'));
    expect(due).toEqual([{ platform: 'slack', channel: 'C1', localDate: DAY, outcome: 'posted' }]);
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
    // The channel never chose a language, so the post is in DEFAULT_LOCALE (ko when unset).
    expect(bot.config.defaultLocale).toBe('ko');
    expectDailyCard(postsTo('C1')[0]!.args, DAY, 'ko', '오늘의 HTTP 상태 코드');

    await tickAt(seoul(DAY, '09:05'));
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);

    // A restart forgets everything in memory; only the database remembers the day's post.
    await bot.stop();
    bot = await startBot();
    const afterRestart = await tickAt(seoul(DAY, '09:06'));
    expect(afterRestart.map((entry) => entry.outcome)).not.toContain('posted');
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('given an English channel then the post is the English card; given daily off then nothing comes the next day', async () => {
    expect((await bot.slash('lang en', { channel: 'C2', user: 'U1' })).json().response_type).toBe(
      'in_channel',
    );
    expect(
      (await bot.slash('daily on 09:00 Asia/Seoul', { channel: 'C2', user: 'U1' })).json().response_type,
    ).toBe('in_channel');

    await tickAt(seoul(DAY, '09:00'));
    expect(postsTo('C2')).toHaveLength(1);
    expectDailyCard(postsTo('C2')[0]!.args, DAY, 'en', 'HTTP status code of the day');

    const off = (await bot.slash('daily off', { channel: 'C2', user: 'U1' })).json();
    expect(off.response_type).toBe('in_channel');
    expect(JSON.stringify(off)).toContain('<@U1>');
    expect(await bot.store.getChannelSettings('slack', 'C2')).toMatchObject({ dailyEnabled: false });

    expect(await tickAt(seoul(NEXT_DAY, '09:00'))).toEqual([]);
    await tickAt(seoul(NEXT_DAY, '12:00'));
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('given Slack fails transiently then the post is tried again later and goes out exactly once', async () => {
    await bot.slash('daily on 09:00 Asia/Seoul', { channel: 'C4', user: 'U1' });
    api.on('chat.postMessage', () => ({ ok: false, error: 'internal_error' }));

    const failed = await tickAt(seoul(DAY, '09:00'));
    expect(failed.map((entry) => entry.outcome)).toEqual(['transientFailure']);
    const failedTries = postsTo('C4').length;
    expect(failedTries).toBeGreaterThan(0);
    // Still subscribed, and the day is free again for a later try.
    expect(await bot.store.getChannelSettings('slack', 'C4')).toMatchObject({ dailyEnabled: true });

    api.on('chat.postMessage', (args) => ({ ok: true, channel: args.channel, ts: '1800000000.999999' }));
    let outcomes: string[] = [];
    for (const time of ['09:01', '09:03', '09:07', '09:15', '09:30']) {
      outcomes = [...outcomes, ...(await tickAt(seoul(DAY, time))).map((entry) => entry.outcome)];
    }
    expect(outcomes.filter((outcome) => outcome === 'posted')).toHaveLength(1);
    expect(postsTo('C4')).toHaveLength(failedTries + 1);
  });

  it('given Slack answers channel_not_found then the subscription is turned off and /http config says why', async () => {
    await bot.slash('daily on 09:00 Asia/Seoul', { channel: 'C3', user: 'U1' });
    api.on('chat.postMessage', () => ({ ok: false, error: 'channel_not_found' }));

    const due = await tickAt(seoul(DAY, '09:00'));
    expect(due).toEqual([{ platform: 'slack', channel: 'C3', localDate: DAY, outcome: 'permanentFailure' }]);
    expect(postsTo('C3')).toHaveLength(1);
    expect(await bot.store.getChannelSettings('slack', 'C3')).toMatchObject({
      dailyEnabled: false,
      dailyDisabledReason: 'channel_not_found',
    });

    const shown = (await bot.slash('config', { channel: 'C3', user: 'U1' })).json();
    expect(shown.response_type).toBe('ephemeral');
    const locale = bot.config.defaultLocale;
    const text = JSON.stringify(shown);
    expect(text).toContain(settingsText(locale, 'dailyOff'));
    expect(text).toContain(settingsText(locale, 'dailyDisabledByBot', { reason: 'channel_not_found' }));

    // Off means off: the next day nobody tries again.
    expect(await tickAt(seoul(NEXT_DAY, '09:00'))).toEqual([]);
    expect(postsTo('C3')).toHaveLength(1);
  });
});
