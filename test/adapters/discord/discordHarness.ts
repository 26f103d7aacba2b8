/**
 * Starts the real bot (`startDiscord`) against a `FakeDiscord`, with the real core over the shipped
 * dataset and a logger whose lines the test can read.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { DiscordContext } from '../../../adapters/discord/discordContext.js';
import type { StartDiscordOptions } from '../../../adapters/discord/startDiscord.js';
import { startDiscord } from '../../../adapters/discord/startDiscord.js';
import type { RunningAdapter } from '../../../src/app/contracts.js';
import { realCore } from '../../support/realCore.js';
import { FAKE_IDS, FakeDiscord, type FakeDiscordOptions } from './fakeDiscord.js';

export { realCore };

/** A pino logger that keeps its JSON lines in memory (`options` adds e.g. hooks over the defaults). */
export function memoryLogger(options: pino.LoggerOptions = {}): {
  logger: pino.Logger;
  lines: Record<string, unknown>[];
} {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'debug', ...options }, stream), lines };
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningAdapter;
  logLines: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Fake first, then the bot (it fetches /gateway/bot at login); stop in the opposite order (D7). */
export async function startHarness(
  overrides: Partial<DiscordContext> = {},
  fakeOptions: FakeDiscordOptions = {},
  startOptions: StartDiscordOptions = {},
  prepareFake: (fake: FakeDiscord) => void = () => undefined,
): Promise<Harness> {
  const fake = await new FakeDiscord({ heartbeatIntervalMs: 250, ...fakeOptions }).start();
  prepareFake(fake);
  const { logger, lines } = memoryLogger();
  const ctx: DiscordContext = { core: realCore(), logger, defaultLocale: 'ko', ...overrides };
  let bot: RunningAdapter;
  try {
    bot = await startDiscord(
      ctx,
      { token: 'fake.bot.token', applicationId: FAKE_IDS.application, apiUrl: fake.restApi },
      { ...startOptions, clientOptions: { waitGuildTimeout: 1000, ...startOptions.clientOptions } },
    );
  } catch (error) {
    await fake.stop();
    throw error;
  }
  return {
    fake,
    bot,
    logLines: lines,
    async stop() {
      await bot.stop();
      await fake.stop();
    },
  };
}
