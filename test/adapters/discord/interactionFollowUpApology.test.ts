/**
 * The apology branch for an interaction that fails after its reply was already sent: the apology must
 * be an ephemeral follow-up (a second callback would be refused by Discord), and a refused follow-up is
 * logged, never thrown. No handler defers today, so the only step left after a reply is the log line
 * ('answered /http'); the fault is injected there, through the logger the bot is given, the way a pino
 * destination that throws (EAGAIN on a full stdout pipe in sync mode) would.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { discordText } from '../../../adapters/discord/discordMessages.js';
import { type Harness, memoryLogger, startHarness } from './discordHarness.js';
import { FAKE_IDS, type RecordedCall } from './fakeDiscord.js';

interface ApologyBody {
  content?: string;
  flags?: number;
  allowed_mentions?: unknown;
}

const APOLOGY_FAILED = 'could not send the apology for a failed Discord interaction';
const query = [{ name: 'query', type: 3, value: '503' }];
const followUpOf = (token: string) => (c: RecordedCall) =>
  c.method === 'POST' && c.path === `/webhooks/${FAKE_IDS.application}/${token}`;

describe('a handler that fails after its reply was sent', () => {
  let h: Harness;
  let failNextAnswerLog = false;
  const { logger, lines } = memoryLogger({
    hooks: {
      logMethod(args, method) {
        if (failNextAnswerLog && args.includes('answered /http')) {
          failNextAnswerLog = false;
          throw new Error('log sink failed');
        }
        method.apply(this, args);
      },
    },
  });
  /** The n-th log line with this message; logged after the REST answer, so no fake wait sees it: poll. */
  const logLine = (msg: string, n = 1) =>
    vi.waitFor(
      () => {
        const line = lines.filter((l) => l.msg === msg)[n - 1];
        if (!line) throw new Error(`no log line #${n} "${msg}"`);
        return line;
      },
      { timeout: 5_000, interval: 20 },
    );
  const callbacksOf = (id: string) =>
    h.fake.calls.filter((c) => c.method === 'POST' && c.path.startsWith(`/interactions/${id}/`));

  beforeAll(async () => {
    h = await startHarness({ logger });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('given the card was sent and then the handler throws then the user gets an ephemeral follow-up apology, not a second reply', async () => {
    failNextAnswerLog = true;
    const { id, token } = h.fake.chatInput(query, 'ko');
    const apology = await h.fake.waitForCall(followUpOf(token), 'the follow-up apology');
    const body = apology.body as ApologyBody;
    expect(body.content).toBe(discordText('ko', 'apology'));
    expect((body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(apology.headers.authorization).toBeUndefined();
    expect(callbacksOf(id).map((c) => (c.body as { type: number }).type)).toEqual([4]);
    const logged = await logLine('Discord interaction handler failed');
    expect((logged.err as { message?: string } | undefined)?.message).toBe('log sink failed');

    const next = h.fake.chatInput(query);
    expect(((await h.fake.waitForCallback(next.id)).body as { type: number }).type).toBe(4);
    // Its log line comes after the callback; the next test must not arm the fault before it.
    await logLine('answered /http');
  });

  it('given Discord refuses the follow-up apology too then that is logged and the bot keeps answering', async () => {
    h.fake.route('POST', /^\/webhooks\//, () => ({
      status: 404,
      body: { message: 'Unknown Webhook', code: 10015 },
    }));
    failNextAnswerLog = true;
    const { token } = h.fake.chatInput(query);
    await h.fake.waitForCall(followUpOf(token), 'the refused follow-up');
    const refused = await logLine(APOLOGY_FAILED);
    expect((refused.err as { message?: string } | undefined)?.message).toBe('Unknown Webhook');

    const next = h.fake.chatInput(query);
    expect(((await h.fake.waitForCallback(next.id)).body as { type: number }).type).toBe(4);
  });
});
