import {
  Client,
  type ClientOptions,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  type Interaction,
  type Message,
} from 'discord.js';
import type { RunningAdapter } from '../../src/app/contracts.js';
import { InFlightWork } from '../../src/app/inFlightWork.js';
import { runningAdapter } from '../../src/app/runningAdapter.js';
import type { DiscordConfig } from '../../src/config.js';
import { NO_MENTIONS } from './allowedMentions.js';
import { createDiscordPoster } from './createDiscordPoster.js';
import { createInteractionHandler } from './createInteractionHandler.js';
import type { DiscordContext } from './discordContext.js';
import { explainChannelMessage } from './explainChannelMessage.js';
import { discordInviteUrl } from './inviteUrl.js';

/** Test and tuning knobs; production passes none. */
export interface StartDiscordOptions {
  /** Merged over the bot's client options (tests set `waitGuildTimeout`). */
  clientOptions?: Partial<ClientOptions>;
  /** How long `stop()` waits for in-flight work before closing anyway (default 8 s). */
  drainTimeoutMs?: number;
}

/** Start-up failures, with a message safe to show to whoever runs the bot (never the token). */
export class DiscordStartError extends Error {
  constructor(
    readonly code: 'DISCORD_AUTH_FAILED' | 'DISCORD_CONNECT_FAILED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DiscordStartError';
  }
}

function toStartError(error: unknown): DiscordStartError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'TokenInvalid') {
    return new DiscordStartError(
      'DISCORD_AUTH_FAILED',
      'Discord rejected the bot token. Check DISCORD_TOKEN (Developer Portal > your application > Bot > Reset Token).',
      { cause: error },
    );
  }
  return new DiscordStartError(
    'DISCORD_CONNECT_FAILED',
    `Could not connect to Discord: ${(error as Error)?.message ?? String(error)}`,
    { cause: error },
  );
}

/** Channel messages are only needed for auto-explain; their text needs the privileged Message Content intent. */
function intentsFor(readMessages: boolean): GatewayIntentBits[] {
  return readMessages
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.Guilds];
}

/** @discordjs/ws rejects the login with this when the gateway closes with 4014. */
const DISALLOWED_INTENTS = /disallowed intents/i;

/**
 * Logs the bot in and serves `/http`, `/httpconfig`, the card selects and the "Explain HTTP codes"
 * menu; with `ctx.autoExplain`, also explains status codes in channel messages. Resolves once the
 * client is ready; rejects with a `DiscordStartError` (code `DISCORD_AUTH_FAILED` for a bad token).
 * When Discord has not granted the Message Content intent (close code 4014), it logs that once and
 * carries on without reading channel messages. `config.apiUrl` points REST (and, through
 * `/gateway/bot`, the gateway) somewhere other than Discord.
 */
export async function startDiscord(
  ctx: DiscordContext,
  config: DiscordConfig,
  options: StartDiscordOptions = {},
): Promise<RunningAdapter> {
  const log = ctx.logger.child({ platform: 'discord' });
  const inFlight = new InFlightWork();
  let stopping = false;
  const handleInteraction = createInteractionHandler({ ...ctx, logger: log });
  const autoExplain = ctx.autoExplain;

  const warnNoMessageContent = () =>
    log.warn(
      'Discord did not grant the Message Content intent: channel messages are not auto-explained; ' +
        '/http and the "Explain HTTP codes" menu still work. Turn the intent on under Bot > Privileged Gateway Intents.',
    );

  async function connect(readMessages: boolean): Promise<Client> {
    let connected = false;
    const client = new Client({
      intents: intentsFor(readMessages),
      allowedMentions: NO_MENTIONS,
      ...options.clientOptions,
      rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...options.clientOptions?.rest },
    });
    client.on(Events.InteractionCreate, (interaction: Interaction) => {
      if (!stopping) void inFlight.track(() => handleInteraction(interaction));
    });
    if (readMessages && autoExplain) {
      client.on(Events.MessageCreate, (message: Message) => {
        if (!stopping) void inFlight.track(() => explainChannelMessage(autoExplain, log, message));
      });
    }
    // Without an 'error' listener an EventEmitter error would throw and take the process down.
    client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
    client.on(Events.ShardError, (error) => log.warn({ err: error }, 'Discord gateway connection error'));
    client.on(Events.ShardDisconnect, (event) => {
      if (stopping) return;
      if (event.code === GatewayCloseCodes.DisallowedIntents && readMessages) {
        // At login the rejected login handles it; later (the intent was revoked while running),
        // reconnect without reading messages rather than go silent.
        if (connected) {
          warnNoMessageContent();
          void replace(connect(false));
        }
        return;
      }
      log.warn({ closeCode: event.code }, 'Discord gateway closed and will not reconnect');
    });

    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    try {
      await client.login(config.token);
    } catch (error) {
      await client.destroy().catch(() => undefined);
      throw error;
    }
    await ready;
    connected = true;
    return client;
  }

  let current: Client;
  const wantsMessages = autoExplain !== undefined;
  try {
    current = await connect(wantsMessages);
  } catch (error) {
    if (!(wantsMessages && DISALLOWED_INTENTS.test((error as Error)?.message ?? '')))
      throw toStartError(error);
    warnNoMessageContent();
    try {
      current = await connect(false);
    } catch (retryError) {
      throw toStartError(retryError);
    }
  }

  async function replace(next: Promise<Client>): Promise<void> {
    const previous = current;
    try {
      current = await next;
      await previous.destroy();
    } catch (error) {
      log.error({ err: error }, 'could not reconnect to Discord');
    }
  }

  const guilds = current.guilds.cache.size;
  log.info({ user: current.user?.tag, guilds }, 'Discord connected');
  if (guilds === 0) {
    log.warn({ inviteUrl: discordInviteUrl(config.applicationId) }, 'the bot is in no server yet: invite it');
  }
  ctx.registerPoster?.(createDiscordPoster({ post: (route, body) => current.rest.post(route, body) }));

  return runningAdapter({
    stop: async () => {
      stopping = true;
      await inFlight.drain(options.drainTimeoutMs ?? 8_000);
      await current.destroy();
      log.info('Discord disconnected');
    },
  });
}
