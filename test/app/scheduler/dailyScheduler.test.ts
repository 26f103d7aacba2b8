import { describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../../src/app/contracts.js';
import {
  createDailyScheduler,
  type DailySchedulerOptions,
} from '../../../src/app/scheduler/createDailyScheduler.js';
import type { Platform } from '../../../src/core/request.js';
import { openStore } from '../../../src/store/openStore.js';
import { DAILY_CLAIM_LEASE_MS, type Store } from '../../../src/store/store.js';
import { LOG_LEVEL, recordingLogger } from '../../store/recordingLogger.js';
import {
  manualClock,
  realCore,
  recordingPoster,
  recordingSleep,
  tempSqliteStores,
} from './schedulerFixtures.js';

const core = realCore();
const stores = tempSqliteStores('daily-scheduler-');
const freshStore = stores.open;

/** Before every clock in this file: these subscriptions have been in effect for a long time. */
const LONG_AGO = new Date('2025-01-01T00:00:00Z');

async function subscribe(
  store: Store,
  channel: string,
  time: string,
  timeZone: string,
  extra: { platform?: Platform; locale?: 'ko' | 'en'; workspace?: string; since?: Date } = {},
): Promise<void> {
  await store.upsertChannelSettings(
    {
      platform: extra.platform ?? 'slack',
      channel,
      ...(extra.workspace ? { workspace: extra.workspace } : {}),
    },
    {
      ...(extra.locale ? { locale: extra.locale } : {}),
      daily: { enabled: true, time, timeZone, since: extra.since ?? LONG_AGO },
    },
  );
}

function scheduler(
  store: Store,
  clock: { now: () => Date },
  poster: ChannelPoster | undefined,
  extra: Partial<DailySchedulerOptions> = {},
) {
  const { logger, lines } = recordingLogger();
  const sleeper = recordingSleep();
  const s = createDailyScheduler({
    store,
    core,
    logger,
    now: clock.now,
    posters: (platform) => (poster && poster.platform === platform ? poster : undefined),
    sleep: sleeper.sleep,
    retry: { attempts: 3, baseDelayMs: 100 },
    ...extra,
  });
  return { s, lines, delays: sleeper.delays };
}

describe('daily scheduler', () => {
  it('given a 09:00 Asia/Seoul subscription then it is not due at 08:59, posts once at 09:00 and not again that day', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul', { workspace: 'T1', locale: 'ko' });
    const clock = manualClock('2025-04-01T23:59:00Z'); // 08:59 on 2 April in Seoul
    const poster = recordingPoster('slack');
    const { s } = scheduler(store, clock, poster);

    expect(await s.tick()).toEqual([]);
    expect(poster.calls).toHaveLength(0);

    clock.advanceMinutes(1);
    const entries = await s.tick();
    expect(entries).toEqual([
      { platform: 'slack', channel: 'C1', localDate: '2025-04-02', outcome: 'posted' },
    ]);
    expect(poster.calls).toHaveLength(1);
    expect(poster.calls[0]).toEqual({
      channel: 'C1',
      workspace: 'T1',
      card: core.dailyCard('2025-04-02', 'ko'),
    });
    expect(poster.calls[0]!.card.kind).toBe('daily');

    for (let i = 0; i < 5; i++) {
      clock.advanceMinutes(97);
      await s.tick();
    }
    expect(poster.calls).toHaveLength(1);
    expect(await store.claimDailyPost('slack', 'C1', '2025-04-02', { now: clock.now() })).toBeUndefined();
  });

  it('given Seoul and New York subscriptions on the same instant then each uses its own local time and date', async () => {
    const store = await freshStore();
    await subscribe(store, 'SEOUL', '09:00', 'Asia/Seoul', { locale: 'ko' });
    await subscribe(store, 'NYC', '20:00', 'America/New_York', { locale: 'en' });
    const clock = manualClock('2025-01-15T00:30:00Z'); // Seoul 09:30 on the 15th; New York 19:30 on the 14th
    const poster = recordingPoster('slack');
    const { s } = scheduler(store, clock, poster);

    await s.tick();
    expect(poster.calls.map((c) => c.channel)).toEqual(['SEOUL']);
    expect(poster.calls[0]!.card).toEqual(core.dailyCard('2025-01-15', 'ko'));

    clock.advanceMinutes(30); // New York 20:00 on the 14th
    await s.tick();
    expect(poster.calls.map((c) => c.channel)).toEqual(['SEOUL', 'NYC']);
    expect(poster.calls[1]!.card).toEqual(core.dailyCard('2025-01-14', 'en'));
  });

  it('given a 02:30 New York subscription on the spring-forward day then it posts at 03:00 EDT, once', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '02:30', 'America/New_York', { locale: 'en' });
    const clock = manualClock('2025-03-09T06:59:00Z'); // 01:59 EST; 02:00-02:59 does not exist that day
    const poster = recordingPoster('slack');
    const { s } = scheduler(store, clock, poster);

    await s.tick();
    expect(poster.calls).toHaveLength(0);
    clock.advanceMinutes(1); // 03:00 EDT
    await s.tick();
    expect(poster.calls).toHaveLength(1);
    expect(poster.calls[0]!.card).toEqual(core.dailyCard('2025-03-09', 'en'));
    clock.advanceMinutes(60);
    await s.tick();
    expect(poster.calls).toHaveLength(1);
  });

  it('given a 01:30 New York subscription on the fall-back day then the repeated 01:30 does not post twice', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '01:30', 'America/New_York');
    const clock = manualClock('2025-11-02T05:30:00Z'); // 01:30 EDT
    const poster = recordingPoster('slack');
    const { s } = scheduler(store, clock, poster);
    await s.tick();
    clock.set('2025-11-02T06:30:00Z'); // 01:30 EST, the same wall time again
    await s.tick();
    expect(poster.calls).toHaveLength(1);
    expect(poster.calls[0]!.card).toEqual(core.dailyCard('2025-11-02', 'ko'));
  });

  it('given the bot starts at 15:00 after downtime then the 09:00 post of the same day goes out at once', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T06:00:00Z'); // 15:00 in Seoul
    const poster = recordingPoster('slack');
    const { s } = scheduler(store, clock, poster);
    expect((await s.start()).map((e) => e.outcome)).toEqual(['posted']);
    await s.stop();
    expect(poster.calls).toHaveLength(1);
    expect(poster.calls[0]!.card).toEqual(core.dailyCard('2025-04-02', 'ko'));
  });

  it("given the bot starts after midnight then yesterday's missed post is never sent, today's goes out at its time", async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '23:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-01T15:10:00Z'); // 00:10 on 2 April in Seoul; the 1 April post was missed
    const poster = recordingPoster('slack');
    const { s } = scheduler(store, clock, poster);
    await s.tick();
    expect(poster.calls).toHaveLength(0);
    clock.set('2025-04-02T14:00:00Z'); // 23:00 on 2 April
    await s.tick();
    expect(poster.calls).toHaveLength(1);
    expect(poster.calls[0]!.card).toEqual(core.dailyCard('2025-04-02', 'ko'));
    expect(await store.claimDailyPost('slack', 'C1', '2025-04-01', { now: clock.now() })).toBeDefined();
  });

  it('given a restart in the middle of the day then the new process posts no duplicate', async () => {
    const path = stores.freshPath('restart');
    const first = await openStore({ databasePath: path });
    await subscribe(first, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:05:00Z'); // 09:05
    const poster = recordingPoster('slack');
    const before = scheduler(first, clock, poster).s;
    await before.start();
    await before.stop();
    await first.close();
    expect(poster.calls).toHaveLength(1);

    const second = await freshStore(path);
    clock.set('2025-04-02T01:00:00Z'); // 10:00
    const after = scheduler(second, clock, poster).s;
    expect((await after.start()).map((e) => e.outcome)).toEqual(['taken']);
    await after.stop();
    expect(poster.calls).toHaveLength(1);
  });

  it('given transient failures then the claim is released, retried with backoff, and posted once', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack', (n) =>
      n < 3 ? { ok: false, permanent: false, reason: n === 1 ? 'timeout' : 'ratelimited' } : { ok: true },
    );
    const { s, delays, lines } = scheduler(store, clock, poster);
    const entries = await s.tick();
    expect(entries.map((e) => e.outcome)).toEqual(['posted']);
    expect(poster.calls).toHaveLength(3);
    expect(delays).toEqual([100, 200]);
    expect(lines.filter((l) => l.level === LOG_LEVEL.warn && l.reason === 'ratelimited')).toHaveLength(1);
    expect(await store.claimDailyPost('slack', 'C1', '2025-04-02', { now: clock.now() })).toBeUndefined();
  });

  it('given the post is sent but recording it fails once then recording is retried, so the date is not taken over after the lease', async () => {
    const real = await freshStore();
    await subscribe(real, 'C1', '09:00', 'Asia/Seoul');
    let failures = 0;
    // The database edge fails once, as a dropped connection would.
    const store: Store = {
      ...real,
      async markDailyPosted(...args) {
        if (failures++ === 0) throw new Error('connection terminated');
        return real.markDailyPosted(...args);
      },
    };
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack');
    const { s, delays } = scheduler(store, clock, poster);
    expect((await s.tick()).map((e) => e.outcome)).toEqual(['posted']);
    expect(poster.calls).toHaveLength(1);
    expect(delays).toEqual([100]);
    const pastTheLease = new Date(clock.now().getTime() + DAILY_CLAIM_LEASE_MS + 1);
    expect(await real.claimDailyPost('slack', 'C1', '2025-04-02', { now: pastTheLease })).toBeUndefined();
  });

  it('given a poster that throws then it counts as transient and is retried', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack', (n) => {
      if (n === 1) throw new Error('socket hang up');
      return { ok: true };
    });
    const { s } = scheduler(store, clock, poster);
    expect((await s.tick()).map((e) => e.outcome)).toEqual(['posted']);
    expect(poster.calls).toHaveLength(2);
  });

  it('given failures that never end then retries are bounded: later ticks back off and finally give up for the day', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack', () => ({ ok: false, permanent: false, reason: 'HTTP 503' }));
    const { s, lines } = scheduler(store, clock, poster, {
      retry: { attempts: 2, baseDelayMs: 10, maxRounds: 3 },
    });

    expect((await s.tick()).map((e) => e.outcome)).toEqual(['transientFailure']);
    expect(poster.calls).toHaveLength(2);
    // Released: the date can still be claimed (by this or another instance).
    const claim = await store.claimDailyPost('slack', 'C1', '2025-04-02', { now: clock.now() });
    expect(claim).toBeDefined();
    expect(await store.releaseDailyPost(claim!)).toBe(true);

    expect((await s.tick()).map((e) => e.outcome)).toEqual(['backingOff']);
    clock.advanceMinutes(1);
    expect((await s.tick()).map((e) => e.outcome)).toEqual(['transientFailure']);
    clock.advanceMinutes(2);
    expect((await s.tick()).map((e) => e.outcome)).toEqual(['gaveUp']);
    expect(poster.calls).toHaveLength(6);
    for (let i = 0; i < 10; i++) {
      clock.advanceMinutes(30);
      await s.tick();
    }
    expect(poster.calls).toHaveLength(6);
    expect(lines.some((l) => l.level === LOG_LEVEL.error && /given up/.test(l.msg))).toBe(true);

    clock.set('2025-04-03T00:00:00Z'); // a new day starts clean
    await s.tick();
    expect(poster.calls).toHaveLength(8);
  });

  it('given a permanent failure then the subscription is turned off with the reason, logged, and never retried', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    await subscribe(store, 'C2', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack', (_n, call) =>
      call.channel === 'C1' ? { ok: false, permanent: true, reason: 'channel_not_found' } : { ok: true },
    );
    const { s, lines } = scheduler(store, clock, poster);
    const entries = await s.tick();
    expect(entries).toContainEqual({
      platform: 'slack',
      channel: 'C1',
      localDate: '2025-04-02',
      outcome: 'permanentFailure',
    });
    expect(poster.calls.filter((c) => c.channel === 'C1')).toHaveLength(1);
    expect((await store.listDailySubscriptions()).map((x) => x.channel)).toEqual(['C2']);
    expect(await store.getChannelSettings('slack', 'C1')).toMatchObject({
      dailyEnabled: false,
      dailyDisabledReason: 'channel_not_found',
    });
    expect(lines.some((l) => l.level === LOG_LEVEL.warn && l.reason === 'channel_not_found')).toBe(true);

    clock.advanceMinutes(5);
    await s.tick();
    expect(poster.calls.filter((c) => c.channel === 'C1')).toHaveLength(1);
  });

  it('given no poster for the platform yet then nothing is claimed, and the post goes out once one is connected', async () => {
    const store = await freshStore();
    await subscribe(store, '123', '09:00', 'Asia/Seoul', { platform: 'discord', workspace: 'G1' });
    const clock = manualClock('2025-04-02T00:00:00Z');
    const discord = recordingPoster('discord');
    let connected: ChannelPoster | undefined;
    const { logger } = recordingLogger();
    const s = createDailyScheduler({ store, core, logger, now: clock.now, posters: () => connected });

    expect((await s.tick()).map((e) => e.outcome)).toEqual(['noPoster']);
    connected = discord;
    clock.advanceMinutes(1);
    expect((await s.tick()).map((e) => e.outcome)).toEqual(['posted']);
    expect(discord.calls).toEqual([
      { channel: '123', workspace: 'G1', card: core.dailyCard('2025-04-02', 'ko') },
    ]);
  });

  it('given a channel without its own language then the scheduler default locale is used', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack');
    const { s } = scheduler(store, clock, poster, { defaultLocale: 'en' });
    await s.tick();
    expect(poster.calls[0]!.card).toEqual(core.dailyCard('2025-04-02', 'en'));
  });

  it('given stop during a slow post then stop waits for it and the post is recorded', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const poster = recordingPoster('slack', async () => {
      await gate;
      return { ok: true };
    });
    const { s } = scheduler(store, clock, poster);
    const ticking = s.tick();
    while (poster.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    let stopped = false;
    const stopping = s.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect((await ticking).map((e) => e.outcome)).toEqual(['posted']);
    expect(await store.claimDailyPost('slack', 'C1', '2025-04-02', { now: clock.now() })).toBeUndefined();
    expect(await s.tick()).toEqual([]);
  });

  it('given stop during a backoff pause then the pause ends early and the claim is left free', async () => {
    const store = await freshStore();
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack', () => ({ ok: false, permanent: false, reason: 'timeout' }));
    const { logger } = recordingLogger();
    // The real (abortable) pause, an hour long: the test only finishes if stop() cuts it short.
    const s = createDailyScheduler({
      store,
      core,
      logger,
      now: clock.now,
      posters: () => poster,
      retry: { attempts: 3, baseDelayMs: 3_600_000 },
    });
    const ticking = s.tick();
    while (poster.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await s.stop();
    expect((await ticking).map((e) => e.outcome)).toEqual(['stopped']);
    expect(poster.calls).toHaveLength(1);
    expect(await store.claimDailyPost('slack', 'C1', '2025-04-02', { now: clock.now() })).toBeDefined();
  });

  it('given a subscription with a zone the runtime does not know then it is logged and the others still post', async () => {
    const store = await freshStore();
    await subscribe(store, 'BAD', '09:00', 'Mars/Olympus');
    await subscribe(store, 'GOOD', '09:00', 'Asia/Seoul');
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack');
    const { s, lines } = scheduler(store, clock, poster);
    const entries = await s.tick();
    expect(entries.map((e) => [e.channel, e.outcome])).toEqual(
      expect.arrayContaining([
        ['BAD', 'error'],
        ['GOOD', 'posted'],
      ]),
    );
    expect(poster.calls.map((c) => c.channel)).toEqual(['GOOD']);
    expect(lines.some((l) => l.level === LOG_LEVEL.error)).toBe(true);
  });
});

describe('daily scheduler with a failing store', () => {
  it('given the store fails to list subscriptions then tick logs it and resolves without posting', async () => {
    const store = await openStore({ databasePath: stores.freshPath('closed') });
    await subscribe(store, 'C1', '09:00', 'Asia/Seoul');
    await store.close();
    const clock = manualClock('2025-04-02T00:00:00Z');
    const poster = recordingPoster('slack');
    const { s, lines } = scheduler(store, clock, poster);
    expect(await s.tick()).toEqual([]);
    expect(poster.calls).toHaveLength(0);
    expect(lines.some((l) => l.level === LOG_LEVEL.error && /subscriptions/.test(l.msg))).toBe(true);
  });
});
