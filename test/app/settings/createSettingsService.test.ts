import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsActor, SettingsService } from '../../../src/app/contracts.js';
import { createSettingsService } from '../../../src/app/settings/createSettingsService.js';
import type { Card, CardTextPart } from '../../../src/core/card.js';
import { renderTextParts } from '../../../src/core/cards/cardText.js';
import { openStore } from '../../../src/store/openStore.js';
import type { Store } from '../../../src/store/store.js';
import { manualClock } from '../scheduler/schedulerFixtures.js';

const root = mkdtempSync(join(tmpdir(), 'settings-service-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const defaults = {
  locale: 'ko' as const,
  autoExplain: true,
  dailyTime: '09:00',
  dailyTimeZone: 'Asia/Seoul',
};
const actor: SettingsActor = { platform: 'slack', workspace: 'T1', channel: 'C1', user: 'U042' };
let counter = 0;
let store: Store;
let settings: SettingsService;
/** 15:00 on 2 April in Seoul; 02:00 the same day in New York. */
const START = '2025-04-02T06:00:00.000Z';
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  store = await openStore({ databasePath: join(root, `s${counter++}.sqlite`) });
  clock = manualClock(START);
  settings = createSettingsService({ store, defaults, now: clock.now });
});
afterEach(async () => {
  await store.close();
});

/** The people a card names as mentions, in its summary and its fallback text. */
function mentionsOf(card: Card): string[] {
  const people = (parts: readonly CardTextPart[] = []) =>
    parts.flatMap((part) => (typeof part === 'string' ? [] : [part.mention]));
  return [...people(card.summaryParts), ...people(card.fallbackParts)];
}

/** All the text a card shows. */
function cardText(card: Card): string {
  return [
    card.title,
    card.summary,
    card.description,
    card.footer,
    ...card.fields.flatMap((f) => [f.label, ...f.lines]),
  ]
    .filter(Boolean)
    .join('\n');
}

