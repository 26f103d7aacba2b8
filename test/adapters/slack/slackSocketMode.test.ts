import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_TEAM_ID, startFakeSlackApi } from './fakeSlackApi.js';
import { FakeSocketMode } from './fakeSocketMode.js';
import { APP_TOKEN, realCore, type SlackHarness, startSlackHarness } from './slackHarness.js';

let h: SlackHarness | undefined;
let socket: FakeSocketMode | undefined;
afterEach(async () => {
  // The client closes its side first, then the fake server goes (S7).
  await h?.slack.stop();
  await socket?.stop();
  await h?.api.stop();
  h = undefined;
  socket = undefined;
});

describe('given the Slack adapter in Socket Mode', () => {
  it('given a slash command envelope then the ack carries the in_channel card; given an event envelope then the reply is posted in the thread', async () => {
    const api = await startFakeSlackApi();
    socket = await new FakeSocketMode(api).start();
    h = await startSlackHarness({ api, socketMode: true });
    const open = api.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe(APP_TOKEN);
    expect(h.slack.port).toBeUndefined();

    const ack = await socket.send('slash_commands', {
      token: 'legacy-verification-token',
      team_id: FAKE_TEAM_ID,
      team_domain: 'fake',
      channel_id: 'C0000CHAN',
      channel_name: 'ops',
      user_id: 'U0000USER',
      user_name: 'ann',
      command: '/http',
      text: '503',
      api_app_id: 'A0000APP',
      is_enterprise_install: 'false',
      response_url: api.responseUrl('sm'),
      trigger_id: '1.2.3',
    });
    expect(ack?.response_type).toBe('in_channel');
    const header = ((ack?.blocks ?? []) as Array<{ type: string; text?: { text: string } }>).find(
      (b) => b.type === 'header',
    );
    expect(header?.text?.text).toContain(`503 ${realCore().get(503)!.name}`);

    const ts = '1700000000.000900';
    await socket.send('events_api', {
      type: 'event_callback',
      team_id: FAKE_TEAM_ID,
      api_app_id: 'A0000APP',
      event_id: 'EvSM1',
      event_time: 1_700_000_000,
      event: { type: 'app_mention', channel: 'C0000CHAN', user: 'U0000USER', text: '<@U0000BOT> 429', ts },
    });
    const reply = await api.waitForCall('chat.postMessage');
    expect(reply.args.thread_ts).toBe(ts);
    expect(reply.token).toBe('xoxb-test-token');
    expect(String(reply.args.text)).toContain('429');
  });
});
