import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordText } from '../../../adapters/discord/discordMessages.js';
import type { StatusCore } from '../../../src/core/answer.js';
import { ACCENT_COLORS } from '../../../src/core/cards/accentColors.js';
import { type Harness, realCore, startHarness } from './discordHarness.js';
import { choiceViolations, discordLimitViolations, type MessageLike } from './discordLimitViolations.js';
import type { RecordedCall } from './fakeDiscord.js';

interface CallbackBody {
  type: number;
  data: MessageLike & {
    flags?: number;
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
    embeds: NonNullable<MessageLike['embeds']> & { color?: number }[];
  };
}

const body = (call: RecordedCall) => call.body as CallbackBody;
const isEphemeral = (call: RecordedCall) => ((body(call).data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const query = (value: string) => [{ name: 'query', type: 3, value }];

describe('the Discord bot against a fake gateway and REST API', () => {
  let h: Harness;
  const core = realCore();

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('given a token then it fetches the gateway with it, identifies with the Guilds intent and gets ready', async () => {
    const gateway = await h.fake.waitForCall((c) => c.path === '/gateway/bot');
    expect(gateway.headers.authorization).toBe('Bot fake.bot.token');
    const identify = await h.fake.waitForIdentify();
    expect(identify.token).toBe('fake.bot.token');
    expect(identify.intents).toBe(1);
    expect(h.logLines.some((l) => l.msg === 'Discord connected')).toBe(true);
  });

  it('given /http 503 then it answers publicly with the card as an embed, buttons and no mentions', async () => {
    const { id, token } = h.fake.chatInput(query('503'));
    const call = await h.fake.waitForCallback(id);
    expect(call.path).toBe(`/interactions/${id}/${token}/callback`);
    // Interaction callbacks authenticate by their token in the path, not the bot token.
    expect(call.headers.authorization).toBeUndefined();
    const { type, data } = body(call);
    expect(type).toBe(4);
    expect(isEphemeral(call)).toBe(false);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const card = core.codeCard(503, 'en')!;
    const [embed] = data.embeds;
    expect(embed?.color).toBe(ACCENT_COLORS.serverError);
    expect(embed?.title).toBe(card.title);
    expect(embed?.title).toMatch(/^503 Service Unavailable/);
    expect(embed?.url).toBe(card.url);
    expect(embed?.fields?.map((f) => f.name)).toEqual(
      expect.arrayContaining(card.fields.filter((f) => f.lines.length > 0).map((f) => f.label)),
    );
    const buttons = data.components?.flatMap((row) => row.components ?? []).filter((c) => c.type === 2) ?? [];
    expect(buttons.map((b) => b.url)).toEqual(card.links.map((l) => l.url));
    expect(buttons.every((b) => b.style === 5)).toBe(true);
    expect(discordLimitViolations(data)).toEqual([]);
  });

  it('given private:true then the answer is ephemeral', async () => {
    const { id } = h.fake.chatInput([...query('404'), { name: 'private', type: 5, value: true }]);
    const call = await h.fake.waitForCallback(id);
    expect(isEphemeral(call)).toBe(true);
    expect(body(call).data.embeds[0]?.title).toBe(core.codeCard(404, 'en')!.title);
  });

  it('given help or a query with no match then the answer is ephemeral without being asked', async () => {
    for (const text of ['help', 'zzqx qqzz']) {
      const { id } = h.fake.chatInput(query(text));
      const call = await h.fake.waitForCallback(id);
      expect(core.answer(text, { defaultLocale: 'en' }).visibility).toBe('private');
      expect(isEphemeral(call)).toBe(true);
    }
  });

  it('given a Korean Discord client then the card is in Korean, and a query suffix overrides the locale', async () => {
    const ko = core.codeCard(503, 'ko')!;
    const en = core.codeCard(503, 'en')!;
    expect(ko.footer).not.toBe(en.footer);

    const korean = h.fake.chatInput(query('503'), 'ko');
    const koEmbed = body(await h.fake.waitForCallback(korean.id)).data.embeds[0]!;
    expect(koEmbed.footer?.text).toBe(ko.footer);
    expect(koEmbed.fields?.[0]?.name).toBe(ko.fields[0]?.label);

    const overridden = h.fake.chatInput(query('503 en'), 'ko');
    expect(body(await h.fake.waitForCallback(overridden.id)).data.embeds[0]?.footer?.text).toBe(en.footer);

    const otherLanguage = h.fake.chatInput(query('503'), 'fr');
    expect(body(await h.fake.waitForCallback(otherLanguage.id)).data.embeds[0]?.footer?.text).toBe(en.footer);
  });

  it('given typed prefixes then autocomplete answers with at most 25 choices within the length limits', async () => {
    const cases: [string, string][] = [
      ['50', 'en-US'],
      ['gat', 'en-US'],
      ['게이', 'ko'],
      ['', 'en-US'],
      ['x'.repeat(100), 'en-US'],
    ];
    for (const [typed, locale] of cases) {
      const { id } = h.fake.autocomplete(typed, locale);
      const call = await h.fake.waitForCallback(id);
      expect(body(call).type).toBe(8);
      const choices = body(call).data.choices ?? [];
      expect(choices.length, `choices for "${typed}"`).toBeGreaterThan(0);
      expect(choiceViolations(choices)).toEqual([]);
    }
    const fifty = h.fake.autocomplete('50');
    const values = (body(await h.fake.waitForCallback(fifty.id)).data.choices ?? []).map((c) => c.value);
    expect(values).toContain('503');
    expect(values.every((v) => v.startsWith('50'))).toBe(true);
  });

  it('given a pick in the related-codes select then that card is shown only to the picker, in the card language', async () => {
    const { id } = h.fake.stringSelect('http:related:ko', ['502']);
    const call = await h.fake.waitForCallback(id);
    expect(body(call).type).toBe(4);
    expect(isEphemeral(call)).toBe(true);
    expect(body(call).data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body(call).data.embeds[0]?.footer?.text).toBe(core.codeCard(502, 'ko')!.footer);

    const choice = h.fake.stringSelect('http:choice:en', ['504']);
    const choiceCall = await h.fake.waitForCallback(choice.id);
    expect(isEphemeral(choiceCall)).toBe(true);
    expect(body(choiceCall).data.embeds[0]?.title).toBe(core.codeCard(504, 'en')!.title);
  });

  it('given an ambiguous query then the reply offers the candidates as a select', async () => {
    const answer = core.answer('gateway', { defaultLocale: 'en', userLocale: 'en' });
    expect(answer.result.type).toBe('ambiguous');
    const { id } = h.fake.chatInput(query('gateway'));
    const data = body(await h.fake.waitForCallback(id)).data;
    const select = data.components?.flatMap((row) => row.components ?? []).find((c) => c.type === 3);
    expect(select?.custom_id).toBe('http:choice:en');
    expect(select?.options?.map((o) => o.value)).toEqual(answer.card.choices.map((c) => String(c.code)));
  });
});

describe('a failing handler', () => {
  let h: Harness;
  let failNext = false;

  beforeAll(async () => {
    const core = realCore();
    // Wraps the real core so one call throws: this tests the adapter's error path, nothing else.
    const flaky: StatusCore = Object.create(core, {
      answer: {
        value: (...args: Parameters<StatusCore['answer']>) => {
          if (failNext) {
            failNext = false;
            throw new Error('core exploded');
          }
          return core.answer(...args);
        },
      },
    });
    h = await startHarness({ core: flaky });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('given a handler that throws then the user gets an ephemeral apology, it is logged, and the bot keeps answering', async () => {
    failNext = true;
    const broken = h.fake.chatInput(query('503'), 'ko');
    const apology = await h.fake.waitForCallback(broken.id);
    expect(body(apology).type).toBe(4);
    expect(isEphemeral(apology)).toBe(true);
    expect(body(apology).data.content).toBe(discordText('ko', 'apology'));
    expect(body(apology).data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const logged = h.logLines.find((l) => l.msg === 'Discord interaction handler failed');
    expect((logged?.err as { message?: string } | undefined)?.message).toBe('core exploded');

    const next = h.fake.chatInput(query('503'));
    expect(body(await h.fake.waitForCallback(next.id)).data.embeds[0]?.title).toMatch(/^503 /);
  });
});

describe('start and stop', () => {
  it('given a token Discord rejects then start fails with DISCORD_AUTH_FAILED and never shows the token', async () => {
    const start = startHarness({}, { rejectedTokens: ['fake.bot.token'] });
    await expect(start).rejects.toMatchObject({ code: 'DISCORD_AUTH_FAILED' });
    await expect(start).rejects.toSatisfy((error: Error) => !error.message.includes('fake.bot.token'));
  });

  it('given an interaction in flight then stop waits for its reply before disconnecting', async () => {
    const h = await startHarness();
    h.fake.route('POST', /\/callback$/, () => ({ status: 204, delayMs: 300 }));
    const { id } = h.fake.chatInput(query('503'));
    await h.fake.waitForCallback(id);
    await h.stop();
    const messages = h.logLines.map((l) => l.msg);
    expect(messages).toContain('answered /http');
    expect(messages.indexOf('answered /http')).toBeLessThan(messages.indexOf('Discord disconnected'));
  });
});
