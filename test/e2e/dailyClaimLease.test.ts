/**
 * Two complete Slack instances share one database. Instance A claims C1's 09:00 post and is killed
 * before posting (played by claiming through A's store directly and never posting; nothing releases
 * the claim). Instance B must leave C1 alone while the claim's lease runs, then post it exactly once
 * the same day, through the real Bolt client to the fake Web API.
 */
import { describe, expect } from 'vitest';
import { toSlackBlocks } from '../../adapters/slack/toSlackBlocks.js';
import { DAILY_CLAIM_LEASE_MS } from '../../src/store/store.js';
import { startFakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import { capturingLogger, realCore } from '../adapters/slack/slackHarness.js';
import { manualClock } from '../app/scheduler/schedulerFixtures.js';
import type { InstanceDatabase } from './composeInstance.js';
import { itOnSharedDatabases } from './sharedDatabases.js';
import { type SlackInstance, startSlackInstance } from './slackInstance.js';

const core = realCore();

const DAY = '2025-04-02';
const seoul = (time: string) => new Date(`${DAY}T${time}+09:00`);

async function survivorPostsOnce(database: InstanceDatabase): Promise<void> {
  const api = await startFakeSlackApi();
  const clock = manualClock(seoul('08:00:00').toISOString());
  const start = () =>
    startSlackInstance({ api, database, core, logger: capturingLogger().logger, now: clock.now });
  const running: SlackInstance[] = [];
  try {
    const a = await start();
    running.push(a);
    const b = await start();
    running.push(b);
    const answer = await a.slash('daily on 09:00 Asia/Seoul', { channel: 'C1', user: 'U1' });
    expect(answer.json().response_type).toBe('in_channel');

    const diedAt = seoul('09:00:05');
    expect(await a.store.claimDailyPost('slack', 'C1', DAY, { now: diedAt })).toBeDefined();
    running.shift();
    await a.stop();
    const leaseEnds = diedAt.getTime() + DAILY_CLAIM_LEASE_MS;

    const outcomes: string[] = [];
    clock.set(seoul('09:01:00').toISOString());
    for (let minute = 0; minute < 40; minute++) {
      outcomes.push(...(await b.scheduler.tick()).map((entry) => entry.outcome));
      if (clock.now().getTime() <= leaseEnds) {
        expect(api.callsTo('chat.postMessage'), clock.now().toISOString()).toHaveLength(0);
      }
      clock.advanceMinutes(1);
    }

    const posts = api.callsTo('chat.postMessage');
    expect(posts.map((call) => call.args.channel)).toEqual(['C1']);
    expect(posts[0]!.args.blocks).toEqual(toSlackBlocks(core.dailyCard(DAY, 'ko')).blocks);
    expect(outcomes.filter((outcome) => outcome === 'posted')).toHaveLength(1);
    expect(outcomes).toContain('taken');
    expect(await b.store.claimDailyPost('slack', 'C1', DAY, { now: seoul('23:00:00') })).toBeUndefined();
  } finally {
    for (const instance of running) await instance.stop();
    await api.stop();
  }
}

describe('given an instance killed between claiming a daily post and posting it', () => {
  itOnSharedDatabases(
    'e2e claim lease',
    'the surviving instance posts once after the lease',
    survivorPostsOnce,
  );
});
