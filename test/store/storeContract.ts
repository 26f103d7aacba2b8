import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import {
  type AutoExplainChannel,
  type AutoExplainClaimTime,
  DAILY_CLAIM_LEASE_MS,
  type DailyClaim,
  type DailyClaimTime,
  type Store,
} from '../../src/store/store.js';
import { StoreError } from '../../src/store/storeError.js';

/** One database for one test: `open()` may be called many times (two instances, a restart). */
export interface StoreTarget {
  open(): Promise<Store>;
  /**
   * Brings the empty database to the schema of `version` with the backend's own migrator (as an older
   * release left it), then runs `sql` there, the way that release's data would look.
   */
  prepareLegacy(version: number, sql: string): Promise<void>;
  /** Rows in `table`, read past the store (to check that old rows do not pile up). */
  countRows(table: string): Promise<number>;
  dispose(): Promise<void>;
}

const ALL_MIGRATIONS = ['001 initial schema', '002 daily schedule start', '003 auto explain claims'];
const LATEST = MIGRATIONS.length;

/** The claimers' clock in these tests; `later(ms)` is that clock moved on. */
const AT: DailyClaimTime = { now: new Date('2025-03-09T00:00:00.000Z') };
const later = (ms: number): DailyClaimTime => ({ now: new Date(AT.now.getTime() + ms) });
const LEASE = DAILY_CLAIM_LEASE_MS;

/** The claim `claiming` must win: fails the test when it lost. */
async function won(claiming: Promise<DailyClaim | undefined>): Promise<DailyClaim> {
  const claim = await claiming;
  expect(claim).toBeDefined();
  return claim!;
}

/** Auto-explain claims in these tests: a 30-minute cooldown on the same clock. */
const COOLDOWN = 30 * 60_000;
const explainAt = (ms: number): AutoExplainClaimTime => ({ now: later(ms).now, cooldownMs: COOLDOWN });
const ALERTS: AutoExplainChannel = { platform: 'slack', workspace: 'T1', channel: 'C1' };

/**
 * Registers the store contract for one backend. Every test gets a fresh, empty database from
 * `createTarget`, and every store it opens is closed afterwards.
 */
