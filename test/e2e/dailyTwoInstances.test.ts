/**
 * Issue 6: two complete instances (each its own store connection, settings, real Bolt app, poster and
 * scheduler) share one database and one Slack workspace (the fake Web API). When both tick at the same
 * instant, every subscribed channel must get exactly one post, on PostgreSQL and on one SQLite file.
 */
import { describe, expect } from 'vitest';
import { startFakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import { capturingLogger, realCore } from '../adapters/slack/slackHarness.js';
import { manualClock } from '../app/scheduler/schedulerFixtures.js';
import type { InstanceDatabase } from './composeInstance.js';
import { itOnSharedDatabases } from './sharedDatabases.js';
import { type SlackInstance, startSlackInstance } from './slackInstance.js';

const core = realCore();

const DAY = '2025-04-02';
const seoul = (time: string) => `${DAY}T${time}:00+09:00`;
const CHANNELS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];

async function twoInstancesPostOnce(database: InstanceDatabase): Promise<void> {
  const api = await startFakeSlackApi();
  const clock = manualClock(seoul('08:00'));
  const instances: SlackInstance[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      instances.push(
        await startSlackInstance({ api, database, core, logger: capturingLogger().logger, now: clock.now }),
      );
    }
    const [a, b] = instances as [SlackInstance, SlackInstance];
    // Half the channels subscribe through each instance: both see one shared set of subscriptions.
    for (const [i, channel] of CHANNELS.entries()) {
      const via = i % 2 === 0 ? a : b;
      const answer = await via.slash('daily on 09:00 Asia/Seoul', { channel, user: 'U1' });
      expect(answer.json().response_type).toBe('in_channel');
    }

    const rounds: string[] = ['08:59', '09:00', '09:00', '09:01', '09:12', '09:30'];
    const outcomes: string[] = [];
    for (const time of rounds) {
      clock.set(seoul(time));
      const results = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      outcomes.push(...results.flat().map((entry) => entry.outcome));
    }

    const posts = api.callsTo('chat.postMessage');
    expect(posts.map((call) => call.args.channel).sort()).toEqual([...CHANNELS].sort());
    expect(outcomes.filter((outcome) => outcome === 'posted')).toHaveLength(CHANNELS.length);
    // Seen from either instance, every channel's day is taken for good.
    for (const instance of instances) {
      for (const channel of CHANNELS) {
        expect(
          await instance.store.claimDailyPost('slack', channel, DAY, { now: clock.now() }),
        ).toBeUndefined();
      }
    }
  } finally {
    for (const instance of instances) await instance.stop();
    await api.stop();
  }
}

describe('given two instances on one database ticking at the same instant', () => {
  itOnSharedDatabases('e2e two instances', 'each channel gets exactly one post', twoInstancesPostOnce);
});
