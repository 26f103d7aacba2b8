import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { StoreError } from '../../src/store/storeError.js';

/** One database for one test: `open()` may be called many times (two instances, a restart). */
export interface StoreTarget {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

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
      expect(first.migrations.applied).toEqual(['001 initial schema']);
      expect(first.migrations.version).toBe(1);
      const second = await t.openTracked();
      expect(second.migrations.applied).toEqual([]);
      expect(second.migrations.version).toBe(1);
    });

    it('given several instances starting at once then each migration is applied exactly once', async () => {
      const t = await target();
      const stores = await Promise.all([t.openTracked(), t.openTracked(), t.openTracked()]);
      const applied = stores.flatMap((s) => s.migrations.applied);
      expect(applied).toEqual(['001 initial schema']);
      expect(stores.map((s) => s.migrations.version)).toEqual([1, 1, 1]);
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
      await store.upsertChannelSettings(
        { platform: 'slack', channel: 'C1', workspace: 'T1' },
        { locale: 'en', daily: { enabled: true, time: '08:30', timeZone: 'America/New_York' } },
      );
      await store.upsertChannelSettings(
        { platform: 'discord', channel: '42', workspace: 'G1' },
        { daily: { enabled: true, time: '09:00', timeZone: 'Asia/Seoul' } },
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
      });
      expect(subscriptions).toContainEqual({
        platform: 'discord',
        channel: '42',
        workspace: 'G1',
        time: '09:00',
        timeZone: 'Asia/Seoul',
      });
      const off = await store.getChannelSettings('slack', 'C3');
      expect(off).toMatchObject({ dailyEnabled: false, dailyTime: '07:00', dailyTimeZone: 'UTC' });
    });

    it('given one channel and date claimed by two stores at once then exactly one claim wins', async () => {
      const t = await target();
      const [a, b] = await Promise.all([t.openTracked(), t.openTracked()]);
      const channels = Array.from({ length: 12 }, (_, i) => `C${i}`);
      const results = await Promise.all(
        channels.flatMap((channel) => [
          a.claimDailyPost('slack', channel, '2025-03-09'),
          b.claimDailyPost('slack', channel, '2025-03-09'),
          a.claimDailyPost('slack', channel, '2025-03-09'),
          b.claimDailyPost('slack', channel, '2025-03-09'),
        ]),
      );
      for (let i = 0; i < channels.length; i++) {
        const wins = results.slice(i * 4, i * 4 + 4).filter(Boolean);
        expect(wins).toHaveLength(1);
      }
    });

    it('given a claim then other dates, channels and platforms are still free', async () => {
      const store = await (await target()).openTracked();
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01')).toBe(true);
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-02')).toBe(true);
      expect(await store.claimDailyPost('slack', 'C2', '2025-01-01')).toBe(true);
      expect(await store.claimDailyPost('discord', 'C1', '2025-01-01')).toBe(true);
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01')).toBe(false);
    });

    it('given a released claim then it can be claimed again, but a posted date never can', async () => {
      const store = await (await target()).openTracked();
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01')).toBe(true);
      await store.releaseDailyPost('slack', 'C1', '2025-01-01');
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01')).toBe(true);
      await store.markDailyPosted('slack', 'C1', '2025-01-01');
      await store.releaseDailyPost('slack', 'C1', '2025-01-01');
      expect(await store.claimDailyPost('slack', 'C1', '2025-01-01')).toBe(false);
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
      expect(await before.claimDailyPost('slack', 'C1', '2025-06-01')).toBe(true);
      await before.markDailyPosted('slack', 'C1', '2025-06-01');
      expect(await before.claimDailyPost('slack', 'C1', '2025-06-02')).toBe(true);
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
      expect(await after.claimDailyPost('slack', 'C1', '2025-06-01')).toBe(false);
      expect(await after.claimDailyPost('slack', 'C1', '2025-06-02')).toBe(false);
      expect(await after.claimDailyPost('slack', 'C1', '2025-06-03')).toBe(true);
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
