import { Client, type ClientOptions, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { DiscordConfig } from '../../src/config.js';
import { NO_MENTIONS } from './allowedMentions.js';
import { createDiscordPoster } from './createDiscordPoster.js';
import { createInteractionHandler } from './createInteractionHandler.js';
import type { DiscordContext } from './discordContext.js';
import { discordInviteUrl } from './inviteUrl.js';

/** A running Discord connection. */
export interface DiscordBot {
  /** Finishes in-flight interactions (bounded), then closes the gateway connection. Idempotent. */
  stop(): Promise<void>;
}

/** Test and tuning knobs; production passes none. */
export interface StartDiscordOptions {
  /** Merged over the bot's client options (tests set `waitGuildTimeout`). */
  clientOptions?: Partial<ClientOptions>;
  /** How long `stop()` waits for in-flight interactions before closing anyway (default 8 s). */
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

/**
 * Logs the bot in and answers `/http` (commands, autocomplete, the card selects). Resolves once the
 * client is ready; rejects with a `DiscordStartError` (code `DISCORD_AUTH_FAILED` for a bad token).
 * `config.apiUrl` points REST (and through `/gateway/bot`, the gateway) somewhere other than Discord.
 */
export async function startDiscord(
  ctx: DiscordContext,
  config: DiscordConfig,
  options: StartDiscordOptions = {},
): Promise<DiscordBot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...options.clientOptions,
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...options.clientOptions?.rest },
  });
  const log = ctx.logger.child({ platform: 'discord' });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const handle = createInteractionHandler({ ...ctx, logger: log });

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (stopping) return;
    const work = handle(interaction).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  // Without an 'error' listener an EventEmitter error would throw and take the process down.
  client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardError, (error) => log.warn({ err: error }, 'Discord gateway connection error'));
  client.on(Events.ShardDisconnect, (event) => log.warn({ closeCode: event.code }, 'Discord gateway closed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw toStartError(error);
  }
  await ready;
  const guilds = client.guilds.cache.size;
  log.info({ user: client.user?.tag, guilds }, 'Discord connected');
  if (guilds === 0) {
    log.warn({ inviteUrl: discordInviteUrl(config.applicationId) }, 'the bot is in no server yet: invite it');
  }

  ctx.registerPoster?.(createDiscordPoster(client.rest));

  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        stopping = true;
        const drainMs = options.drainTimeoutMs ?? 8_000;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, drainMs);
        });
        await Promise.race([Promise.allSettled([...inFlight]), timeout]);
        clearTimeout(timer);
        await client.destroy();
        log.info('Discord disconnected');
      })();
      return stopped;
    },
  };
}
