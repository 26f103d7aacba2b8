import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../adapters/slack/toSlackBlocks.js';
import { autoExplainEverywhere } from '../../support/autoExplainEverywhere.js';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID } from './fakeSlackApi.js';
import { eventCallbackBody, interactionBody, postSigned } from './signedSlackRequests.js';
import { realCore, SIGNING_SECRET, type SlackHarness, startSlackHarness } from './slackHarness.js';
import { allTexts, slackLimitViolations } from './slackLimitViolations.js';

const signing = { secret: SIGNING_SECRET };
let h: SlackHarness;
let stopped = false;

beforeEach(async () => {
  h = await startSlackHarness({ context: { autoExplain: autoExplainEverywhere(realCore()) } });
  stopped = false;
});
afterEach(async () => {
  if (!stopped) await h.stop();
});

/** Stops the adapter (which waits for in-flight listeners), so call counts are final. */
async function settle(): Promise<void> {
  await h.stop();
  stopped = true;
}

function event(body: Record<string, unknown>) {
  return postSigned(h.eventsUrl, eventCallbackBody(body), 'application/json', signing);
}

/** An integration's alert: the code is only in an attachment field. */
function integrationAlert(ts: string, code = 503): Record<string, unknown> {
  return {
    type: 'message',
    subtype: 'bot_message',
    bot_id: 'B0000GRAFANA',
    username: 'Grafana',
    channel: 'C0000ALERTS',
    channel_type: 'channel',
    text: '',
    ts,
    attachments: [
      {
        color: 'danger',
        fallback: '[FIRING:1] checkout',
        title: '<!channel> [FIRING:1] checkout error rate',
        fields: [{ title: 'Status', value: `HTTP ${code}`, short: true }],
      },
    ],
  };
}

describe('given auto-explain wired into the Slack adapter', () => {
  it('given an integration post with the code only in an attachment then one compact reply is posted in its thread, pinging no one', async () => {
    const ts = '1700000100.000100';
    await event(integrationAlert(ts));
    const reply = await h.api.waitForCall('chat.postMessage');
    expect(reply.args.channel).toBe('C0000ALERTS');
    expect(reply.args.thread_ts).toBe(ts);
    const message = reply.args as unknown as SlackMessage;
    expect(String(message.text)).toContain('503');
    expect(slackLimitViolations(message)).toEqual([]);
    for (const text of allTexts(message)) {
      expect(text).not.toMatch(/<[!@#]/);
    }
    await settle();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('given 50 alerts with 503 in one channel then exactly one reply is posted', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        event(integrationAlert(`1700000200.${String(i).padStart(6, '0')}`)),
      ),
    );
    await h.api.waitForCall('chat.postMessage');
    await settle();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it("given the bot's own posts, edits and deletions carrying codes then none is explained", async () => {
    const channel = { channel: 'C0000ALERTS', channel_type: 'channel' };
    await event({
      type: 'message',
      ...channel,
      user: FAKE_BOT_USER_ID,
      text: '503 Service Unavailable',
      ts: '1700000300.000001',
    });
    await event({
      type: 'message',
      ...channel,
      bot_id: FAKE_BOT_ID,
      text: '502 Bad Gateway',
      ts: '1700000300.000002',
    });
    await event({
      type: 'message',
      subtype: 'bot_message',
      ...channel,
      bot_id: FAKE_BOT_ID,
      text: '504 Gateway Timeout',
      ts: '1700000300.000003',
    });
    await event({
      type: 'message',
      subtype: 'message_changed',
      ...channel,
      ts: '1700000300.000004',
      message: { type: 'message', user: 'U0000USER', text: 'now 500', ts: '1700000300.000009' },
      previous_message: { type: 'message', user: 'U0000USER', text: 'hi', ts: '1700000300.000009' },
    });
    await event({
      type: 'message',
      subtype: 'message_deleted',
      ...channel,
      ts: '1700000300.000005',
      deleted_ts: '1700000300.000009',
    });
    await settle();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('given the Explain HTTP codes shortcut on an alert then the codes are explained to the person who asked, even right after an auto reply', async () => {
    const ts = '1700000400.000100';
    await event(integrationAlert(ts, 504));
    await h.api.waitForCall('chat.postMessage');

    const shortcut = (message: Record<string, unknown>, responseId: string) =>
      postSigned(
        h.eventsUrl,
        interactionBody({
          type: 'message_action',
          callback_id: 'explain_http_codes',
          trigger_id: '1.2.3',
          message_ts: ts,
          response_url: h.api.responseUrl(responseId),
          message,
          user: { id: 'U0000USER', name: 'ann', team_id: FAKE_TEAM_ID },
          channel: { id: 'C0000ALERTS', name: 'alerts' },
          team: { id: FAKE_TEAM_ID, domain: 'fake' },
          token: 'legacy-verification-token',
          action_ts: '1700000400.000200',
        }),
        'application/x-www-form-urlencoded',
        signing,
      );

    const alert = integrationAlert(ts, 504);
    const pressed = await shortcut(
      { type: 'message', ts, text: '', attachments: alert.attachments, bot_id: 'B0000GRAFANA' },
      'sc',
    );
    expect(pressed.status).toBe(200);
    const explained = await h.api.waitForResponse('sc');
    expect(explained.body.response_type).toBe('ephemeral');
    expect(String(explained.body.text)).toContain('504');

    await shortcut(
      { type: 'message', ts: '1700000400.000300', text: 'lunch at noon?', user: 'U0000USER' },
      'none',
    );
    const none = await h.api.waitForResponse('none');
    expect(none.body.response_type).toBe('ephemeral');
    expect(none.body.blocks).toBeUndefined();
    expect(String(none.body.text)).toMatch(/no http status codes/i);
  });
});
