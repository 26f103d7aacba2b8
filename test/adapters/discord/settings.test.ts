import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscordAPIError, HTTPError, MessageFlags, RateLimitError } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpConfigCommand } from '../../../adapters/discord/commandDefinitions.js';
import { deliveryResultOf } from '../../../adapters/discord/deliveryResultOf.js';
import { discordText } from '../../../adapters/discord/discordMessages.js';
import type { ChannelPoster } from '../../../src/app/contracts.js';
import type { Store } from '../../../src/store/store.js';
import { composeOverSqlite } from '../../support/composedServices.js';
import { type Harness, realCore, startHarness } from './discordHarness.js';
import { discordLimitViolations, type MessageLike } from './discordLimitViolations.js';
import { FAKE_IDS, type InteractionOption, type RecordedCall } from './fakeDiscord.js';

type Data = MessageLike & { flags?: number; allowed_mentions?: unknown; content?: string };
const data = (call: RecordedCall) => (call.body as { data: Data }).data;
const isEphemeral = (call: RecordedCall) => ((data(call).flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const allText = (d: Data) => JSON.stringify(d.embeds ?? []);

/** `/httpconfig <sub> ...options` as Discord sends it. */
function config(sub: string, options: InteractionOption[] = []): InteractionOption[] {
  return [{ name: sub, type: 1, options }];
}

describe('/httpconfig and the channel poster', () => {
  const root = mkdtempSync(join(tmpdir(), 'discord-settings-'));
  let store: Store;
  let h: Harness;
  let poster: ChannelPoster | undefined;

  beforeAll(async () => {
    const services = await composeOverSqlite({ databasePath: join(root, 'settings.sqlite') });
    store = services.store;
    const { settings } = services;
    h = await startHarness({
      settings,
      registerPoster: (p) => {
        poster = p;
      },
    });
  });
  afterAll(async () => {
    await h?.stop();
    await store?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('given the definition then it is for server managers, in servers only, with Korean localizations', () => {
    expect(httpConfigCommand.default_member_permissions).toBe(String(1n << 5n));
    expect(httpConfigCommand.contexts).toEqual([0]);
    const subs = httpConfigCommand.options ?? [];
    expect(subs.map((o) => o.name)).toEqual(['show', 'daily', 'auto', 'lang']);
    for (const sub of subs) {
      expect(sub.name_localizations?.ko).toBeTruthy();
      expect(sub.description_localizations?.ko).toBeTruthy();
    }
  });

  it('given a change then it is stored and confirmed publicly, naming the user without pinging', async () => {
    const { id } = h.fake.chatInput(
      config('daily', [
        { name: 'enabled', type: 5, value: true },
        { name: 'time', type: 3, value: '08:30' },
        { name: 'zone', type: 3, value: 'Europe/Berlin' },
      ]),
      'en-US',
      'httpconfig',
    );
    const call = await h.fake.waitForCallback(id);
    expect(isEphemeral(call)).toBe(false);
    expect(data(call).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(allText(data(call))).toContain(`<@${FAKE_IDS.user}>`);
    expect(allText(data(call))).toContain('08:30');
    expect(discordLimitViolations(data(call))).toEqual([]);
    const stored = await store.getChannelSettings('discord', FAKE_IDS.channel);
    expect(stored).toMatchObject({ dailyEnabled: true, dailyTime: '08:30', dailyTimeZone: 'Europe/Berlin' });
  });

  it('given show, a no-op or a bad value then the answer is ephemeral and nothing else is stored', async () => {
    const show = h.fake.chatInput(config('show'), 'ko', 'httpconfig');
    const showCall = await h.fake.waitForCallback(show.id);
    expect(isEphemeral(showCall)).toBe(true);
    expect(allText(data(showCall))).toContain('Europe/Berlin');

    const bad = h.fake.chatInput(
      config('daily', [
        { name: 'enabled', type: 5, value: true },
        { name: 'time', type: 3, value: '25:99' },
      ]),
      'en-US',
      'httpconfig',
    );
    expect(isEphemeral(await h.fake.waitForCallback(bad.id))).toBe(true);

    const lang = h.fake.chatInput(
      config('lang', [{ name: 'language', type: 3, value: 'en' }]),
      'en-US',
      'httpconfig',
    );
    expect(isEphemeral(await h.fake.waitForCallback(lang.id))).toBe(false);
    const again = h.fake.chatInput(
      config('lang', [{ name: 'language', type: 3, value: 'en' }]),
      'en-US',
      'httpconfig',
    );
    expect(isEphemeral(await h.fake.waitForCallback(again.id))).toBe(true);

    const stored = await store.getChannelSettings('discord', FAKE_IDS.channel);
    expect(stored).toMatchObject({ dailyTime: '08:30', locale: 'en' });
  });

  it('given auto off then auto-explain is off for the channel', async () => {
    const { id } = h.fake.chatInput(
      config('auto', [{ name: 'enabled', type: 5, value: false }]),
      'en-US',
      'httpconfig',
    );
    await h.fake.waitForCallback(id);
    expect(await store.getChannelSettings('discord', FAKE_IDS.channel)).toMatchObject({ autoExplain: false });
  });

  it('given the bot is connected then its poster sends the card to the channel with no mentions', async () => {
    expect(poster?.platform).toBe('discord');
    const card = realCore().dailyCard('2026-03-01', 'ko');
    const result = await poster!.postCard({ channel: FAKE_IDS.channel, workspace: FAKE_IDS.guild }, card);
    expect(result).toEqual({ ok: true });
    const post = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${FAKE_IDS.channel}/messages`,
    );
    expect(post.headers.authorization).toBe('Bot fake.bot.token');
    const body = post.body as Data;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.embeds?.[0]?.title).toBe(card.title);
    expect(discordLimitViolations(body)).toEqual([]);
  });

  it('given Discord refuses the channel then the delivery is permanent; given a server error it is transient', async () => {
    const refusals: [string, number, number, string][] = [
      ['310000000000000001', 404, 10003, 'Unknown Channel'],
      ['310000000000000002', 403, 50001, 'Missing Access'],
      ['310000000000000003', 403, 50013, 'Missing Permissions'],
    ];
    for (const [channel, status, code, message] of refusals) {
      h.fake.route('POST', new RegExp(`^/channels/${channel}/messages$`), () => ({
        status,
        body: { message, code },
      }));
      const result = await poster!.postCard({ channel }, realCore().dailyCard('2026-03-01', 'en'));
      expect(result).toMatchObject({ ok: false, permanent: true });
    }
    h.fake.route('POST', /^\/channels\/310000000000000009\/messages$/, () => ({
      status: 500,
      body: { message: 'Internal Server Error', code: 0 },
    }));
    const failed = await poster!.postCard(
      { channel: '310000000000000009' },
      realCore().dailyCard('2026-03-01', 'en'),
    );
    expect(failed).toMatchObject({ ok: false, permanent: false });
  });
});

describe('deliveryResultOf', () => {
  const request = { body: undefined, files: undefined };
  it('given a rate limit, a 429 or a network error then the failure is transient', () => {
    const limited = new RateLimitError({
      timeToReset: 1000,
      limit: 5,
      method: 'POST',
      hash: 'h',
      url: 'u',
      route: '/channels/:id/messages',
      majorParameter: '1',
      global: false,
      retryAfter: 1000,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(deliveryResultOf(limited)).toMatchObject({ ok: false, permanent: false });
    const tooMany = new DiscordAPIError(
      { message: 'You are being rate limited.', code: 0 },
      0,
      429,
      'POST',
      'u',
      request,
    );
    expect(deliveryResultOf(tooMany)).toMatchObject({ ok: false, permanent: false });
    expect(deliveryResultOf(new HTTPError(502, 'Bad Gateway', 'POST', 'u', request))).toMatchObject({
      permanent: false,
    });
    expect(
      deliveryResultOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toMatchObject({
      permanent: false,
    });
  });
});

describe('/httpconfig without a settings service', () => {
  it('given no settings seam then the user is told, privately', async () => {
    const h = await startHarness();
    try {
      const { id } = h.fake.chatInput(config('show'), 'ko', 'httpconfig');
      const call = await h.fake.waitForCallback(id);
      expect(isEphemeral(call)).toBe(true);
      expect(data(call).content).toBe(discordText('ko', 'settingsUnavailable'));
    } finally {
      await h.stop();
    }
  });
});
