/**
 * Discord adapter latency, in process, against the fake gateway + REST server on loopback:
 * interaction dispatch -> recorded REST callback for `/http 503`, beside a bare discord.js client that
 * replies with a fixed string (the baseline: gateway, discord.js and HTTP cost without our code), and
 * autocomplete round trips for typical prefixes. Also the pure parts alone (choices, renderer).
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { pino } from 'pino';
import { autocompleteChoices } from '../../adapters/discord/autocompleteChoices.js';
import { toDiscordMessage } from '../../adapters/discord/toDiscordMessage.js';
import { realCore, startHarness } from '../adapters/discord/discordHarness.js';
import { FakeDiscord } from '../adapters/discord/fakeDiscord.js';
import { measureAsync, measureSync, printTable } from './measure.js';

const ROUND_TRIPS = 400;

async function startBaseline(): Promise<{ fake: FakeDiscord; stop(): Promise<void> }> {
  const fake = await new FakeDiscord({ heartbeatIntervalMs: 5000 }).start();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.restApi },
    waitGuildTimeout: 1000,
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply({ content: 'fixed answer' });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('bench.token');
  await ready;
  return {
    fake,
    async stop() {
      await client.destroy();
      await fake.stop();
    },
  };
}

export default async function run(): Promise<void> {
  const core = realCore();
  const bot = await startHarness({ logger: pino({ level: 'silent' }) }, { heartbeatIntervalMs: 5000 });
  const baseline = await startBaseline();
  try {
    const roundTrip = (fake: FakeDiscord, send: () => { id: string }) => async () => {
      fake.clearCalls();
      const { id } = send();
      await fake.waitForCallback(id);
    };
    const query = [{ name: 'query', type: 3, value: '503' }];
    const fixed = await measureAsync(
      'baseline: bare client replies a fixed string',
      roundTrip(baseline.fake, () => baseline.fake.chatInput(query)),
      ROUND_TRIPS,
    );
    const http503 = await measureAsync(
      'bot: /http 503 -> embed callback',
      roundTrip(bot.fake, () => bot.fake.chatInput(query)),
      ROUND_TRIPS,
    );
    const http503ko = await measureAsync(
      'bot: /http 503 (ko client) -> embed callback',
      roundTrip(bot.fake, () => bot.fake.chatInput(query, 'ko')),
      ROUND_TRIPS,
    );
    // Measured again after the bot, so warm-up and machine noise show up on both sides.
    const fixedAgain = await measureAsync(
      'baseline again (after the bot rows)',
      roundTrip(baseline.fake, () => baseline.fake.chatInput(query)),
      ROUND_TRIPS,
    );
    printTable(
      'interaction dispatch -> recorded REST callback',
      [fixed, http503, http503ko, fixedAgain],
      fixed,
    );

    const prefixes: [string, string][] = [
      ['5', 'en-US'],
      ['50', 'en-US'],
      ['gat', 'en-US'],
      ['게이', 'ko'],
    ];
    const autocompleteRows = [];
    for (const [typed, locale] of prefixes) {
      autocompleteRows.push(
        await measureAsync(
          `autocomplete "${typed}" -> choices callback`,
          roundTrip(bot.fake, () => bot.fake.autocomplete(typed, locale)),
          ROUND_TRIPS,
        ),
      );
    }
    printTable('autocomplete round trip (Discord allows 3 s)', autocompleteRows, fixed);

    const pure = prefixes.map(([typed, locale]) =>
      measureSync(
        `autocompleteChoices("${typed}")`,
        () => autocompleteChoices(core, typed, locale === 'ko' ? 'ko' : 'en'),
        5000,
      ),
    );
    const card = core.codeCard(503, 'ko')!;
    pure.push(measureSync('toDiscordMessage(503 ko card)', () => toDiscordMessage(card), 5000));
    printTable('pure parts (no I/O)', pure);
  } finally {
    await baseline.stop();
    await bot.stop();
  }
}
