import type { App } from '@slack/bolt';
import { answerAddressedMessage } from './answerAddressedMessage.js';
import { fromAddressedMessage } from './fromSlackPayload.js';
import { isOwnMessage } from './isOwnMessage.js';
import type { SlackContext } from './slackContext.js';

/**
 * `@bot 503` in a channel: answered in the thread. The same mention also arrives as a `message`
 * event; `registerMessages` leaves mentions to this listener, so each gets exactly one reply.
 */
export function registerMentions(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, context, say }) => {
    if (isOwnMessage(event, context)) return;
    // In a DM the `message` listener answers (and Slack does not normally send app_mention there).
    if (isDirectMessageChannel(event.channel)) return;
    const request = fromAddressedMessage(
      {
        channel: event.channel,
        ts: event.ts,
        ...(event.text !== undefined ? { text: event.text } : {}),
        ...(event.user !== undefined ? { user: event.user } : {}),
        ...(event.team !== undefined ? { team: event.team } : {}),
        ...(event.thread_ts !== undefined ? { thread_ts: event.thread_ts } : {}),
      },
      context.botUserId,
      true,
    );
    await answerAddressedMessage(ctx, request, say);
  });
}

/** Slack DM channel ids start with `D`. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}
