import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SettingsActor } from '../../../src/app/contracts.js';
import { createDailyScheduler } from '../../../src/app/scheduler/createDailyScheduler.js';
import { createSettingsService } from '../../../src/app/settings/createSettingsService.js';
import { MIGRATIONS } from '../../../src/store/migrations.js';
import { migrateSqlite } from '../../../src/store/sqlite/migrateSqlite.js';
import { recordingLogger } from '../../store/recordingLogger.js';
import {
  manualClock,
  realCore,
  recordingPoster,
  recordingSleep,
  tempSqliteStores,
} from './schedulerFixtures.js';

const core = realCore();
const stores = tempSqliteStores('daily-first-post-');

const DAY = '2025-04-02';
const NEXT_DAY = '2025-04-03';
const seoul = (date: string, time: string) => `${date}T${time}:00+09:00`;
const actor: SettingsActor = { platform: 'slack', workspace: 'T1', channel: 'C1', user: 'U1' };

const openTracked = stores.open;

/** A store, the settings service and a scheduler on one clock; `restart` makes a new scheduler. */
async function bot(start: string, path = stores.freshPath()) {
  const store = await openTracked(path);
  const clock = manualClock(start);
  const poster = recordingPoster('slack');
  const settings = createSettingsService({
    store,
    defaults: { locale: 'ko', autoExplain: true, dailyTime: '09:00', dailyTimeZone: 'Asia/Seoul' },
    now: clock.now,
  });
  const newScheduler = () =>
    createDailyScheduler({
      store,
      core,
      logger: recordingLogger().logger,
      now: clock.now,
      posters: () => poster,
      sleep: recordingSleep().sleep,
    });
  let scheduler = newScheduler();
  return {
    store,
    clock,
    poster,
    settings,
    /** `daily on ...` typed in the channel at the clock's current time. */
    subscribe: (...words: string[]) => settings.apply(['daily', 'on', ...words], actor, 'en'),
    /** Moves the clock and runs one tick; returns the outcomes. */
    async tickAt(iso: string) {
      clock.set(iso);
      return (await scheduler.tick()).map((entry) => `${entry.localDate} ${entry.outcome}`);
    },
    restart() {
      scheduler = newScheduler();
    },
  };
}

