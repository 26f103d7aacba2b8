import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../../src/app/contracts.js';
import type { Store } from '../../../src/store/store.js';
import { composeOverSqlite } from '../../support/composedServices.js';
import { postSigned, slashCommandBody } from './signedSlackRequests.js';
import { realCore, SIGNING_SECRET, type SlackHarness, startSlackHarness } from './slackHarness.js';

const root = mkdtempSync(join(tmpdir(), 'slack-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
let store: Store;
let h: SlackHarness;
let poster: ChannelPoster | undefined;

beforeEach(async () => {
  const services = await composeOverSqlite({
    databasePath: join(root, `s${counter++}.sqlite`),
    env: { DEFAULT_LOCALE: 'en' },
  });
  store = services.store;
  const { settings } = services;
  poster = undefined;
  h = await startSlackHarness({
    context: {
      settings,
      registerPoster: (p) => {
        poster = p;
      },
    },
  });
});
afterEach(async () => {
  await h.stop();
  await store.close();
});

function slash(text: string, channel = 'C0000CHAN') {
  return postSigned(
    h.eventsUrl,
    slashCommandBody({ text, channel, responseUrl: h.api.responseUrl('cmd') }),
    'application/x-www-form-urlencoded',
    { secret: SIGNING_SECRET },
  );
}

function headerOf(body: Record<string, unknown>): string {
  const header = (body.blocks as Array<{ type: string; text?: { text: string } }>).find(
    (b) => b.type === 'header',
  );
  return header?.text?.text ?? '';
}

describe('given the settings service wired into the Slack adapter', () => {
  it('given /http lang ko then the change is confirmed in the channel, naming the user, and later answers there are Korean', async () => {
    const entry = realCore().get(503)!;
    const before = (await slash('503')).json();
    expect(headerOf(before)).not.toContain(entry.ko.name);

    const changed = (await slash('lang ko')).json();
    expect(changed.response_type).toBe('in_channel');
    expect(JSON.stringify(changed)).toContain('<@U0000USER>');

    const after = (await slash('503')).json();
    expect(headerOf(after)).toContain(entry.ko.name);
    // An explicit override in the query still wins over the channel's language.
    expect(headerOf((await slash('503 en')).json())).not.toContain(entry.ko.name);
    // Another channel keeps the default.
    expect(headerOf((await slash('503', 'C0000OTHER')).json())).not.toContain(entry.ko.name);
  });

  it('given /http config or a bad settings command then the answer is ephemeral; given a change then it is announced and a repeat is not', async () => {
    expect((await slash('config')).json().response_type).toBe('ephemeral');
    expect((await slash('daily on 25:99')).json().response_type).toBe('ephemeral');
    expect((await slash('lang fr')).json().response_type).toBe('ephemeral');
    expect((await slash('daily on 08:30 Asia/Seoul')).json().response_type).toBe('in_channel');
    // Same setting again: nothing stored, so nothing announced.
    expect((await slash('daily on 08:30 Asia/Seoul')).json().response_type).toBe('ephemeral');
    expect((await slash('auto off')).json().response_type).toBe('in_channel');
    expect((await slash('daily off')).json().response_type).toBe('in_channel');
  });

  it('given the Korean and long settings words the parser knows then each reaches the settings service', async () => {
    expect((await slash('자동 끄기')).json().response_type).toBe('in_channel');
    expect(await store.getChannelSettings('slack', 'C0000CHAN')).toMatchObject({ autoExplain: false });
    expect((await slash('language ko')).json().response_type).toBe('in_channel');
    expect(await store.getChannelSettings('slack', 'C0000CHAN')).toMatchObject({ locale: 'ko' });
    expect((await slash('언어 영어')).json().response_type).toBe('in_channel');
    expect(await store.getChannelSettings('slack', 'C0000CHAN')).toMatchObject({ locale: 'en' });
    for (const overview of ['설정', 'settings', 'SETTINGS']) {
      const answer = (await slash(overview)).json();
      expect(answer.response_type).toBe('ephemeral');
      expect(headerOf(answer)).toContain('Settings for this channel');
    }
  });
});

describe('given the Slack channel poster', () => {
  const card = () => realCore().dailyCard('2025-01-01', 'en');

  it('given a channel then the card is posted there with blocks and text', async () => {
    expect(poster?.platform).toBe('slack');
    const result = await poster!.postCard({ channel: 'C0000DAILY' }, card());
    expect(result).toEqual({ ok: true });
    const call = await h.api.waitForCall('chat.postMessage');
    expect(call.args.channel).toBe('C0000DAILY');
    expect(call.args.text).toBe(card().fallbackText);
    expect(Array.isArray(call.args.blocks)).toBe(true);
  });

  for (const error of [
    'channel_not_found',
    'not_in_channel',
    'is_archived',
    'account_inactive',
    'invalid_auth',
  ]) {
    it(`given Slack answering ${error} then the failure is permanent`, async () => {
      h.api.on('chat.postMessage', () => ({ ok: false, error }));
      expect(await poster!.postCard({ channel: 'C1' }, card())).toEqual({
        ok: false,
        permanent: true,
        reason: error,
      });
    });
  }

  it('given a rate limit (HTTP 429) then the failure is transient and comes back at once', async () => {
    h.api.failWithStatus('chat.postMessage', 429, { 'retry-after': '30' });
    const result = await poster!.postCard({ channel: 'C1' }, card());
    expect(result).toMatchObject({ ok: false, permanent: false, reason: 'ratelimited' });
  });

  it('given a ratelimited error body, an HTTP 5xx or an unreachable API then the failure is transient', async () => {
    h.api.on('chat.postMessage', () => ({ ok: false, error: 'ratelimited' }));
    expect(await poster!.postCard({ channel: 'C1' }, card())).toMatchObject({ ok: false, permanent: false });
    h.api.failWithStatus('chat.postMessage', 503);
    expect(await poster!.postCard({ channel: 'C1' }, card())).toMatchObject({
      ok: false,
      permanent: false,
      reason: 'http_503',
    });
    await h.api.stop();
    expect(await poster!.postCard({ channel: 'C1' }, card())).toMatchObject({ ok: false, permanent: false });
  });
});
