import { afterEach, describe, expect, it } from 'vitest';
import {
  RELATED_CODE_ACTION_PREFIX,
  SHOW_CODE_ACTION_PREFIX,
  type SlackMessage,
} from '../../../adapters/slack/toSlackBlocks.js';
import type { ChannelSettings, SettingsService } from '../../../src/app/contracts.js';
import type { StatusCore } from '../../../src/core/answer.js';
import { autoExplainEverywhere } from '../../support/autoExplainEverywhere.js';
import {
  buttonPressPayload,
  eventCallbackBody,
  interactionBody,
  postSigned,
  slashCommandBody,
} from './signedSlackRequests.js';
import {
  type HarnessOptions,
  realCore,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './slackHarness.js';
import { slackLimitViolations } from './slackLimitViolations.js';

const FORM = 'application/x-www-form-urlencoded';
const signing = { secret: SIGNING_SECRET };
/** Web API methods that would change a posted message or add one. */
const EDITING_METHODS = ['chat.update', 'chat.delete', 'chat.postEphemeral'];

type Button = { type: string; action_id: string; value: string; text: { type: string; text: string } };
type Block = { type: string; elements?: Button[]; text?: { text: string } };

let h: SlackHarness;
let stopped = true;

async function start(options: HarnessOptions = {}): Promise<SlackHarness> {
  h = await startSlackHarness(options);
  stopped = false;
  return h;
}
afterEach(async () => {
  if (!stopped) await h.stop();
  stopped = true;
});

/** Stops the adapter (which waits for in-flight listeners), so what was recorded is final. */
async function settle(): Promise<void> {
  await h.stop();
  stopped = true;
}

async function slash(text: string, channel?: string): Promise<Record<string, unknown>> {
  const response = await postSigned(
    h.eventsUrl,
    slashCommandBody({ text, responseUrl: h.api.responseUrl('cmd'), ...(channel ? { channel } : {}) }),
    FORM,
    signing,
  );
  expect(response.status).toBe(200);
  return response.json();
}

/** Presses a button that sits on a message the whole channel sees. */
async function press(button: Pick<Button, 'action_id' | 'value'>, responseId: string, channel?: string) {
  const response = await postSigned(
    h.eventsUrl,
    interactionBody(
      buttonPressPayload({
        actionId: button.action_id,
        value: button.value,
        responseUrl: h.api.responseUrl(responseId),
        ephemeral: false,
        ...(channel ? { channel } : {}),
      }),
    ),
    FORM,
    signing,
  );
  expect(response.status).toBe(200);
}

function allBlocks(message: Record<string, unknown>): Block[] {
  const attachments = (message.attachments as Array<{ blocks?: Block[] }> | undefined) ?? [];
  return [...((message.blocks as Block[] | undefined) ?? []), ...attachments.flatMap((a) => a.blocks ?? [])];
}

function buttonsWithPrefix(message: Record<string, unknown>, prefix: string): Button[] {
  return allBlocks(message)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? [])
    .filter((button) => button.action_id.startsWith(prefix));
}

function relatedButtons(message: Record<string, unknown>): Button[] {
  return buttonsWithPrefix(message, RELATED_CODE_ACTION_PREFIX);
}

function headerOf(message: Record<string, unknown>): string {
  return allBlocks(message).find((block) => block.type === 'header')?.text?.text ?? '';
}

/**
 * Once the adapter has settled: every post to `responseId`, after checking that no Web API call
 * touched a posted message and that only `posted` messages were posted (the auto-explain reply).
 */
async function onlyPostsTo(responseId: string, posted = 0): Promise<Array<Record<string, unknown>>> {
  await settle();
  for (const method of EDITING_METHODS) expect(h.api.callsTo(method), method).toEqual([]);
  expect(h.api.callsTo('chat.postMessage')).toHaveLength(posted);
  return postsTo(responseId);
}

function postsTo(responseId: string): Array<Record<string, unknown>> {
  return h.api.responseUrlCalls.filter((call) => call.id === responseId).map((call) => call.body);
}

/** The real core, except that `codeCard` throws for one code (a failing handler). */
function coreThatFailsFor(failing: number): StatusCore {
  const core = realCore();
  return {
    ...core,
    codeCard: (code, locale) => {
      if (code === failing) throw new Error(`test failure for ${code}`);
      return core.codeCard(code, locale);
    },
  };
}

/** Channel settings where only `C0000KO` is set to Korean. */
function settingsWithKoreanChannel(): SettingsService {
  const settings = (locale: ChannelSettings['locale']): ChannelSettings => ({
    locale,
    autoExplain: true,
    daily: { enabled: false, time: '09:00', timeZone: 'Asia/Seoul' },
  });
  return {
    get: async (_platform, channel) => settings(channel === 'C0000KO' ? 'ko' : 'en'),
    apply: async () => {
      throw new Error('not used by these tests');
    },
    applyTyped: async () => {
      throw new Error('not used by these tests');
    },
  };
}