describe('createSettingsService', () => {
  it('given a channel nobody configured then get returns the defaults with the daily post off', async () => {
    expect(await settings.get('slack', 'C1')).toEqual({
      locale: 'ko',
      autoExplain: true,
      daily: { enabled: false, time: '09:00', timeZone: 'Asia/Seoul' },
    });
  });

  it('given daily on with time and zone then it is stored, subscribed, and the confirmation names the user, time and zone', async () => {
    const outcome = await settings.apply(['daily', 'on', '08:30', 'America/New_York'], actor, 'en');
    expect(outcome.changed).toBe(true);
    expect(outcome.card.kind).toBe('settings');
    expect(outcome.card.summary).toContain('@U042');
    expect(outcome.card.summary).toContain('08:30');
    expect(outcome.card.summary).toContain('America/New_York');
    expect(mentionsOf(outcome.card)).toEqual(['U042', 'U042']);
    expect(
      renderTextParts(
        outcome.card.summaryParts!,
        (s) => s,
        (id) => `<@${id}>`,
      ),
    ).toContain('<@U042>');

    expect((await settings.get('slack', 'C1')).daily).toEqual({
      enabled: true,
      time: '08:30',
      timeZone: 'America/New_York',
    });
    expect(await store.listDailySubscriptions()).toEqual([
      {
        platform: 'slack',
        channel: 'C1',
        workspace: 'T1',
        time: '08:30',
        timeZone: 'America/New_York',
        locale: 'ko',
        since: START,
      },
    ]);
    expect((await store.getChannelSettings('slack', 'C1'))?.updatedBy).toBe('U042');
  });

  it('given daily on without time or zone then the defaults are used, and a zone alone keeps the stored time', async () => {
    await settings.apply(['daily', 'on'], actor, 'ko');
    expect((await settings.get('slack', 'C1')).daily).toEqual({
      enabled: true,
      time: '09:00',
      timeZone: 'Asia/Seoul',
    });
    await settings.apply(['daily', 'on', '07:15'], actor, 'ko');
    await settings.apply(['daily', 'on', 'UTC'], actor, 'ko');
    expect((await settings.get('slack', 'C1')).daily).toEqual({
      enabled: true,
      time: '07:15',
      timeZone: 'UTC',
    });
  });

  it('given daily off, auto off and lang en then each is stored and confirmed', async () => {
    await settings.apply(['daily', 'on'], actor, 'ko');
    const off = await settings.apply(['daily', 'off'], actor, 'ko');
    expect(off.changed).toBe(true);
    expect(mentionsOf(off.card)).toContain('U042');
    const auto = await settings.apply(['자동', '끄기'], actor, 'ko');
    expect(auto.changed).toBe(true);
    const lang = await settings.apply(['lang', 'en'], actor, 'ko');
    expect(lang.changed).toBe(true);
    expect(await settings.get('slack', 'C1')).toEqual({
      locale: 'en',
      autoExplain: false,
      daily: { enabled: false, time: '09:00', timeZone: 'Asia/Seoul' },
    });
    expect(await store.listDailySubscriptions()).toEqual([]);
  });

  it.each([
    [['daily', 'on', '25:00'], '25:00', 'daily on 08:30 Asia/Seoul'],
    [['daily', 'on', '08:00', 'Mars/Olympus'], 'Mars/Olympus', 'daily on 08:30 Asia/Seoul'],
    [['frobnicate'], 'frobnicate', 'lang en'],
    [['auto'], 'on', 'auto off'],
    [['lang', 'fr'], 'fr', 'lang en'],
  ])(
    'given bad input %j then an error card explains it with an example and nothing is stored',
    async (words, mentioned, example) => {
      for (const locale of ['ko', 'en'] as const) {
        const outcome = await settings.apply(words, actor, locale);
        expect(outcome.changed).toBe(false);
        expect(outcome.card.kind).toBe('error');
        expect(outcome.card.locale).toBe(locale);
        expect(outcome.card.summary).toContain(mentioned);
        expect(cardText(outcome.card)).toContain(`/http ${example}`);
      }
      expect(await store.getChannelSettings('slack', 'C1')).toBeUndefined();
    },
  );

  it('given bad input then the Korean and English messages differ (each in its own language)', async () => {
    const ko = await settings.apply(['daily', 'on', '25:00'], actor, 'ko');
    const en = await settings.apply(['daily', 'on', '25:00'], actor, 'en');
    expect(ko.card.summary).toMatch(/[가-힣]/);
    expect(en.card.summary).not.toMatch(/[가-힣]/);
  });

  it('given a Discord actor then examples use the /httpconfig command', async () => {
    const outcome = await settings.apply(['daily', 'on', '24:00'], { ...actor, platform: 'discord' }, 'en');
    expect(cardText(outcome.card)).toContain('/httpconfig daily on 08:30 Asia/Seoul');
  });

  it('given typed text shaped like a mention token then the error card carries no token', async () => {
    const outcome = await settings.apply(['daily', 'on', '@{U999}'], actor, 'en');
    expect(outcome.card.kind).toBe('error');
    expect(mentionsOf(outcome.card)).toEqual([]);
    expect(cardText(outcome.card)).toContain('@{U999}');
  });

  it('given config then the effective settings are shown and nothing is stored', async () => {
    const outcome = await settings.apply(['config'], actor, 'en');
    expect(outcome.changed).toBe(false);
    expect(outcome.card.kind).toBe('settings');
    const text = cardText(outcome.card);
    expect(text).toContain('한국어 (ko)');
    expect(text).toContain('On');
    expect(await store.getChannelSettings('slack', 'C1')).toBeUndefined();
  });

  it('given the bot turned the daily post off then config shows the reason', async () => {
    await settings.apply(['daily', 'on', '08:30'], actor, 'en');
    await store.disableDaily('slack', 'C1', 'channel_not_found');
    const text = cardText((await settings.apply(['config'], actor, 'en')).card);
    expect(text).toContain('channel_not_found');
  });

  it('given a command that matches what is in effect then nothing is stored and changed is false', async () => {
    const outcome = await settings.apply(['auto', 'on'], actor, 'en');
    expect(outcome.changed).toBe(false);
    expect(outcome.card.kind).toBe('settings');
    expect(await store.getChannelSettings('slack', 'C1')).toBeUndefined();
    await settings.apply(['daily', 'on', '08:30'], actor, 'en');
    const again = await settings.apply(['daily', 'on', '08:30', 'Asia/Seoul'], actor, 'en');
    expect(again.changed).toBe(false);
  });

  it("given daily on after today's time then the confirmation says the first post is tomorrow, in Korean and English", async () => {
    const ko = await settings.apply(['daily', 'on'], actor, 'ko');
    expect(ko.card.summary).toContain('첫 게시: 내일 09:00 (Asia/Seoul)');
    expect(ko.card.fallbackText).toContain('첫 게시: 내일 09:00 (Asia/Seoul)');
    const en = await settings.apply(['daily', 'on', '08:00'], { ...actor, channel: 'C2' }, 'en');
    expect(en.card.summary).toContain('First post: tomorrow 08:00 (Asia/Seoul)');
    expect((await store.getChannelSettings('slack', 'C1'))?.dailySince).toBe(START);
  });

  it("given daily on before today's time then the confirmation says today, by the local day of the chosen zone", async () => {
    const en = await settings.apply(['daily', 'on', '18:00'], actor, 'en');
    expect(en.card.summary).toContain('First post: today 18:00 (Asia/Seoul)');
    // 15:00 in Seoul is 02:00 in New York: 08:30 there is still ahead today.
    const ny = await settings.apply(
      ['daily', 'on', '08:30', 'America/New_York'],
      { ...actor, channel: 'C2' },
      'ko',
    );
    expect(ny.card.summary).toContain('첫 게시: 오늘 08:30 (America/New_York)');
  });

  it('given the time moved later the same day then since is the moment of the move, and repeating it changes nothing', async () => {
    clock.set('2025-04-01T23:00:00Z'); // 08:00 in Seoul
    await settings.apply(['daily', 'on', '09:00'], actor, 'en');
    expect((await store.getChannelSettings('slack', 'C1'))?.dailySince).toBe('2025-04-01T23:00:00.000Z');

    clock.set(START);
    const moved = await settings.apply(['daily', 'on', '18:00'], actor, 'en');
    expect(moved.card.summary).toContain('First post: today 18:00 (Asia/Seoul)');
    clock.advanceMinutes(10);
    const again = await settings.apply(['daily', 'on', '18:00'], actor, 'en');
    expect(again.changed).toBe(false);
    expect((await store.getChannelSettings('slack', 'C1'))?.dailySince).toBe(START);
  });

  it('given changes other than daily on then no first post is announced', async () => {
    for (const words of [
      ['lang', 'en'],
      ['auto', 'off'],
      ['daily', 'on'],
      ['daily', 'off'],
    ]) {
      const outcome = await settings.apply(words, actor, 'en');
      expect(outcome.changed).toBe(true);
      expect(outcome.card.summary?.includes('First post')).toBe(words.join(' ') === 'daily on');
    }
  });

  it('given two channels then changing one leaves the other at the defaults', async () => {
    await settings.apply(['lang', 'en'], actor, 'ko');
    expect((await settings.get('slack', 'C1')).locale).toBe('en');
    expect((await settings.get('slack', 'C2')).locale).toBe('ko');
    expect((await settings.get('discord', 'C1')).locale).toBe('ko');
  });
});
