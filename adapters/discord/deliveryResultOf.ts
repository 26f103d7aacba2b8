import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import type { DeliveryResult } from '../../src/app/contracts.js';

/**
 * Discord error codes that mean the bot will not be able to post to the channel again until someone
 * acts: the channel is gone, or the bot lost access or permission there.
 */
export const PERMANENT_DISCORD_ERRORS: ReadonlyMap<number, string> = new Map([
  [10003, 'Unknown Channel'],
  [50001, 'Missing Access'],
  [50013, 'Missing Permissions'],
]);

/**
 * How a failed post went, for the scheduler: permanent for a missing channel or lost access (the
 * subscription is turned off), transient for rate limits, Discord's 5xx, network trouble and anything
 * unexpected (tried again next time rather than silently unsubscribing a channel).
 */
export function deliveryResultOf(error: unknown): DeliveryResult & { ok: false } {
  if (error instanceof DiscordAPIError) {
    const known = typeof error.code === 'number' ? PERMANENT_DISCORD_ERRORS.get(error.code) : undefined;
    if (known) return { ok: false, permanent: true, reason: `discord ${error.code} ${known}` };
    return {
      ok: false,
      permanent: false,
      reason: `discord ${error.status} (code ${error.code}): ${error.message}`,
    };
  }
  if (error instanceof RateLimitError) {
    return {
      ok: false,
      permanent: false,
      reason: `discord rate limited (retry after ${error.retryAfter} ms)`,
    };
  }
  if (error instanceof HTTPError) {
    return { ok: false, permanent: false, reason: `discord HTTP ${error.status} ${error.message}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, permanent: false, reason: `discord unreachable: ${message}` };
}