describe('given a /http 503 card in a channel', () => {
  it('given the card then its related codes are buttons with the related-code action id, apart from the list buttons', async () => {
    await start();
    const card = realCore().codeCard(503, 'en')!;
    expect(card.related.length).toBeGreaterThan(0);
    const body = await slash('503');
    expect(body.response_type).toBe('in_channel');
    const buttons = relatedButtons(body);
    expect(buttons.map((b) => b.action_id)).toEqual(
      card.related.map((c) => `${RELATED_CODE_ACTION_PREFIX}${c.code}`),
    );
    expect(buttons.map((b) => b.value)).toEqual(card.related.map((c) => `${c.code}:en`));
    expect(buttons.map((b) => b.text.text)).toEqual(card.related.map((c) => c.label));
    expect(buttons.every((b) => b.type === 'button' && b.text.type === 'plain_text')).toBe(true);
    expect(buttonsWithPrefix(body, SHOW_CODE_ACTION_PREFIX)).toEqual([]);
    expect(RELATED_CODE_ACTION_PREFIX).not.toBe(SHOW_CODE_ACTION_PREFIX);
    // The related codes are no longer a line of text.
    expect(JSON.stringify(body)).not.toContain('Related: ');
    expect(slackLimitViolations(body as unknown as SlackMessage)).toEqual([]);
  });

  it('given a press on one then exactly one ephemeral card of that code reaches the response URL, without replacing or editing the original', async () => {
    await start();
    const chosen = relatedButtons(await slash('503')).find((b) => b.value === '502:en')!;
    expect(chosen).toBeDefined();
    await press(chosen, 'related');
    const [reply, ...more] = await onlyPostsTo('related');
    expect(more).toEqual([]);
    expect(reply?.response_type).toBe('ephemeral');
    expect(reply?.replace_original).toBe(false);
    expect(reply?.delete_original).toBeUndefined();
    expect(headerOf(reply!)).toContain(`502 ${realCore().get(502)!.name}`);
    expect(String(reply?.text)).toContain('502');
    expect(slackLimitViolations(reply as unknown as SlackMessage)).toEqual([]);
    // The slash command's own response URL is left alone: the public card is never touched.
    expect(postsTo('cmd')).toEqual([]);
  });

  it('given a card of a Korean channel then the pressed card is Korean, and a value without a locale follows the channel', async () => {
    await start({ context: { settings: settingsWithKoreanChannel() } });
    const koName = realCore().get(504)!.ko.name;
    const chosen = relatedButtons(await slash('503', 'C0000KO')).find((b) => b.value === '504:ko')!;
    expect(chosen).toBeDefined();
    await press(chosen, 'ko-card', 'C0000KO');
    await press({ action_id: chosen.action_id, value: '504' }, 'ko-channel', 'C0000KO');
    await press({ action_id: chosen.action_id, value: '504' }, 'en-channel', 'C0000CHAN');
    const [card] = await onlyPostsTo('ko-card');
    const [channelKo] = postsTo('ko-channel');
    const [channelEn] = postsTo('en-channel');
    expect(headerOf(card!)).toContain(koName);
    expect(headerOf(channelKo!)).toContain(koName);
    expect(headerOf(channelEn!)).not.toContain(koName);
    expect(headerOf(channelEn!)).toContain('504 Gateway Timeout');
  });

  it('given a press whose value names no code then a short ephemeral note, no card, and the next press still works', async () => {
    await start();
    await press({ action_id: `${RELATED_CODE_ACTION_PREFIX}502`, value: '999:en' }, 'missing');
    await press({ action_id: `${RELATED_CODE_ACTION_PREFIX}502`, value: '<!channel>' }, 'garbage');
    await press({ action_id: `${RELATED_CODE_ACTION_PREFIX}502`, value: '502:en' }, 'after');
    await h.api.waitForResponse('after');
    const [missing, ...more] = await onlyPostsTo('missing');
    const [garbage] = postsTo('garbage');
    expect(more).toEqual([]);
    for (const note of [missing, garbage]) {
      expect(note?.response_type).toBe('ephemeral');
      expect(note?.replace_original).toBe(false);
      expect(note?.blocks).toBeUndefined();
      expect(String(note?.text)).toMatch(/no longer available/i);
    }
    const [after] = postsTo('after');
    expect(headerOf(after!)).toContain('502 Bad Gateway');
  });

  it('given the handler fails then the presser gets an ephemeral apology, the error is logged and nothing else is sent', async () => {
    await start({ core: coreThatFailsFor(502) });
    await press({ action_id: `${RELATED_CODE_ACTION_PREFIX}502`, value: '502:en' }, 'failed');
    const [apology, ...more] = await onlyPostsTo('failed');
    expect(more).toEqual([]);
    expect(apology?.response_type).toBe('ephemeral');
    expect(apology?.replace_original).toBe(false);
    expect(String(apology?.text)).toMatch(/sorry/i);
    const logged = h.logs.find((line) => line.level >= 50 && line.err?.message === 'test failure for 502');
    expect(logged?.msg).toBe('slack: related-code button failed');
  });
});

describe('given the auto-explain reply in an alert thread', () => {
  it('given the reply then each explained code is a button beside the /http hint, and a press opens its card privately', async () => {
    await start({ context: { autoExplain: autoExplainEverywhere(realCore()) } });
    const ts = '1700000500.000100';
    await postSigned(
      h.eventsUrl,
      eventCallbackBody({
        type: 'message',
        channel: 'C0000ALERTS',
        channel_type: 'channel',
        user: 'U0000USER',
        text: 'checkout error rate: HTTP 502, HTTP 504 from upstream',
        ts,
      }),
      'application/json',
      signing,
    );
    const reply = (await h.api.waitForCall('chat.postMessage')).args;
    expect(reply.thread_ts).toBe(ts);
    const buttons = relatedButtons(reply);
    expect(buttons.map((b) => b.value)).toEqual(['502:en', '504:en']);
    expect(JSON.stringify(reply)).toContain('/http 502 · /http 504');
    expect(slackLimitViolations(reply as unknown as SlackMessage)).toEqual([]);

    await press(buttons[1]!, 'thread', 'C0000ALERTS');
    // The reply itself stays the only post, and nothing edits it.
    const [card, ...more] = await onlyPostsTo('thread', 1);
    expect(more).toEqual([]);
    expect(card?.response_type).toBe('ephemeral');
    expect(card?.replace_original).toBe(false);
    expect(headerOf(card!)).toContain('504 Gateway Timeout');
  });
});
