/**
 * An instance that claims a channel's daily post and is killed before posting (SIGKILL, OOM, a crash:
 * nothing runs to release the claim) must not cost that channel its post for the day. The dead
 * instance is played by claiming through the store directly, at the time it died; the survivors are
 * real schedulers on the same database, driven by a manual clock. An instance that stalls instead of
 * dying, and comes back after its claim was taken over, must not release or record the new claim.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DeliveryResult } from '../../../src/app/contracts.js';
import { createDailyScheduler } from '../../../src/app/scheduler/createDailyScheduler.js';
import { openStore } from '../../../src/store/openStore.js';
import { DAILY_CLAIM_LEASE_MS, type DailyClaim, type Store } from '../../../src/store/store.js';
import { createFreshSchema, TEST_DATABASE_URL } from '../../store/freshPostgresSchema.js';
import { LOG_LEVEL, recordingLogger } from '../../store/recordingLogger.js';
import {
  manualClock,
  type RecordingPoster,
  realCore,
  recordingPoster,
  recordingSleep,
  subscribeAtNineSeoul,
} from './schedulerFixtures.js';

const core = realCore();
const DAY = '2025-04-02';
const seoul = (time: string) => new Date(`${DAY}T${time}+09:00`);
/** When the dead instance claimed C1 (09:00 Seoul, the post's time) and then died. */
const DIED_AT = seoul('09:00:10');
const LEASE_ENDS = new Date(DIED_AT.getTime() + DAILY_CLAIM_LEASE_MS);

