/**
 * Two complete Slack instances (each its own store connection, real Bolt app over HTTP, auto-explain
 * service) share one database and one Slack workspace (the fake Web API), as two web processes behind
 * a load balancer do. An alert storm with 503 in one channel, its events dealt alternately to the two,
 * must get exactly one threaded explanation in total, on one SQLite file and on PostgreSQL.
 */
import { describe, expect } from 'vitest';
import { startFakeSlackApi } from '../adapters/slack/fakeSlackApi.js';
import { capturingLogger, realCore } from '../adapters/slack/slackHarness.js';
import { manualClock } from '../app/scheduler/schedulerFixtures.js';
import type { InstanceDatabase } from './composeInstance.js';
import { itOnSharedDatabases } from './sharedDatabases.js';
import { type SlackInstance, startSlackInstance } from './slackInstance.js';

const core = realCore();

const CHANNEL = 'C0000ALERTS';
const START = '2025-04-02T01:00:00.000Z';
const STORM = 20;

/** A monitoring integration's alert, as Slack delivers it in a `message` event. */
function alert(ts: string): Record<string, unknown> {
  return {
    type: 'message',
    subtype: 'bot_message',
    bot_id: 'B0000GRAFANA',
    username: 'Grafana',
    channel: CHANNEL,
    channel_type: 'channel',
    text: 'api-gw returned 503 Service Unavailable',
    ts,
  };
}

async function stormGetsOneReply(database: InstanceDatabase): Promise<void> {
  const api = await startFakeSlackApi();
  const clock = manualClock(START);
  const instances: SlackInstance[] = [];
  let stopped = false;
  const stopAll = async () => {
    if (stopped) return;
    stopped = true;
    // Stopping an adapter waits for its in-flight listeners, so the call counts are final after this.
    for (const instance of instances) await instance.stop();
  };
  try {
    for (let i = 0; i < 2; i++) {
      instances.push(
        await startSlackInstance({ api, database, core, logger: capturingLogger().logger, now: clock.now }),
      );
    }
    const sendStorm = async (first: number) => {
      await Promise.all(
        Array.from({ length: STORM }, (_, i) =>
          instances[i % 2]!.event(alert(`1743555600.${String(first + i).padStart(6, '0')}`)),
        ),
      );
    };

    await sendStorm(0);
    await api.waitForCall('chat.postMessage');
    // A second wave later within the cooldown. (Bolt acks an event before its listener runs, so the
    // clock is only ever moved within the cooldown here: the cooldown's end is covered without HTTP.)
    clock.advanceMinutes(29);
    await sendStorm(STORM);
    await stopAll();

    const posts = api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args.channel).toBe(CHANNEL);
    expect(String(posts[0]!.args.thread_ts)).toMatch(/^1743555600\.\d{6}$/);
    expect(String(posts[0]!.args.text)).toContain('503');
  } finally {
    await stopAll();
    await api.stop();
  }
}

describe('given two Slack instances on one database and an alert storm dealt to both', () => {
  itOnSharedDatabases('e2e auto-explain on two instances', 'exactly one threaded reply', stormGetsOneReply);
});
