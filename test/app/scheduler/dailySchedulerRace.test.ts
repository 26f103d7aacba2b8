import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDailyScheduler } from '../../../src/app/scheduler/createDailyScheduler.js';
import { openStore } from '../../../src/store/openStore.js';
import type { Store } from '../../../src/store/store.js';
import { createFreshSchema, TEST_DATABASE_URL } from '../../store/freshPostgresSchema.js';
import { recordingLogger } from '../../store/recordingLogger.js';
import { manualClock, realCore, recordingPoster, recordingSleep } from './schedulerFixtures.js';

const core = realCore();
const CHANNELS = Array.from({ length: 8 }, (_, i) => `C${i}`);

/**
 * Two bot instances, each with its own store connection and poster, share one database and tick at the
 * same moment, several times over the day: every channel must get exactly one post in total.
 */
async function raceTwoSchedulers(openInstanceStore: () => Promise<Store>): Promise<void> {
  const stores = [await openInstanceStore(), await openInstanceStore()];
  try {
    for (const channel of CHANNELS) {
      await stores[0]!.upsertChannelSettings(
        { platform: 'slack', channel },
        {
          daily: {
            enabled: true,
            time: '09:00',
            timeZone: 'Asia/Seoul',
            since: new Date('2025-04-01T00:00:00Z'),
          },
        },
      );
    }
    const clock = manualClock('2025-04-02T00:00:00Z');
    const posters = stores.map(() => recordingPoster('slack'));
    const schedulers = stores.map((store, i) =>
      createDailyScheduler({
        store,
        core,
        logger: recordingLogger().logger,
        now: clock.now,
        posters: () => posters[i],
        sleep: recordingSleep().sleep,
      }),
    );
    for (let round = 0; round < 3; round++) {
      await Promise.all(schedulers.map((s) => s.tick()));
      clock.advanceMinutes(11);
    }
    const posted = posters.flatMap((p) => p.calls.map((c) => c.channel)).sort();
    expect(posted).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(
        await stores[1]!.claimDailyPost('slack', channel, '2025-04-02', { now: clock.now() }),
      ).toBeUndefined();
    }
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}

describe('two schedulers on one database', () => {
  const root = mkdtempSync(join(tmpdir(), 'scheduler-race-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('given one SQLite file then each channel is posted exactly once', async () => {
    const path = join(root, 'shared.sqlite');
    await raceTwoSchedulers(() => openStore({ databasePath: path }));
  });

  if (!TEST_DATABASE_URL) {
    console.log('[scheduler race on PostgreSQL] SKIPPED: TEST_DATABASE_URL is not set');
  }
  it.skipIf(!TEST_DATABASE_URL)(
    'given one PostgreSQL database then each channel is posted exactly once',
    async () => {
      const schema = await createFreshSchema(TEST_DATABASE_URL!);
      try {
        await raceTwoSchedulers(() => openStore({ databaseUrl: schema.url, databasePath: 'unused' }));
      } finally {
        await schema.drop();
      }
    },
  );
});