describe('the first daily post of a channel', () => {
  it('given a channel subscribes to 09:00 at 15:00 then nothing is posted today, and one post goes out at 09:00 tomorrow', async () => {
    const b = await bot(seoul(DAY, '15:00'));
    await b.subscribe('09:00', 'Asia/Seoul');

    for (const time of ['15:00', '15:01', '20:00', '23:59'])
      expect(await b.tickAt(seoul(DAY, time))).toEqual([]);
    // A restart knows only what the database says, and it says the same.
    b.restart();
    expect(await b.tickAt(seoul(DAY, '16:00'))).toEqual([]);
    expect(await b.tickAt(seoul(NEXT_DAY, '08:59'))).toEqual([]);
    expect(b.poster.calls).toHaveLength(0);

    expect(await b.tickAt(seoul(NEXT_DAY, '09:00'))).toEqual([`${NEXT_DAY} posted`]);
    await b.tickAt(seoul(NEXT_DAY, '09:30'));
    expect(b.poster.calls).toHaveLength(1);
    expect(b.poster.calls[0]!.card).toEqual(core.dailyCard(NEXT_DAY, 'ko'));
  });

  it('given a channel subscribes to 09:00 at 08:30 then it posts today at 09:00', async () => {
    const b = await bot(seoul(DAY, '08:30'));
    await b.subscribe('09:00', 'Asia/Seoul');
    expect(await b.tickAt(seoul(DAY, '08:59'))).toEqual([]);
    expect(await b.tickAt(seoul(DAY, '09:00'))).toEqual([`${DAY} posted`]);
    expect(b.poster.calls[0]!.card).toEqual(core.dailyCard(DAY, 'ko'));
  });

  it('given a channel subscribes to 09:00 a few seconds before 09:00 then that 09:00 is still today', async () => {
    const b = await bot('2025-04-01T23:59:58Z'); // 08:59:58 in Seoul
    await b.subscribe('09:00', 'Asia/Seoul');
    expect(await b.tickAt(seoul(DAY, '09:00'))).toEqual([`${DAY} posted`]);
  });

  it('given a channel subscribed at 08:30 and the bot down from 08:45 to 15:00 then the missed post goes out at start', async () => {
    const b = await bot(seoul(DAY, '08:30'));
    await b.subscribe('09:00', 'Asia/Seoul');
    expect(await b.tickAt(seoul(DAY, '08:45'))).toEqual([]);
    b.restart();
    expect(await b.tickAt(seoul(DAY, '15:00'))).toEqual([`${DAY} posted`]);
    expect(await b.tickAt(seoul(NEXT_DAY, '09:00'))).toEqual([`${NEXT_DAY} posted`]);
    expect(b.poster.calls).toHaveLength(2);
  });

  it('given a subscription older than the record of when it took effect and the bot down at 09:00 then it is caught up later the same day, never the day after', async () => {
    // A database written by the release before migration 2, with one subscription in it.
    const path = stores.freshPath('legacy');
    const legacy = new Database(path);
    migrateSqlite(
      legacy,
      MIGRATIONS.filter((m) => m.version === 1),
    );
    legacy.exec(`INSERT INTO channel_settings
      (platform, channel, workspace, daily_enabled, daily_time, daily_time_zone, updated_at)
      VALUES ('slack', 'C1', 'T1', 1, '09:00', 'Asia/Seoul', '2025-03-01T00:00:00.000Z')`);
    legacy.close();

    const b = await bot(seoul(DAY, '15:00'), path);
    expect(b.store.migrations.applied).toEqual(['002 daily schedule start', '003 auto explain claims']);
    expect((await b.store.listDailySubscriptions())[0]?.since).toBeUndefined();
    expect(await b.tickAt(seoul(DAY, '15:00'))).toEqual([`${DAY} posted`]);
    expect(b.poster.calls[0]).toMatchObject({ channel: 'C1', workspace: 'T1' });

    // Down for a whole day: the day it missed is gone, only the day it is up is posted.
    b.restart();
    expect(await b.tickAt(seoul('2025-04-05', '15:00'))).toEqual(['2025-04-05 posted']);
    expect(b.poster.calls.map((call) => call.card)).toEqual([
      core.dailyCard(DAY, 'ko'),
      core.dailyCard('2025-04-05', 'ko'),
    ]);
    expect(await b.store.claimDailyPost('slack', 'C1', '2025-04-04', { now: b.clock.now() })).toBeDefined();
  });

  it('given the time is moved at 15:00 from 09:00 to 18:00 then today is posted at 18:00', async () => {
    const b = await bot(seoul(DAY, '14:00'));
    await b.subscribe('09:00', 'Asia/Seoul');
    expect(await b.tickAt(seoul(DAY, '14:30'))).toEqual([]);

    b.clock.set(seoul(DAY, '15:00'));
    const moved = await b.subscribe('18:00');
    expect(moved.changed).toBe(true);
    expect(await b.tickAt(seoul(DAY, '17:59'))).toEqual([]);
    expect(await b.tickAt(seoul(DAY, '18:00'))).toEqual([`${DAY} posted`]);
    expect(await b.tickAt(seoul(NEXT_DAY, '18:00'))).toEqual([`${NEXT_DAY} posted`]);
    expect(b.poster.calls).toHaveLength(2);
  });

  it('given today was posted at 09:00 and the time is moved to 18:00 then 18:00 posts nothing more today', async () => {
    const b = await bot(seoul('2025-04-01', '12:00'));
    await b.subscribe('09:00', 'Asia/Seoul');
    expect(await b.tickAt(seoul(DAY, '09:00'))).toEqual([`${DAY} posted`]);

    b.clock.set(seoul(DAY, '15:00'));
    await b.subscribe('18:00');
    await b.tickAt(seoul(DAY, '18:00'));
    b.restart();
    expect(await b.tickAt(seoul(DAY, '18:01'))).toEqual([`${DAY} taken`]);
    expect(b.poster.calls).toHaveLength(1);
  });

  it('given the time is moved at 15:00 from 18:00 to 10:00 then today is skipped and tomorrow posts at 10:00', async () => {
    const b = await bot(seoul(DAY, '08:00'));
    await b.subscribe('18:00', 'Asia/Seoul');
    b.clock.set(seoul(DAY, '15:00'));
    await b.subscribe('10:00');
    expect(await b.tickAt(seoul(DAY, '15:01'))).toEqual([]);
    expect(await b.tickAt(seoul(DAY, '18:00'))).toEqual([]);
    expect(await b.tickAt(seoul(NEXT_DAY, '09:59'))).toEqual([]);
    expect(await b.tickAt(seoul(NEXT_DAY, '10:00'))).toEqual([`${NEXT_DAY} posted`]);
  });

  it('given daily turned off and on again after its time then the restart waits for tomorrow', async () => {
    const b = await bot(seoul(DAY, '08:00'));
    await b.subscribe('09:00', 'Asia/Seoul');
    b.clock.set(seoul(DAY, '08:30'));
    await b.settings.apply(['daily', 'off'], actor, 'en');
    b.clock.set(seoul(DAY, '09:30'));
    await b.subscribe('09:00', 'Asia/Seoul');
    expect(await b.tickAt(seoul(DAY, '09:31'))).toEqual([]);
    expect(await b.tickAt(seoul(NEXT_DAY, '09:00'))).toEqual([`${NEXT_DAY} posted`]);
  });

  it('given a 02:30 New York subscription made on the spring-forward day then 01:50 EST posts at 03:00 EDT and 03:10 EDT waits a day', async () => {
    const early = await bot('2025-03-09T06:50:00Z'); // 01:50 EST
    await early.subscribe('02:30', 'America/New_York');
    expect(await early.tickAt('2025-03-09T06:59:00Z')).toEqual([]);
    expect(await early.tickAt('2025-03-09T07:00:00Z')).toEqual(['2025-03-09 posted']); // 03:00 EDT

    const late = await bot('2025-03-09T07:10:00Z'); // 03:10 EDT
    await late.subscribe('02:30', 'America/New_York');
    expect(await late.tickAt('2025-03-09T07:11:00Z')).toEqual([]);
    expect(await late.tickAt('2025-03-10T06:29:00Z')).toEqual([]); // 02:29 EDT
    expect(await late.tickAt('2025-03-10T06:30:00Z')).toEqual(['2025-03-10 posted']);
  });

  it('given a 01:30 New York subscription on the fall-back day then the wall clock at subscribing decides, and nothing posts twice', async () => {
    // 01:45 EDT, after the first 01:30: today's time has passed, including the repeated 01:30 EST.
    const afterFirst = await bot('2025-11-02T05:45:00Z');
    await afterFirst.subscribe('01:30', 'America/New_York');
    expect(await afterFirst.tickAt('2025-11-02T06:30:00Z')).toEqual([]); // 01:30 EST
    expect(await afterFirst.tickAt('2025-11-03T06:30:00Z')).toEqual(['2025-11-03 posted']);

    // 01:15 EST, in the repeated hour: the clock on the wall says 01:30 is still ahead today.
    const inRepeat = await bot('2025-11-02T06:15:00Z');
    await inRepeat.subscribe('01:30', 'America/New_York');
    expect(await inRepeat.tickAt('2025-11-02T06:29:00Z')).toEqual([]);
    expect(await inRepeat.tickAt('2025-11-02T06:30:00Z')).toEqual(['2025-11-02 posted']);
    expect(await inRepeat.tickAt('2025-11-02T07:30:00Z')).toEqual([]);
    expect(inRepeat.poster.calls).toHaveLength(1);
  });
});
