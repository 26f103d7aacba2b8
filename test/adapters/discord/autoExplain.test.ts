import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { explainMessageCommand } from '../../../adapters/discord/commandDefinitions.js';
import { discordText } from '../../../adapters/discord/discordMessages.js';
import { autoExplainEverywhere } from '../../support/autoExplainEverywhere.js';
import { type Harness, realCore, startHarness } from './discordHarness.js';
import { discordLimitViolations, type MessageLike } from './discordLimitViolations.js';
import { FAKE_IDS, type FakeDiscord, nextSnowflake, type RecordedCall } from './fakeDiscord.js';

const GUILDS_ONLY = 1;
const WITH_MESSAGES = 1 | (1 << 9) | (1 << 15);

interface PostBody extends MessageLike {
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
}

const isChannelPost = (c: RecordedCall) =>
  c.method === 'POST' && c.path === `/channels/${FAKE_IDS.channel}/messages`;
const repliesTo = (fake: FakeDiscord, messageId: unknown) =>
  fake.calls.filter(
    (c) => isChannelPost(c) && (c.body as PostBody).message_reference?.message_id === messageId,
  );

/**
 * Posts a message that is sure to be answered and waits for that answer. Gateway events are handled
 * in order, so once it is answered, every earlier message has had its chance to be answered too.
 */
async function settle(fake: FakeDiscord, code: number): Promise<void> {
  const sentinel = fake.messageCreate({ content: `sentinel: upstream returned HTTP ${code}` });
  await fake.waitForCall(
    (c) => isChannelPost(c) && (c.body as PostBody).message_reference?.message_id === sentinel.id,
  );
}

describe('auto-explain in channels', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ autoExplain: autoExplainEverywhere(realCore()) });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('given the auto-explain service then the bot asks for guild messages and their content', async () => {
    expect((await h.fake.waitForIdentify()).intents).toBe(WITH_MESSAGES);
  });

  it('given a webhook alert with the code only in an embed then it gets one reply that pings no one', async () => {
    const alert = h.fake.messageCreate({
      content: '',
      webhook_id: '600000000000000001',
      author: {
        id: '600000000000000001',
        username: 'Grafana',
        discriminator: '0000',
        bot: true,
        avatar: null,
      },
      embeds: [
        {
          type: 'rich',
          title: '[FIRING:1] checkout-api probe',
          description: 'Blackbox probe failed',
          fields: [{ name: 'status', value: 'HTTP 502 Bad Gateway', inline: true }],
          footer: { text: 'Grafana' },
        },
      ],
    });
    const reply = await h.fake.waitForCall(
      (c) => isChannelPost(c) && (c.body as PostBody).message_reference?.message_id === alert.id,
      'the reply to the alert',
    );
    const body = reply.body as PostBody;
    expect(reply.headers.authorization).toBe('Bot fake.bot.token');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(body.embeds)).toContain('502');
    expect(discordLimitViolations(body)).toEqual([]);
    await settle(h.fake, 418);
    expect(repliesTo(h.fake, alert.id)).toHaveLength(1);
  });

  it('given the bot’s own message and a message without codes then neither is answered', async () => {
    const own = h.fake.messageCreate({ author: h.fake.botUser(), content: 'upstream returned HTTP 503' });
    const plain = h.fake.messageCreate({ content: 'deploy finished in 503 seconds on port 8080' });
    await settle(h.fake, 451);
    expect(repliesTo(h.fake, own.id)).toHaveLength(0);
    expect(repliesTo(h.fake, plain.id)).toHaveLength(0);
  });

  it('given an alert storm with the same code then only the first alert is answered', async () => {
    const storm = Array.from({ length: 20 }, () =>
      h.fake.messageCreate({ content: '[FIRING] payments-api: HTTP 504 Gateway Timeout' }),
    );
    await settle(h.fake, 507);
    const answered = storm.filter((m) => repliesTo(h.fake, m.id).length > 0);
    expect(answered.map((m) => m.id)).toEqual([storm[0]?.id]);
  });

  it('given the message menu on an alert then its codes are explained to the asker, with no flood control', async () => {
    const target = h.fake.messageObject({ content: 'checkout-api returned HTTP 504 Gateway Timeout' });
    const { id } = h.fake.messageContextMenu(explainMessageCommand.name, target);
    const callback = await h.fake.waitForCallback(id);
    const data = (callback.body as { data: PostBody & { flags?: number } }).data;
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(data.embeds)).toContain('504');
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('given the message menu on a message without codes then the asker is told so privately', async () => {
    const target = h.fake.messageObject({ content: 'lunch at noon?' });
    const { id } = h.fake.messageContextMenu(explainMessageCommand.name, target, 'ko');
    const data = (await h.fake.waitForCallback(id)).body as { data: { content?: string; flags?: number } };
    expect(data.data.content).toBe(discordText('ko', 'noCodesFound'));
    expect((data.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });
});

describe('without the Message Content intent', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('given the gateway refuses the intents (4014) then the bot warns once, reconnects without them, and the menu still works', async () => {
    h = await startHarness({ autoExplain: autoExplainEverywhere(realCore()) }, {}, {}, (fake) =>
      fake.rejectIntents(1 << 15, 4014),
    );
    expect(h.fake.identifies.map((d) => d.intents)).toEqual([WITH_MESSAGES, GUILDS_ONLY]);
    const warnings = h.logLines.filter((l) => String(l.msg).includes('Message Content intent'));
    expect(warnings).toHaveLength(1);

    const target = h.fake.messageObject({ id: nextSnowflake(), content: 'got a 503 from the upstream' });
    const { id } = h.fake.messageContextMenu(explainMessageCommand.name, target);
    const data = ((await h.fake.waitForCallback(id)).body as { data: PostBody }).data;
    expect(JSON.stringify(data.embeds)).toContain('503');
  });
});
