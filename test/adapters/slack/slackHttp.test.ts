import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../adapters/slack/toSlackBlocks.js';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from './fakeSlackApi.js';
import {
  buttonPressPayload,
  eventCallbackBody,
  interactionBody,
  postSigned,
  slashCommandBody,
} from './signedSlackRequests.js';
import { realCore, SIGNING_SECRET, type SlackHarness, startSlackHarness } from './slackHarness.js';
import { allTexts, slackLimitViolations } from './slackLimitViolations.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const signing = { secret: SIGNING_SECRET };

let h: SlackHarness;
let stopped = false;

beforeEach(async () => {
  h = await startSlackHarness();
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

function slash(text: string, responseId = 'cmd') {
  return postSigned(
    h.eventsUrl,
    slashCommandBody({ text, responseUrl: h.api.responseUrl(responseId) }),
    FORM,
    signing,
  );
}

function event(body: Record<string, unknown>) {
  return postSigned(h.eventsUrl, eventCallbackBody(body), JSON_TYPE, signing);
}

/** Control sequences left in a text once the links we build ourselves (dataset URLs) are removed. */
function unsafeMarkup(text: string): string[] {
  const withoutOwnLinks = text.replace(
    /<https:\/\/(www\.rfc-editor\.org|developer\.mozilla\.org)\/[^|<>]*\|[^<>]*>/g,
    '',
  );
  return [...(withoutOwnLinks.match(/[<>]|&(?!(amp|lt|gt);)/g) ?? [])];
}

function headerOf(message: { blocks?: unknown }): string {
  const header = (message.blocks as Array<{ type: string; text?: { text: string } }>).find(
    (b) => b.type === 'header',
  );
  return header?.text?.text ?? '';
}

describe('given the Slack adapter in HTTP mode', () => {
  it('given a signed /http 503 then it acks in_channel with the card, fallback text and blocks within limits', async () => {
    const entry = realCore().get(503)!;
    const response = await slash('503');
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toContain('503');
    expect(headerOf(body)).toContain(`503 ${entry.name}`);
    expect(slackLimitViolations(body as unknown as SlackMessage)).toEqual([]);
    // The class shows as the colour bar of the details attachment (5xx -> the server-error red).
    const attachments = body.attachments as Array<{ color: string }>;
    expect(attachments[0]?.color).toBe('#e74c3c');
  });

  it('given an ambiguous query then the list is ephemeral with one button per candidate, and a press replaces it with that card', async () => {
    const expected = realCore().answer('gateway', { defaultLocale: 'en' });
    expect(expected.result.type).toBe('ambiguous');
    const response = await slash('gateway');
    const body = response.json();
    expect(body.response_type).toBe('ephemeral');
    const buttons = (body.blocks as Array<{ type: string; elements?: Array<Record<string, unknown>> }>)
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => b.value)).toEqual(expected.card.choices.map((c) => `${c.code}:en`));

    const chosen = expected.card.choices[0]!;
    const button = buttons[0]!;
    const press = await postSigned(
      h.eventsUrl,
      interactionBody(
        buttonPressPayload({
          actionId: String(button.action_id),
          value: String(button.value),
          responseUrl: h.api.responseUrl('press'),
        }),
      ),
      FORM,
      signing,
    );
    expect(press.status).toBe(200);
    const replaced = await h.api.waitForResponse('press');
    expect(replaced.body.replace_original).toBe(true);
    expect(headerOf(replaced.body)).toContain(`${chosen.code} ${realCore().get(chosen.code)!.name}`);
    expect(slackLimitViolations(replaced.body as unknown as SlackMessage)).toEqual([]);
  });

  it('given /http help or a query that matches nothing then the answer is ephemeral', async () => {
    const help = (await slash('help')).json();
    expect(help.response_type).toBe('ephemeral');
    expect(help.text).toBeTruthy();
    const none = (await slash('qqqq-no-such-thing')).json();
    expect(none.response_type).toBe('ephemeral');
    expect(JSON.stringify(none)).toContain('qqqq-no-such-thing');
  });

  it('given user text with Slack markup then the echo is escaped and can neither ping nor link', async () => {
    const hostile = '<!channel> <@U123> <https://evil.example|x> & more';
    const body = (await slash(hostile)).json() as unknown as SlackMessage;
    const raw = JSON.stringify(body).toLowerCase();
    expect(raw).toContain('&lt;!channel&gt;');
    expect(raw).toContain('&lt;@u123&gt;');
    expect(raw).toContain('&lt;https://evil.example|x&gt;');
    expect(raw).toContain('&amp; more');
    for (const text of allTexts(body)) expect(unsafeMarkup(text)).toEqual([]);
  });

  it('given a mention delivered as both message and app_mention then exactly one threaded reply is posted', async () => {
    const ts = '1700000000.000100';
    const base = {
      channel: 'C0000CHAN',
      user: 'U0000USER',
      text: `<@${FAKE_BOT_USER_ID}> 503`,
      ts,
      team: 'T0000TEAM',
    };
    expect((await event({ ...base, type: 'message', channel_type: 'channel' })).status).toBe(200);
    expect((await event({ ...base, type: 'app_mention' })).status).toBe(200);
    const reply = await h.api.waitForCall('chat.postMessage');
    expect(reply.args.channel).toBe('C0000CHAN');
    expect(reply.args.thread_ts).toBe(ts);
    expect(headerOf(reply.args)).toContain('503');
    await settle();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('given a mention inside a thread then the reply goes to that thread', async () => {
    await event({
      type: 'app_mention',
      channel: 'C0000CHAN',
      user: 'U0000USER',
      text: `<@${FAKE_BOT_USER_ID}|httpbot> 404`,
      ts: '1700000000.000300',
      thread_ts: '1700000000.000200',
    });
    const reply = await h.api.waitForCall('chat.postMessage');
    expect(reply.args.thread_ts).toBe('1700000000.000200');
    expect(headerOf(reply.args)).toContain('404');
  });

  it('given a DM to the bot then it answers like the slash command', async () => {
    await event({
      type: 'message',
      channel: 'D0000DM',
      channel_type: 'im',
      user: 'U0000USER',
      text: '500',
      ts: '1700000000.000400',
    });
    const reply = await h.api.waitForCall('chat.postMessage');
    expect(reply.args.channel).toBe('D0000DM');
    expect(reply.args.thread_ts).toBeUndefined();
    expect(headerOf(reply.args)).toContain('500');
  });

  it("given the bot's own messages, edits and deletions in a DM then none is answered", async () => {
    const dm = { type: 'message', channel: 'D0000DM', channel_type: 'im', text: '503' };
    await event({ ...dm, user: FAKE_BOT_USER_ID, ts: '1700000000.000501' });
    await event({ ...dm, bot_id: FAKE_BOT_ID, user: 'U0000OTHER', ts: '1700000000.000502' });
    await event({
      ...dm,
      subtype: 'message_changed',
      ts: '1700000000.000503',
      message: { text: '503', user: 'U0000USER' },
    });
    await event({
      ...dm,
      subtype: 'message_deleted',
      ts: '1700000000.000504',
      deleted_ts: '1700000000.000400',
    });
    await settle();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('given GET /healthz then it answers 200 with status ok', async () => {
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('given requests that Slack did not sign', () => {
  const cases: Array<[string, { secret: string; timestamp?: number; unsigned?: boolean }]> = [
    ['a wrong secret', { secret: 'not-the-secret-at-all' }],
    ['a stale timestamp', { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ['no signature headers', { secret: SIGNING_SECRET, unsigned: true }],
  ];
  for (const [name, badSigning] of cases) {
    it(`given ${name} then it answers 401 and no handler runs`, async () => {
      let answered = 0;
      const core = realCore();
      const counting = {
        ...core,
        get: core.get,
        answer: (...args: Parameters<typeof core.answer>) => {
          answered += 1;
          return core.answer(...args);
        },
      };
      const local = await startSlackHarness({ core: counting });
      try {
        const command = await postSigned(
          local.eventsUrl,
          slashCommandBody({ text: '503', responseUrl: local.api.responseUrl('x') }),
          FORM,
          badSigning,
        );
        expect(command.status).toBe(401);
        expect(command.body).toBe('');
        const dm = await postSigned(
          local.eventsUrl,
          eventCallbackBody({
            type: 'message',
            channel: 'D1',
            channel_type: 'im',
            user: 'U1',
            text: '503',
            ts: '1.1',
          }),
          JSON_TYPE,
          badSigning,
        );
        expect(dm.status).toBe(401);
      } finally {
        await local.stop();
      }
      expect(answered).toBe(0);
      expect(local.api.callsTo('chat.postMessage')).toHaveLength(0);
    });
  }
});
