import type { DeliveryResult } from '../../src/app/contracts.js';
import { platformErrorOf } from './slackStartError.js';

/**
 * Slack errors that will not go away by retrying: the channel is gone, the bot was removed from it,
 * or the bot's token no longer works. The scheduler turns the subscription off on these.
 */
const PERMANENT_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'team_access_not_granted',
]);

/**
 * Maps a failed `chat.postMessage` to a delivery result. Rate limits, timeouts, 5xx, network failures
 * and any Slack error not known to be permanent are transient: a subscription is never dropped on a
 * guess.
 */
export function classifySlackDeliveryError(error: unknown): Extract<DeliveryResult, { ok: false }> {
  const slackError = platformErrorOf(error);
  if (slackError !== undefined) {
    return { ok: false, permanent: PERMANENT_ERRORS.has(slackError), reason: slackError };
  }
  const code = (error as { code?: unknown } | null)?.code;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  const reason =
    code === 'slack_webapi_rate_limited_error'
      ? 'ratelimited'
      : typeof status === 'number'
        ? `http_${status}`
        : typeof code === 'string'
          ? code
          : error instanceof Error
            ? error.message
            : String(error);
  return { ok: false, permanent: false, reason };
}