/** One database per test, opened as many times as there are instances. */
interface Database {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

function instance(
  store: Store,
  clock: { now: () => Date },
  poster: RecordingPoster,
  logger = recordingLogger().logger,
) {
  return createDailyScheduler({
    store,
    core,
    logger,
    now: clock.now,
    posters: () => poster,
    sleep: recordingSleep().sleep,
  });
}

function registerLeaseTests(backend: string, createDatabase: () => Promise<Database>): void {
  describe(`given an instance that died between claim and post (${backend})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    /** A subscribed C1 whose 09:00 post of DAY was claimed at DIED_AT by an instance now dead. */
    async function abandonedClaim(): Promise<{ db: Database; open: () => Promise<Store> }> {
      const db = await createDatabase();
      cleanups.push(() => db.dispose());
      const open = async () => {
        const store = await db.open();
        cleanups.push(() => store.close());
        return store;
      };
      const dead = await db.open();
      await subscribeAtNineSeoul(dead);
      expect(await dead.claimDailyPost('slack', 'C1', DAY, { now: DIED_AT })).toBeDefined();
      await dead.close();
      return { db, open };
    }

    it('then a restarted instance ticking every minute posts nothing within the lease, then exactly once the same day', async () => {
      const { open } = await abandonedClaim();
      const store = await open();
      const clock = manualClock(seoul('09:01:00').toISOString());
      const poster = recordingPoster('slack');
      const scheduler = instance(store, clock, poster);

      let postedAt: Date | undefined;
      for (let minute = 0; minute < 60; minute++) {
        const entries = await scheduler.tick();
        if (clock.now() <= LEASE_ENDS) {
          expect(poster.calls, `at ${clock.now().toISOString()}`).toHaveLength(0);
          expect(entries.map((e) => e.outcome)).not.toContain('posted');
        }
        if (!postedAt && poster.calls.length > 0) postedAt = clock.now();
        clock.advanceMinutes(1);
      }

      expect(poster.calls).toEqual([{ channel: 'C1', workspace: 'T1', card: core.dailyCard(DAY, 'ko') }]);
      // Not only after the lease, but soon after it: within the scheduler's recheck of a taken date.
      expect(postedAt!.getTime()).toBeGreaterThan(LEASE_ENDS.getTime());
      expect(postedAt!.getTime()).toBeLessThanOrEqual(LEASE_ENDS.getTime() + 11 * 60_000);
      // Recorded as posted, so it stays taken however late anyone asks.
      expect(await store.claimDailyPost('slack', 'C1', DAY, { now: seoul('23:59:00') })).toBeUndefined();
    });

    it('then fresh instances see it taken at exactly the lease, and one millisecond later exactly one of them posts', async () => {
      const { open } = await abandonedClaim();
      const stores = [await open(), await open(), await open()];
      const clock = manualClock(LEASE_ENDS.toISOString());
      const posters = stores.map(() => recordingPoster('slack'));
      const outcomesOf = async () => {
        // New schedulers each time: no in-memory backoff, only what the database says.
        const schedulers = stores.map((store, i) => instance(store, clock, posters[i]!));
        const results = await Promise.all(schedulers.map((s) => s.tick()));
        return results.flat().map((e) => e.outcome);
      };

      expect(await outcomesOf()).toEqual(['taken', 'taken', 'taken']);
      expect(posters.flatMap((p) => p.calls)).toHaveLength(0);

      clock.set(new Date(LEASE_ENDS.getTime() + 1).toISOString());
      expect((await outcomesOf()).sort()).toEqual(['posted', 'taken', 'taken']);
      expect(posters.flatMap((p) => p.calls)).toHaveLength(1);

      // Later the same day the posted date is never taken over, by anyone.
      clock.set(seoul('21:00:00').toISOString());
      expect(await outcomesOf()).toEqual(['taken', 'taken', 'taken']);
      expect(posters.flatMap((p) => p.calls)).toHaveLength(1);
    });
  });
}

/**
 * An instance that stalls between claim and record (a long GC pause, a frozen VM, a platform call that
 * hangs) until its lease has run out and another instance has taken the date over. The stall is played by
 * the poster: it moves the clock past the lease and lets the other instance claim, then answers.
 */
function registerStalledHolderTests(backend: string, createDatabase: () => Promise<Database>): void {
  describe(`given an instance that stalls past its lease while posting (${backend})`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function stalledRun(answer: DeliveryResult) {
      const db = await createDatabase();
      cleanups.push(() => db.dispose());
      const [slow, other] = [await db.open(), await db.open()];
      cleanups.push(
        () => slow.close(),
        () => other.close(),
      );
      await subscribeAtNineSeoul(slow);
      const clock = manualClock(seoul('09:00:10').toISOString());
      let takeover: DailyClaim | undefined;
      const poster = recordingPoster('slack', async () => {
        clock.set(new Date(clock.now().getTime() + DAILY_CLAIM_LEASE_MS + 1).toISOString());
        takeover = await other.claimDailyPost('slack', 'C1', DAY, { now: clock.now() });
        return answer;
      });
      const { logger, lines } = recordingLogger();
      const entries = await instance(slow, clock, poster, logger).tick();
      expect(takeover, 'the other instance took the stalled claim over').toBeDefined();
      const lost = lines.filter((l) => l.level === LOG_LEVEL.warn && /claim was lost/.test(l.msg));
      return { entries, lost, takeover: takeover!, other, clock };
    }

    it("given its post goes out then it warns that it lost the claim and leaves the new holder's claim alone", async () => {
      const { entries, lost, takeover, other, clock } = await stalledRun({ ok: true });
      expect(entries.map((e) => e.outcome)).toEqual(['posted']);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatchObject({ platform: 'slack', channel: 'C1', localDate: DAY });
      // Not recorded as posted by the stale holder: the new holder's claim is still only a claim, which
      // it can give back ...
      expect(await other.releaseDailyPost(takeover)).toBe(true);
      // ... or, claimed again, mark as posted.
      const again = await other.claimDailyPost('slack', 'C1', DAY, { now: clock.now() });
      expect(await other.markDailyPosted(again!)).toBe(true);
    });

    it("given its post fails transiently then it warns, stops retrying and leaves the new holder's claim alone", async () => {
      const { entries, lost, takeover, other, clock } = await stalledRun({
        ok: false,
        permanent: false,
        reason: 'HTTP 503',
      });
      expect(entries.map((e) => e.outcome)).toEqual(['taken']);
      expect(lost).toHaveLength(1);
      // The stale release did not free the date: within the new lease nobody else claims it.
      expect(await other.claimDailyPost('slack', 'C1', DAY, { now: clock.now() })).toBeUndefined();
      expect(await other.markDailyPosted(takeover)).toBe(true);
    });
  });
}

const root = mkdtempSync(join(tmpdir(), 'daily-claim-lease-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let files = 0;

const sqliteDatabase = async (): Promise<Database> => {
  const path = join(root, `shared-${files++}.sqlite`);
  return { open: () => openStore({ databasePath: path }), dispose: async () => undefined };
};
registerLeaseTests('SQLite', sqliteDatabase);
registerStalledHolderTests('SQLite', sqliteDatabase);

if (!TEST_DATABASE_URL) {
  console.log('[daily claim lease on PostgreSQL] SKIPPED: TEST_DATABASE_URL is not set');
}
describe.skipIf(!TEST_DATABASE_URL)('on PostgreSQL', () => {
  const postgresDatabase = async (): Promise<Database> => {
    const schema = await createFreshSchema(TEST_DATABASE_URL!);
    return {
      open: () => openStore({ databaseUrl: schema.url, databasePath: 'unused' }),
      dispose: () => schema.drop(),
    };
  };
  registerLeaseTests('PostgreSQL', postgresDatabase);
  registerStalledHolderTests('PostgreSQL', postgresDatabase);
});
