/**
 * A complete instance whose platform is the real Discord adapter (real discord.js client) logged in
 * to a `FakeDiscord`, gateway and REST both on loopback.
 */
import type { Logger } from 'pino';
import { startDiscord } from '../../adapters/discord/startDiscord.js';
import type { StatusCore } from '../../src/core/answer.js';
import { FAKE_IDS, type FakeDiscord } from '../adapters/discord/fakeDiscord.js';
import { type Instance, type InstanceDatabase, startInstance } from './composeInstance.js';

export const DISCORD_TOKEN = 'fake.bot.token';

export function startDiscordInstance(options: {
  fake: FakeDiscord;
  database: InstanceDatabase;
  core: StatusCore;
  logger: Logger;
  now: () => Date;
  env?: Record<string, string>;
}): Promise<Instance> {
  return startInstance({
    ...options,
    connect: (ctx) =>
      startDiscord(
        ctx,
        { token: DISCORD_TOKEN, applicationId: FAKE_IDS.application, apiUrl: options.fake.restApi },
        // D1: a guild whose GUILD_CREATE is late must not hold the test for 15 s.
        { clientOptions: { waitGuildTimeout: 1000 } },
      ),
  });
}
