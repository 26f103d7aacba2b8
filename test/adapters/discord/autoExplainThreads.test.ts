/**
 * Auto-explain around Discord threads, end to end (real discord.js against the fake): a message inside
 * a thread, and a thread started on a message while the bot is still deciding about it. Settings and
 * flood control belong to the parent channel; "once per thread" belongs to the thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDiscordMessage } from '../../../adapters/discord/toDiscordMessage.js';
import { createAutoExplainService } from '../../../src/app/autoExplain/createAutoExplainService.js';
import { buildExplainCard } from '../../../src/core/explain/buildExplainCard.js';
import { type Harness, realCore, startHarness } from './discordHarness.js';
import { FAKE_IDS, type RecordedCall } from './fakeDiscord.js';

interface PostBody {
  embeds?: { title?: string; footer?: { text: string } }[];
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const NO_PINGS = { parse: [], replied_user: false };
const DAY_MS = 24 * 60 * 60_000;
const post = (c: RecordedCall) => c.body as PostBody;
const postsIn = (h: Harness, channel: unknown) =>
  h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`);
const repliesTo = (h: Harness, channel: unknown, message: Record<string, unknown>) =>
  postsIn(h, channel).filter((c) => post(c).message_reference?.message_id === message.id);
const replyTo = (h: Harness, channel: unknown, message: Record<string, unknown>) =>
  h.fake.waitUntil(() => repliesTo(h, channel, message)[0], `the reply to ${message.id} in ${channel}`);

describe('auto-explain and Discord threads', () => {
  let h: Harness;
  let nowMs = Date.parse('2025-01-06T09:00:00Z');
  /** Channels whose settings were read, in order. */
  const lookups: string[] = [];
  /** When set, the next settings read says it has started, then waits to be released (a slow database). */
  let gate: { entered: Deferred; release: Deferred } | undefined;

  beforeAll(async () => {
    const service = createAutoExplainService({
      core: realCore(),
      enabled: true,
      cooldownMinutes: 30,
      now: () => new Date(nowMs),
      // Only the parent text channel is switched on and set to English: a lookup by thread id answers nothing.
      isChannelEnabled: async (_platform, channel) => {
        lookups.push(channel);
        const held = gate;
        gate = undefined;
        held?.entered.resolve();
        await held?.release.promise;
        return channel === FAKE_IDS.channel;
      },
      channelLocale: async (_platform, channel) => (channel === FAKE_IDS.channel ? 'en' : 'ko'),
    });
    h = await startHarness({ autoExplain: service });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** Each test starts a day later: earlier cooldowns and reply rates no longer apply. */
  const nextDay = () => {
    nowMs += DAY_MS;
  };

  it('given "502 Bad Gateway" inside a thread then the bot replies to it in the thread, pings no one, uses the parent channel’s settings, and ignores a second 502 there', async () => {
    nextDay();
    const thread = h.fake.threadCreate();
    const alert = h.fake.messageCreate({ channel_id: thread.id, content: 'api-gw returned 502 Bad Gateway' });
    const reply = post(await replyTo(h, thread.id, alert));

    expect(reply.allowed_mentions).toEqual(NO_PINGS);
    const expected = toDiscordMessage(buildExplainCard({ codes: [502], classes: [] }, 'en', realCore())!);
    expect(reply.embeds?.[0]?.title).toBe(expected.embeds[0]?.title);
    expect(reply.embeds?.[0]?.footer?.text).toBe(expected.embeds[0]?.footer?.text);
    expect(lookups).toContain(FAKE_IDS.channel);
    expect(lookups).not.toContain(thread.id);
    expect(postsIn(h, FAKE_IDS.channel)).toHaveLength(0);

    const again = h.fake.messageCreate({ channel_id: thread.id, content: 'api-gw still 502 Bad Gateway' });
    const sentinel = h.fake.messageCreate({ channel_id: thread.id, content: 'and now HTTP 418' });
    await replyTo(h, thread.id, sentinel);
    expect(repliesTo(h, thread.id, again)).toHaveLength(0);
    expect(postsIn(h, thread.id)).toHaveLength(2);
  });

  it('given a 503 explained in one thread then, within the cooldown, neither the parent channel nor a sibling thread gets 503 again', async () => {
    nextDay();
    const [first, sibling] = [h.fake.threadCreate(), h.fake.threadCreate()];
    const alert = h.fake.messageCreate({ channel_id: first.id, content: 'HTTP 503 Service Unavailable' });
    await replyTo(h, first.id, alert);

    const inParent = h.fake.messageCreate({ content: 'checkout: HTTP 503 Service Unavailable' });
    const inSibling = h.fake.messageCreate({ channel_id: sibling.id, content: 'cart: HTTP 503' });
    const sentinel = h.fake.messageCreate({ content: 'sentinel: upstream returned HTTP 429' });
    await replyTo(h, FAKE_IDS.channel, sentinel);
    expect(repliesTo(h, FAKE_IDS.channel, inParent)).toHaveLength(0);
    expect(repliesTo(h, sibling.id, inSibling)).toHaveLength(0);
  });

  it('given the cooldown has passed then a sibling thread gets 504 explained again but the thread that had it does not', async () => {
    nextDay();
    const [first, sibling] = [h.fake.threadCreate(), h.fake.threadCreate()];
    const alert = h.fake.messageCreate({ channel_id: first.id, content: 'HTTP 504 Gateway Timeout' });
    await replyTo(h, first.id, alert);

    nowMs += 31 * 60_000;
    const again = h.fake.messageCreate({ channel_id: first.id, content: 'still HTTP 504 Gateway Timeout' });
    const elsewhere = h.fake.messageCreate({ channel_id: sibling.id, content: 'HTTP 504 Gateway Timeout' });
    await replyTo(h, sibling.id, elsewhere);
    expect(repliesTo(h, first.id, again)).toHaveLength(0);
  });

  it('given a thread is started on an alert while the bot is still reading the channel’s settings then the explanation goes into that thread', async () => {
    nextDay();
    const held = { entered: deferred(), release: deferred() };
    gate = held;
    const alert = h.fake.messageCreate({ content: 'payments-api: HTTP 500 Internal Server Error' });
    await held.entered.promise;
    // A thread started on a message has the message's id (what auto-thread bots do within milliseconds).
    h.fake.threadCreate({ id: alert.id, name: 'payments-api 500' });
    // Gateway events are handled in order: once this later message is answered, the thread is cached.
    const sentinel = h.fake.messageCreate({ content: 'sentinel: upstream returned HTTP 431' });
    await replyTo(h, FAKE_IDS.channel, sentinel);
    held.release.resolve();

    const inThread = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${alert.id}/messages`,
      'the explanation in the thread started on the alert',
    );
    expect(post(inThread).message_reference).toBeUndefined();
    expect(post(inThread).allowed_mentions).toEqual(NO_PINGS);
    expect(JSON.stringify(post(inThread).embeds)).toContain('500 Internal Server Error');
    expect(repliesTo(h, FAKE_IDS.channel, alert)).toHaveLength(0);

    // Inside that thread, 500 counts as explained already.
    const followUp = h.fake.messageCreate({ channel_id: alert.id, content: 'still HTTP 500' });
    const sentinel2 = h.fake.messageCreate({ channel_id: alert.id, content: 'and HTTP 507 now' });
    await replyTo(h, alert.id, sentinel2);
    expect(repliesTo(h, alert.id, followUp)).toHaveLength(0);
  });
});
