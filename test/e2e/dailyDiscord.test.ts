/**
 * Issue 6 end to end on Discord: a channel subscribes with `/httpconfig daily` through the real
 * discord.js client, the store is real SQLite, and the fake REST API must receive exactly one daily
 * post when the test's clock reaches the channel's time, across re-ticks and a restart; Missing Access
 * turns the subscription off.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDiscordMessage } from '../../adapters/discord/toDiscordMessage.js';
import { settingsText } from '../../src/app/settings/settingsMessages.js';
import { memoryLogger, realCore } from '../adapters/discord/discordHarness.js';
import {
  FAKE_IDS,
  FakeDiscord,
  type InteractionOption,
  type RecordedCall,
} from '../adapters/discord/fakeDiscord.js';
import { manualClock } from '../app/scheduler/schedulerFixtures.js';
import type { Instance } from './composeInstance.js';
import { DISCORD_TOKEN, startDiscordInstance } from './discordInstance.js';

const core = realCore();
const root = mkdtempSync(join(tmpdir(), 'e2e-daily-discord-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The subscription in every test: 09:00 in Seoul (UTC+9, no DST), on 2025-04-02 local. */
const DAY = '2025-04-02';
const NEXT_DAY = '2025-04-03';
const seoul = (date: string, time: string) => `${date}T${time}:00+09:00`;
const CHANNEL_POSTS = `/channels/${FAKE_IDS.channel}/messages`;

let dbCounter = 0;
let fake: FakeDiscord;
let clock: ReturnType<typeof manualClock>;
let databasePath: string;
let bot: Instance;

function startBot(): Promise<Instance> {
  return startDiscordInstance({
    fake,
    database: { databasePath },
    core,
    logger: memoryLogger().logger,
    now: clock.now,
  });
}

beforeEach(async () => {
  fake = await new FakeDiscord({ heartbeatIntervalMs: 250 }).start();
  clock = manualClock(seoul(DAY, '08:00'));
  databasePath = join(root, `bot-${dbCounter++}.sqlite`);
  bot = await startBot();
});
afterEach(async () => {
  // D7: the client first, then the fake.
  await bot.stop();
  await fake.stop();
});

/** `/httpconfig <sub> ...options` as Discord sends it (a subcommand nests its own options). */
function httpconfig(sub: string, options: InteractionOption[] = [], locale = 'ko') {
  return fake.chatInput([{ name: sub, type: 1, options }], locale, 'httpconfig');
}

type ReplyData = { flags?: number; embeds?: unknown[]; allowed_mentions?: unknown };
const replyData = (call: RecordedCall) => (call.body as { data: ReplyData }).data;
const isEphemeral = (call: RecordedCall) => ((replyData(call).flags ?? 0) & MessageFlags.Ephemeral) !== 0;

const dailyPosts = () => fake.calls.filter((c) => c.method === 'POST' && c.path === CHANNEL_POSTS);

async function subscribeAtNine(): Promise<RecordedCall> {
  const { id } = httpconfig('daily', [
    { name: 'enabled', type: 5, value: true },
    { name: 'time', type: 3, value: '09:00' },
    { name: 'zone', type: 3, value: 'Asia/Seoul' },
  ]);
  return fake.waitForCallback(id);
}

async function tickAt(iso: string) {
  clock.set(iso);
  return bot.scheduler.tick();
}

describe('given a Discord channel subscribed by /httpconfig daily', () => {
  it('given the clock reaches 09:00 in Seoul then exactly one post goes out, also after more ticks and a restart', async () => {
    const confirmation = await subscribeAtNine();
    expect(isEphemeral(confirmation)).toBe(false);
    expect(replyData(confirmation).allowed_mentions).toEqual({ parse: [], replied_user: false });
    const confirmationText = JSON.stringify(replyData(confirmation).embeds);
    expect(confirmationText).toContain(`<@${FAKE_IDS.user}>`);
    expect(confirmationText).toContain('09:00');
    expect(confirmationText).toContain('Asia/Seoul');
    expect(await bot.store.getChannelSettings('discord', FAKE_IDS.channel)).toMatchObject({
      dailyEnabled: true,
      dailyTime: '09:00',
      dailyTimeZone: 'Asia/Seoul',
      workspace: FAKE_IDS.guild,
    });

    expect(await tickAt(seoul(DAY, '08:59'))).toEqual([]);
    expect(dailyPosts()).toHaveLength(0);

    const due = await tickAt(seoul(DAY, '09:00'));
    expect(due).toEqual([
      { platform: 'discord', channel: FAKE_IDS.channel, localDate: DAY, outcome: 'posted' },
    ]);
    expect(dailyPosts()).toHaveLength(1);
    const post = dailyPosts()[0]!;
    expect(post.headers.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
    const body = post.body as { embeds: { title: string }[]; allowed_mentions: { parse: unknown[] } };
    expect(body.allowed_mentions.parse).toEqual([]);
    // The channel never chose a language, so the post is in DEFAULT_LOCALE (ko when unset).
    const card = core.dailyCard(DAY, bot.config.defaultLocale);
    expect(card.title.startsWith('오늘의 HTTP 상태 코드')).toBe(true);
    expect(body.embeds).toEqual(toDiscordMessage(card).embeds);

    await tickAt(seoul(DAY, '09:05'));
    expect(dailyPosts()).toHaveLength(1);

    // A restart forgets everything in memory; only the database remembers the day's post.
    await bot.stop();
    bot = await startBot();
    const afterRestart = await tickAt(seoul(DAY, '09:06'));
    expect(afterRestart.map((entry) => entry.outcome)).not.toContain('posted');
    expect(dailyPosts()).toHaveLength(1);

    // The next local day is a new post.
    await tickAt(seoul(NEXT_DAY, '09:00'));
    expect(dailyPosts()).toHaveLength(2);
  });

  it('given Discord answers Missing Access (50001) then the subscription is turned off and show says why', async () => {
    await subscribeAtNine();
    fake.route('POST', /^\/channels\/\d+\/messages$/, () => ({
      status: 403,
      body: { message: 'Missing Access', code: 50001 },
    }));

    const due = await tickAt(seoul(DAY, '09:00'));
    expect(due).toEqual([
      { platform: 'discord', channel: FAKE_IDS.channel, localDate: DAY, outcome: 'permanentFailure' },
    ]);
    expect(dailyPosts()).toHaveLength(1);
    const stored = await bot.store.getChannelSettings('discord', FAKE_IDS.channel);
    expect(stored?.dailyEnabled).toBe(false);
    expect(stored?.dailyDisabledReason).toContain('50001');

    const { id } = httpconfig('show');
    const shown = await fake.waitForCallback(id);
    expect(isEphemeral(shown)).toBe(true);
    const text = JSON.stringify(replyData(shown).embeds);
    expect(text).toContain(settingsText('ko', 'dailyOff'));
    expect(text).toContain('50001');

    expect(await tickAt(seoul(NEXT_DAY, '09:00'))).toEqual([]);
    expect(dailyPosts()).toHaveLength(1);
  });
});
