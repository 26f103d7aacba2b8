/**
 * What the bot does while PostgreSQL does not answer: every caller of the store gets STORE_TIMEOUT after
 * the query timeout and recovers as it does from any store failure. The hang is real: another session
 * holds a table lock the store's query waits on, until the server cancels it at the statement timeout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAutoExplainService } from '../../src/app/autoExplain/createAutoExplainService.js';
import type { AutoExplainOutcome } from '../../src/app/contracts.js';
import { createDailyScheduler } from '../../src/app/scheduler/createDailyScheduler.js';
import { createSettingsService } from '../../src/app/settings/createSettingsService.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { postSigned, slashCommandBody } from '../adapters/slack/signedSlackRequests.js';
import { SIGNING_SECRET, startSlackHarness } from '../adapters/slack/slackHarness.js';
import {
  manualClock,
  recordingPoster,
  recordingSleep,
  subscribeAtNineSeoul,
} from '../app/scheduler/schedulerFixtures.js';
import { createFreshSchema, TEST_DATABASE_URL } from '../store/freshPostgresSchema.js';
import { type HeldLock, holdLock } from '../store/postgresEdges.js';
import { LOG_LEVEL, recordingLogger } from '../store/recordingLogger.js';
import { realCore } from '../support/realCore.js';

/** Short, so the tests stay fast; production uses POSTGRES_QUERY_TIMEOUT_MS. */
const TIMEOUT_MS = 300;

if (!TEST_DATABASE_URL) {
  console.log('[hung database] SKIPPED: TEST_DATABASE_URL is not set');
}

describe.skipIf(!TEST_DATABASE_URL)('given PostgreSQL stuck behind a lock another session holds', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function database(
    queryTimeoutMs = TIMEOUT_MS,
  ): Promise<{ store: Store; lock: (table: string) => Promise<HeldLock> }> {
    const schema = await createFreshSchema(TEST_DATABASE_URL!);
    cleanups.push(() => schema.drop());
    const store = await openStore({ databaseUrl: schema.url, databasePath: 'unused', queryTimeoutMs });
    cleanups.push(() => store.close());
    return {
      store,
      lock: async (table) => {
        const held = await holdLock(schema.url, `LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
        cleanups.push(() => held.release());
        return held;
      },
    };
  }

  it('given alerts with 503 then auto-explain still replies once, from its own flood control, and logs STORE_TIMEOUT', async () => {
    const { store, lock } = await database();
    await lock('auto_explain_claims');
    const { logger, lines } = recordingLogger();
    const service = createAutoExplainService({
      core: realCore(),
      enabled: true,
      cooldownMinutes: 30,
      isChannelEnabled: async () => true,
      channelLocale: async () => 'en',
      shared: { store, logger },
    });
    const T0 = new Date('2025-03-12T01:00:00Z');
    const outcomes: AutoExplainOutcome[] = [];
    for (let i = 0; i < 3; i++) {
      const message = { platform: 'slack' as const, channel: 'C1', messageId: `m${i}`, text: 'HTTP 503' };
      outcomes.push(await service.consider(message, new Date(T0.getTime() + i * 1000)));
    }
    expect(outcomes.filter((o) => 'reply' in o)).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ codes: [503] });
    const errors = lines.filter((l) => l.level === LOG_LEVEL.error);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'STORE_TIMEOUT', channel: 'C1' });
  });

  it('given a due daily post then the tick fails fast without posting, and a later tick posts it once the lock is gone', async () => {
    const { store, lock } = await database();
    await subscribeAtNineSeoul(store);
    const held = await lock('daily_posts');
    const clock = manualClock('2025-04-02T00:00:30Z');
    const poster = recordingPoster('slack');
    const { logger, lines } = recordingLogger();
    const scheduler = createDailyScheduler({
      store,
      core: realCore(),
      logger,
      now: clock.now,
      posters: () => poster,
      sleep: recordingSleep().sleep,
    });

    // The lock is still held: the tick came back on the timeout, not when the lock went away.
    expect((await scheduler.tick()).map((e) => e.outcome)).toEqual(['error']);
    expect(poster.calls).toHaveLength(0);
    const error = lines.find((l) => l.level === LOG_LEVEL.error);
    expect((error?.err as { code?: string } | undefined)?.code).toBe('STORE_TIMEOUT');

    await held.release();
    clock.advanceMinutes(1);
    expect((await scheduler.tick()).map((e) => e.outcome)).toEqual(['posted']);
    expect(poster.calls).toHaveLength(1);
    await scheduler.stop();
  });

  it('given /http 503 on Slack while the query timeout is far off then the card comes in the default language while the table is still locked', async () => {
    // A query timeout longer than the test's own: only the wait for the channel's language can end it.
    const { store, lock } = await database(60_000);
    const settings = createSettingsService({
      store,
      defaults: { locale: 'en', autoExplain: true, dailyTime: '09:00', dailyTimeZone: 'Asia/Seoul' },
    });
    await store.upsertChannelSettings({ platform: 'slack', channel: 'C0000CHAN' }, { locale: 'ko' });
    const h = await startSlackHarness({ context: { settings, settingsWaitMs: 200 } });
    cleanups.push(() => h.stop());
    const ask = async () =>
      (
        await postSigned(
          h.eventsUrl,
          slashCommandBody({ text: '503', channel: 'C0000CHAN', responseUrl: h.api.responseUrl('cmd') }),
          'application/x-www-form-urlencoded',
          { secret: SIGNING_SECRET },
        )
      ).json();

    const held = await lock('channel_settings');
    const slow = await ask();
    expect(String(slow.text)).toContain('503 Service Unavailable');
    expect(String(slow.text)).not.toContain('서비스 이용 불가');
    expect(h.logs.some((l) => String(l.msg).includes('channel settings are slow'))).toBe(true);

    await held.release();
    // Back to the channel's own language once the database answers.
    expect(String((await ask()).text)).toContain('서비스 이용 불가');
  });

  it('given /http config on Slack then the user gets the apology while the table is still locked, and the next one works once the lock is gone', async () => {
    const { store, lock } = await database();
    const settings = createSettingsService({
      store,
      defaults: { locale: 'en', autoExplain: true, dailyTime: '09:00', dailyTimeZone: 'Asia/Seoul' },
    });
    const h = await startSlackHarness({ context: { settings } });
    cleanups.push(() => h.stop());
    const config = () =>
      postSigned(
        h.eventsUrl,
        slashCommandBody({ text: 'config', channel: 'C0000CHAN', responseUrl: h.api.responseUrl('cmd') }),
        'application/x-www-form-urlencoded',
        { secret: SIGNING_SECRET },
      );

    const held = await lock('channel_settings');
    // Answered while the table is still locked: the timeout, not the lock's release, ended the wait.
    const apology = (await config()).json();
    expect(apology.response_type).toBe('ephemeral');
    expect(String(apology.text)).toMatch(/sorry/i);
    expect(
      h.logs.some(
        (l) =>
          l.level >= LOG_LEVEL.error && (l.err as { code?: string } | undefined)?.code === 'STORE_TIMEOUT',
      ),
    ).toBe(true);

    await held.release();
    const answer = (await config()).json();
    expect(answer.response_type).toBe('ephemeral');
    expect(String(answer.text)).not.toMatch(/sorry/i);
  });
});