export function registerStoreContract(backend: string, createTarget: () => Promise<StoreTarget>): void {
  describe(`Store contract (${backend})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function target(): Promise<StoreTarget & { openTracked(): Promise<Store> }> {
      const t = await createTarget();
      cleanups.push(() => t.dispose());
      return {
        ...t,
        async openTracked() {
          const store = await t.open();
          cleanups.push(() => store.close());
          return store;
        },
      };
    }

    it('given an empty database when opened then the initial migration is applied, and opening again applies nothing', async () => {
      const t = await target();
      const first = await t.openTracked();
      expect(first.migrations.applied).toEqual(ALL_MIGRATIONS);
      expect(first.migrations.version).toBe(MIGRATIONS.length);
      const second = await t.openTracked();
      expect(second.migrations.applied).toEqual([]);
      expect(second.migrations.version).toBe(MIGRATIONS.length);
    });

    it('given several instances starting at once then each migration is applied exactly once', async () => {
      const t = await target();
      const stores = await Promise.all([t.openTracked(), t.openTracked(), t.openTracked()]);
      const applied = stores.flatMap((s) => s.migrations.applied);
      expect(applied).toEqual(ALL_MIGRATIONS);
      expect(stores.map((s) => s.migrations.version)).toEqual([LATEST, LATEST, LATEST]);
    });

    it('given a database left at version 1 with a subscription then migration 2 applies once, and the old subscription has no since (always in effect)', async () => {
      const t = await target();
      await t.prepareLegacy(
        1,
        `INSERT INTO channel_settings (platform, channel, workspace, daily_enabled, daily_time, daily_time_zone, updated_at)
         VALUES ('slack', 'OLD', 'T1', TRUE, '09:00', 'Asia/Seoul', '2025-01-01T00:00:00.000Z')`,
      );
      const stores = await Promise.all([t.openTracked(), t.openTracked()]);
      expect(stores.flatMap((s) => s.migrations.applied)).toEqual(ALL_MIGRATIONS.slice(1));
      expect(stores.map((s) => s.migrations.version)).toEqual([LATEST, LATEST]);
      expect(await stores[0]!.listDailySubscriptions()).toEqual([
        { platform: 'slack', channel: 'OLD', workspace: 'T1', time: '09:00', timeZone: 'Asia/Seoul' },
      ]);
      const old = await stores[1]!.getChannelSettings('slack', 'OLD');
      expect(old).toMatchObject({ dailyEnabled: true, dailyTime: '09:00' });
      expect(old?.dailySince).toBeUndefined();

      // Changing anything but the schedule keeps it "always"; changing the schedule stamps it.
      await stores[0]!.upsertChannelSettings({ platform: 'slack', channel: 'OLD' }, { locale: 'en' });
      expect((await stores[0]!.getChannelSettings('slack', 'OLD'))?.dailySince).toBeUndefined();
      const since = new Date('2025-04-02T06:00:00.000Z');
      await stores[0]!.upsertChannelSettings(
        { platform: 'slack', channel: 'OLD' },
        { daily: { enabled: true, time: '18:00', timeZone: 'Asia/Seoul', since } },
      );
      expect((await stores[1]!.listDailySubscriptions())[0]?.since).toBe(since.toISOString());
    });

    it('given an unknown channel then its settings are undefined', async () => {
      const store = await (await target()).openTracked();
      expect(await store.getChannelSettings('slack', 'C404')).toBeUndefined();
    });

    it('given settings saved field by field then each read returns the merged row and unset fields stay unset', async () => {
      const store = await (await target()).openTracked();
      const first = await store.upsertChannelSettings(
        { platform: 'slack', channel: 'C1', workspace: 'T1' },
        { locale: 'en' },
        'U1',
      );
      expect(first).toMatchObject({ platform: 'slack', channel: 'C1', workspace: 'T1', locale: 'en' });
      expect(first.autoExplain).toBeUndefined();
      expect(first.dailyEnabled).toBe(false);
      expect(first.dailyTime).toBeUndefined();
      expect(first.updatedBy).toBe('U1');

      await store.upsertChannelSettings({ platform: 'slack', channel: 'C1' }, { autoExplain: false }, 'U2');
      const read = await store.getChannelSettings('slack', 'C1');
      expect(read).toMatchObject({
        platform: 'slack',
        channel: 'C1',
        workspace: 'T1',
        locale: 'en',
        autoExplain: false,
        dailyEnabled: false,
        updatedBy: 'U2',
      });
      expect(Number.isNaN(Date.parse(read!.updatedAt))).toBe(false);
    });

    it('given the same channel id on two platforms then their settings are separate', async () => {
      const store = await (await target()).openTracked();
      await store.upsertChannelSettings({ platform: 'slack', channel: 'X' }, { locale: 'en' });
      await store.upsertChannelSettings({ platform: 'discord', channel: 'X' }, { locale: 'ko' });
      expect((await store.getChannelSettings('slack', 'X'))?.locale).toBe('en');
      expect((await store.getChannelSettings('discord', 'X'))?.locale).toBe('ko');
    });

    it('given daily posts turned on and off then only enabled channels are listed, with time, zone and locale', async () => {
      const store = await (await target()).openTracked();
      const since = new Date('2025-04-01T12:34:56.789Z');
      await store.upsertChannelSettings(
        { platform: 'slack', channel: 'C1', workspace: 'T1' },
        { locale: 'en', daily: { enabled: true, time: '08:30', timeZone: 'America/New_York', since } },
      );
      await store.upsertChannelSettings(
        { platform: 'discord', channel: '42', workspace: 'G1' },
        { daily: { enabled: true, time: '09:00', timeZone: 'Asia/Seoul', since } },
      );
      await store.upsertChannelSettings({ platform: 'slack', channel: 'C2' }, { locale: 'ko' });
      await store.upsertChannelSettings(
        { platform: 'slack', channel: 'C3' },
        { daily: { enabled: true, time: '07:00', timeZone: 'UTC' } },
      );
      await store.upsertChannelSettings({ platform: 'slack', channel: 'C3' }, { daily: { enabled: false } });

      const subscriptions = await store.listDailySubscriptions();
      expect(subscriptions).toHaveLength(2);
      expect(subscriptions).toContainEqual({
        platform: 'slack',
        channel: 'C1',
        workspace: 'T1',
        time: '08:30',
        timeZone: 'America/New_York',
        locale: 'en',
        since: '2025-04-01T12:34:56.789Z',
      });
      expect(subscriptions).toContainEqual({
        platform: 'discord',
        channel: '42',
        workspace: 'G1',
        time: '09:00',
        timeZone: 'Asia/Seoul',
        since: '2025-04-01T12:34:56.789Z',
      });
      const off = await store.getChannelSettings('slack', 'C3');
      expect(off).toMatchObject({ dailyEnabled: false, dailyTime: '07:00', dailyTimeZone: 'UTC' });
    });

    it('given the daily schedule turned on, re-sent, moved and turned off and on then since records when the schedule in force took effect', async () => {
      const store = await (await target()).openTracked();
      const key = { platform: 'slack' as const, channel: 'C1' };
      const sinceOf = async () => (await store.getChannelSettings('slack', 'C1'))?.dailySince;
      const at = (iso: string) => new Date(iso);

      const on = await store.upsertChannelSettings(key, {
        daily: { enabled: true, time: '09:00', timeZone: 'Asia/Seoul', since: at('2025-04-02T06:00:00Z') },
      });
      expect(on.dailySince).toBe('2025-04-02T06:00:00.000Z');

      // The same schedule again, and other settings, leave the instant alone.
      await store.upsertChannelSettings(key, {
        daily: { enabled: true, time: '09:00', timeZone: 'Asia/Seoul', since: at('2025-04-03T06:00:00Z') },
      });
      await store.upsertChannelSettings(key, { autoExplain: false, locale: 'en' });
      expect(await sinceOf()).toBe('2025-04-02T06:00:00.000Z');

      await store.upsertChannelSettings(key, {
        daily: { enabled: true, time: '18:00', timeZone: 'Asia/Seoul', since: at('2025-04-04T06:00:00Z') },
      });
      expect(await sinceOf()).toBe('2025-04-04T06:00:00.000Z');
      await store.upsertChannelSettings(key, {
        daily: { enabled: true, time: '18:00', timeZone: 'UTC', since: at('2025-04-05T06:00:00Z') },
      });
      expect(await sinceOf()).toBe('2025-04-05T06:00:00.000Z');

      await store.upsertChannelSettings(key, { daily: { enabled: false } });
      expect(await store.listDailySubscriptions()).toEqual([]);
      await store.upsertChannelSettings(key, {
        daily: { enabled: true, time: '18:00', timeZone: 'UTC', since: at('2025-04-06T06:00:00Z') },
      });
      expect(await sinceOf()).toBe('2025-04-06T06:00:00.000Z');

      // Turned back on by a person after the bot turned it off: a new start as well.
      await store.disableDaily('slack', 'C1', 'not_in_channel');
      await store.upsertChannelSettings(key, {
        daily: { enabled: true, time: '18:00', timeZone: 'UTC', since: at('2025-04-07T06:00:00Z') },
      });
      expect((await store.listDailySubscriptions()).map((s) => s.since)).toEqual([
        '2025-04-07T06:00:00.000Z',
      ]);
    });

    it('given daily turned on without a since then the store stamps its current time', async () => {
      const store = await (await target()).openTracked();
      const before = Date.now();
      const saved = await store.upsertChannelSettings(
        { platform: 'discord', channel: '7' },
        { daily: { enabled: true, time: '07:00', timeZone: 'UTC' } },
      );
      const after = Date.now();
      const stamped = Date.parse(saved.dailySince ?? '');
      expect(stamped).toBeGreaterThanOrEqual(before);
      expect(stamped).toBeLessThanOrEqual(after);
      const off = await store.upsertChannelSettings({ platform: 'discord', channel: '8' }, { locale: 'ko' });
      expect(off.dailySince).toBeUndefined();
    });

    it('given one channel and date claimed by two stores at once then exactly one claim wins', async () => {
      const t = await target();
      const [a, b] = await Promise.all([t.openTracked(), t.openTracked()]);
      const channels = Array.from({ length: 12 }, (_, i) => `C${i}`);
      const results = await Promise.all(
        channels.flatMap((channel) => [
          a.claimDailyPost('slack', channel, '2025-03-09', AT),
          b.claimDailyPost('slack', channel, '2025-03-09', AT),
          a.claimDailyPost('slack', channel, '2025-03-09', AT),
          b.claimDailyPost('slack', channel, '2025-03-09', AT),
        ]),
      );
      for (let i = 0; i < channels.length; i++) {
        const wins = results.slice(i * 4, i * 4 + 4).filter(Boolean);
        expect(wins).toHaveLength(1);
      }
    });

    it('given a claim then other dates, channels and platforms are still free', async () => {
      const store = await (await target()).openTracked();
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01', AT)).toBeDefined();
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-02', AT)).toBeDefined();
      expect(await store.claimDailyPost('slack', 'C2', '2025-01-01', AT)).toBeDefined();
      expect(await store.claimDailyPost('discord', 'C1', '2025-01-01', AT)).toBeDefined();
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01', AT)).toBeUndefined();
    });

    it('given a released claim then it can be claimed again, but a posted date never can', async () => {
      const store = await (await target()).openTracked();
      const first = await won(store.claimDailyPost('slack', 'C1', '2025-01-01', AT));
      expect(first).toMatchObject({ platform: 'slack', channel: 'C1', localDate: '2025-01-01' });
      expect(await store.releaseDailyPost(first)).toBe(true);
      const second = await won(store.claimDailyPost('slack', 'C1', '2025-01-01', AT));
      expect(second.token).not.toBe(first.token);
      expect(await store.markDailyPosted(second)).toBe(true);
      // Marking again (a retry) still reports the claim as held; releasing a posted date does nothing.
      expect(await store.markDailyPosted(second)).toBe(true);
      expect(await store.releaseDailyPost(second)).toBe(false);
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01', AT)).toBeUndefined();
    });

    it("given a claim taken over after the lease then the old holder's release and mark change nothing and report it", async () => {
      const t = await target();
      const [a, b, c] = await Promise.all([t.openTracked(), t.openTracked(), t.openTracked()]);
      const stale = await won(a.claimDailyPost('slack', 'C1', '2025-03-09', AT));
      const current = await won(b.claimDailyPost('slack', 'C1', '2025-03-09', later(LEASE + 1)));
      expect(current.token).not.toBe(stale.token);

      expect(await a.releaseDailyPost(stale)).toBe(false);
      // Still the new holder's: within its lease nobody else gets the date.
      expect(await c.claimDailyPost('slack', 'C1', '2025-03-09', later(LEASE + 2))).toBeUndefined();
      expect(await a.markDailyPosted(stale)).toBe(false);
      // Not marked posted either: the new holder can still give its claim back, and then it is free.
      expect(await b.releaseDailyPost(current)).toBe(true);
      expect(await c.claimDailyPost('slack', 'C1', '2025-03-09', later(LEASE + 3))).toBeDefined();
    });

    it("given a claim taken over after the lease then the new holder's mark records the post and the old holder cannot undo it", async () => {
      const t = await target();
      const [a, b, c] = await Promise.all([t.openTracked(), t.openTracked(), t.openTracked()]);
      const stale = await won(a.claimDailyPost('discord', '7', '2025-03-09', AT));
      const current = await won(b.claimDailyPost('discord', '7', '2025-03-09', later(LEASE + 1)));
      expect(await b.markDailyPosted(current)).toBe(true);
      expect(await a.releaseDailyPost(stale)).toBe(false);
      expect(await a.markDailyPosted(stale)).toBe(false);
      for (const age of [LEASE + 2, 3 * LEASE]) {
        expect(await c.claimDailyPost('discord', '7', '2025-03-09', later(age))).toBeUndefined();
      }
    });

    it('given an unposted claim no older than the lease then a second claimer loses, and its tries leave the claim time alone', async () => {
      const t = await target();
      const [a, b] = await Promise.all([t.openTracked(), t.openTracked()]);
      expect(await a.claimDailyPost('slack', 'C1', '2025-03-09', AT)).toBeDefined();
      expect(await b.claimDailyPost('slack', 'C1', '2025-03-09', later(1))).toBeUndefined();
      expect(await b.claimDailyPost('slack', 'C1', '2025-03-09', later(LEASE - 1))).toBeUndefined();
      // Exactly the lease old is not older than the lease.
      expect(await b.claimDailyPost('slack', 'C1', '2025-03-09', later(LEASE))).toBeUndefined();
      expect(await a.claimDailyPost('slack', 'C1', '2025-03-09', later(LEASE))).toBeUndefined();
      // The losing tries did not move the claim's time: one millisecond later it is stale.
      expect(await b.claimDailyPost('slack', 'C1', '2025-03-09', later(LEASE + 1))).toBeDefined();
    });

    it('given a lease passed with the claim then the stored claim time is measured against that lease', async () => {
      const store = await (await target()).openTracked();
      const short = (ms: number): DailyClaimTime => ({ ...later(ms), leaseMs: 1_000 });
      expect(await store.claimDailyPost('discord', '7', '2025-03-09', AT)).toBeDefined();
      expect(await store.claimDailyPost('discord', '7', '2025-03-09', short(1_000))).toBeUndefined();
      expect(await store.claimDailyPost('discord', '7', '2025-03-09', short(1_001))).toBeDefined();
      // The default lease still protects the claim just taken over.
      expect(await store.claimDailyPost('discord', '7', '2025-03-09', later(1_002))).toBeUndefined();
    });

    it('given unposted claims older than the lease then exactly one of several concurrent claimers takes each over, for a full new lease', async () => {
      const t = await target();
      const stores = await Promise.all([t.openTracked(), t.openTracked(), t.openTracked()]);
      const channels = Array.from({ length: 12 }, (_, i) => `C${i}`);
      for (const channel of channels) {
        expect(await stores[0]!.claimDailyPost('slack', channel, '2025-03-09', AT)).toBeDefined();
      }
      const late = later(LEASE + 1);
      const results = await Promise.all(
        channels.flatMap((channel) =>
          stores.flatMap((s) => [
            s.claimDailyPost('slack', channel, '2025-03-09', late),
            s.claimDailyPost('slack', channel, '2025-03-09', late),
          ]),
        ),
      );
      const perChannel = stores.length * 2;
      for (let i = 0; i < channels.length; i++) {
        expect(results.slice(i * perChannel, (i + 1) * perChannel).filter(Boolean)).toHaveLength(1);
      }
      // The takeover restarted the lease at its own time; only when that has run out is it free again.
      expect(
        await stores[1]!.claimDailyPost('slack', 'C0', '2025-03-09', later(2 * LEASE + 1)),
      ).toBeUndefined();
      expect(
        await stores[2]!.claimDailyPost('slack', 'C0', '2025-03-09', later(2 * LEASE + 2)),
      ).toBeDefined();
    });

    it('given a posted date then no claimer takes it over, however old the claim and however many try at once', async () => {
      const t = await target();
      const stores = await Promise.all([t.openTracked(), t.openTracked(), t.openTracked()]);
      const claim = await won(stores[0]!.claimDailyPost('slack', 'C1', '2025-03-09', AT));
      expect(await stores[0]!.markDailyPosted(claim)).toBe(true);
      const ages = [1, LEASE, LEASE + 1, 365 * 24 * 60 * 60_000];
      const results = await Promise.all(
        stores.flatMap((s) =>
          ages.flatMap((age) => [
            s.claimDailyPost('slack', 'C1', '2025-03-09', later(age)),
            s.claimDailyPost('slack', 'C1', '2025-03-09', { ...later(age), leaseMs: 0 }),
          ]),
        ),
      );
      expect(results.filter(Boolean)).toEqual([]);
      expect(await stores[1]!.releaseDailyPost(claim)).toBe(false);
      expect(await stores[2]!.claimDailyPost('slack', 'C1', '2025-03-09', later(2 * LEASE))).toBeUndefined();
    });

    it('given a code claimed for auto-explain then a second claim within the cooldown loses and one after it wins', async () => {
      const t = await target();
      const [a, b] = await Promise.all([t.openTracked(), t.openTracked()]);
      expect(await a.claimAutoExplain(ALERTS, ['503'], explainAt(0))).toEqual(['503']);
      expect(await b.claimAutoExplain(ALERTS, ['503'], explainAt(1))).toEqual([]);
      expect(await a.claimAutoExplain(ALERTS, ['503'], explainAt(COOLDOWN - 1))).toEqual([]);
      // The losing tries did not move the claim's time: a full cooldown after the first claim it is free.
      expect(await b.claimAutoExplain(ALERTS, ['503'], explainAt(COOLDOWN))).toEqual(['503']);
      // ... and the new claim holds for a full cooldown of its own.
      expect(await a.claimAutoExplain(ALERTS, ['503'], explainAt(2 * COOLDOWN - 1))).toEqual([]);
      expect(await a.claimAutoExplain(ALERTS, ['503'], explainAt(2 * COOLDOWN))).toEqual(['503']);
    });

    it('given several keys claimed at once then only the free ones are won, in the order given', async () => {
      const store = await (await target()).openTracked();
      expect(await store.claimAutoExplain(ALERTS, ['503', '5xx'], explainAt(0))).toEqual(['503', '5xx']);
      expect(await store.claimAutoExplain(ALERTS, ['504', '503', '502', '504'], explainAt(10))).toEqual([
        '504',
        '502',
      ]);
      expect(await store.claimAutoExplain(ALERTS, [], explainAt(20))).toEqual([]);
      // A cooldown passed with the claim is what the stored time is measured against.
      expect(
        await store.claimAutoExplain(ALERTS, ['503'], { now: later(999).now, cooldownMs: 1_000 }),
      ).toEqual([]);
      expect(
        await store.claimAutoExplain(ALERTS, ['503'], { now: later(1_000).now, cooldownMs: 1_000 }),
      ).toEqual(['503']);
    });

    it('given a code claimed in one channel then other channels, workspaces and platforms are still free', async () => {
      const store = await (await target()).openTracked();
      expect(await store.claimAutoExplain(ALERTS, ['503'], explainAt(0))).toEqual(['503']);
      const elsewhere: AutoExplainChannel[] = [
        { platform: 'slack', workspace: 'T1', channel: 'C2' },
        { platform: 'slack', workspace: 'T2', channel: 'C1' },
        { platform: 'slack', channel: 'C1' },
        { platform: 'discord', workspace: 'T1', channel: 'C1' },
      ];
      for (const channel of elsewhere) {
        expect(await store.claimAutoExplain(channel, ['503'], explainAt(1))).toEqual(['503']);
      }
      expect(await store.claimAutoExplain(ALERTS, ['503'], explainAt(2))).toEqual([]);
      // A channel without a workspace is one channel, whoever claims it.
      expect(
        await store.claimAutoExplain({ platform: 'slack', channel: 'C1' }, ['503'], explainAt(3)),
      ).toEqual([]);
    });

    it('given one code claimed by several stores at once then exactly one wins it, per channel', async () => {
      const t = await target();
      const stores = await Promise.all([t.openTracked(), t.openTracked(), t.openTracked()]);
      const channels = Array.from({ length: 12 }, (_, i) => ({ ...ALERTS, channel: `C${i}` }));
      const claimers = 3 * stores.length;
      const results = await Promise.all(
        channels.flatMap((channel) =>
          Array.from({ length: claimers }, (_, i) =>
            stores[i % stores.length]!.claimAutoExplain(
              channel,
              i % 2 === 0 ? ['503', '504'] : ['504', '503'],
              explainAt(i),
            ),
          ),
        ),
      );
      for (let c = 0; c < channels.length; c++) {
        const won = results.slice(c * claimers, (c + 1) * claimers).flat();
        expect(won.sort()).toEqual(['503', '504']);
      }
    });

    it('given run-out claims then they are deleted when the channel claims again, and only that channel', async () => {
      const t = await target();
      const store = await t.openTracked();
      const other = { ...ALERTS, channel: 'C2' };
      await store.claimAutoExplain(ALERTS, ['500', '502'], explainAt(0));
      await store.claimAutoExplain(other, ['500'], explainAt(0));
      await store.claimAutoExplain(ALERTS, ['503'], explainAt(COOLDOWN - 1));
      expect(await t.countRows('auto_explain_claims')).toBe(4);
      await store.claimAutoExplain(ALERTS, ['504'], explainAt(COOLDOWN));
      // C1's 500 and 502 ran out and are gone; 503 and the new 504 stay, as does C2's 500.
      expect(await t.countRows('auto_explain_claims')).toBe(3);
      expect(await store.claimAutoExplain(ALERTS, ['503'], explainAt(COOLDOWN + 1))).toEqual([]);
      expect(await store.claimAutoExplain(ALERTS, ['500'], explainAt(COOLDOWN + 2))).toEqual(['500']);
    });

    it('given a channel disabled for a reason then it leaves the subscriptions and keeps the reason until a person turns it on', async () => {
      const store = await (await target()).openTracked();
      const key = { platform: 'discord' as const, channel: '99', workspace: 'G' };
      await store.upsertChannelSettings(key, {
        daily: { enabled: true, time: '09:00', timeZone: 'Asia/Seoul' },
      });
      await store.disableDaily('discord', '99', 'Unknown Channel (10003)');
      expect(await store.listDailySubscriptions()).toEqual([]);
      expect(await store.getChannelSettings('discord', '99')).toMatchObject({
        dailyEnabled: false,
        dailyDisabledReason: 'Unknown Channel (10003)',
        dailyTime: '09:00',
      });

      await store.upsertChannelSettings(key, { locale: 'en' });
      expect((await store.getChannelSettings('discord', '99'))?.dailyDisabledReason).toBe(
        'Unknown Channel (10003)',
      );
      await store.upsertChannelSettings(
        key,
        { daily: { enabled: true, time: '10:00', timeZone: 'UTC' } },
        'U9',
      );
      const back = await store.getChannelSettings('discord', '99');
      expect(back?.dailyEnabled).toBe(true);
      expect(back?.dailyDisabledReason).toBeUndefined();
      expect(await store.listDailySubscriptions()).toHaveLength(1);
    });

    it('given a store closed and opened again then settings and claims are still there', async () => {
      const t = await target();
      const before = await t.open();
      await before.upsertChannelSettings(
        { platform: 'slack', channel: 'C1' },
        {
          locale: 'en',
          autoExplain: true,
          daily: { enabled: true, time: '06:05', timeZone: 'Europe/Berlin' },
        },
      );
      expect(
        await before.markDailyPosted(await won(before.claimDailyPost('slack', 'C1', '2025-06-01', AT))),
      ).toBe(true);
      expect(await before.claimDailyPost('slack', 'C1', '2025-06-02', AT)).toBeDefined();
      await before.close();

      const after = await t.openTracked();
      expect(after.migrations.applied).toEqual([]);
      expect(await after.getChannelSettings('slack', 'C1')).toMatchObject({
        locale: 'en',
        autoExplain: true,
        dailyEnabled: true,
        dailyTime: '06:05',
        dailyTimeZone: 'Europe/Berlin',
      });
      expect(await after.claimDailyPost('slack', 'C1', '2025-06-01', AT)).toBeUndefined();
      expect(await after.claimDailyPost('slack', 'C1', '2025-06-02', AT)).toBeUndefined();
      expect(await after.claimDailyPost('slack', 'C1', '2025-06-03', AT)).toBeDefined();
    });

    it('given a closed store then calls reject with STORE_CLOSED and closing again is harmless', async () => {
      const t = await target();
      const store = await t.open();
      await store.close();
      await store.close();
      const error = await store.getChannelSettings('slack', 'C1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('STORE_CLOSED');
    });
  });
}
