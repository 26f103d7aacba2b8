import type { App } from '@slack/bolt';
import { answerAddressedMessage } from './answerAddressedMessage.js';
import { fromAddressedMessage } from './fromSlackPayload.js';
import { isOwnMessage } from './isOwnMessage.js';
import type { SlackContext } from './slackContext.js';
import { mentionsUser } from './slackMarkupToText.js';
import { asSlackMessageEvent } from './slackMessageEvent.js';

/**
 * Subtypes that are new content. Everything else (`message_changed`, `message_deleted`, joins, topic
 * changes, ...) is ignored, so edits and deletions are never answered again.
 */
const NEW_CONTENT_SUBTYPES = new Set<string | undefined>([
  undefined,
  'bot_message',
  'file_share',
  'thread_broadcast',
  'me_message',
]);

/**
 * Plain `message` events: a DM to the bot is answered like the slash command. In channels, a message
 * that mentions the bot is left to the `app_mention` listener (Slack sends both events for it).
 */
export function registerMessages(app: App, ctx: SlackContext): void {
  app.event('message', async ({ event, context, say }) => {
    const message = asSlackMessageEvent(event);
    if (!NEW_CONTENT_SUBTYPES.has(message.subtype)) return;
    if (isOwnMessage(message, context)) return;
    if (message.channel_type === 'im') {
      // Other bots' DMs are not conversations; answering them risks two bots talking forever.
      if (message.subtype === 'bot_message' || message.bot_id !== undefined) return;
      const request = fromAddressedMessage(message, context.botUserId, false);
      await answerAddressedMessage(ctx, request, say);
      return;
    }
    if (mentionsUser(message.text, context.botUserId)) return;
  });
}
