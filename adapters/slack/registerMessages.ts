import type { App, SayFn } from '@slack/bolt';
import type { AutoExplainService, InboundMessage } from '../../src/app/contracts.js';
import { answerAddressedMessage } from './answerAddressedMessage.js';
import { toInboundMessage } from './flattenSlackMessage.js';
import { fromAddressedMessage } from './fromSlackPayload.js';
import { isOwnMessage } from './isOwnMessage.js';
import type { SlackContext } from './slackContext.js';
import { mentionsUser } from './slackMarkupToText.js';
import { asSlackMessageEvent } from './slackMessageEvent.js';
import { toSlackBlocks } from './toSlackBlocks.js';

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
 * that mentions the bot is left to the `app_mention` listener (Slack sends both events for it); any
 * other message, integration posts included, goes to the auto-explainer when it is wired.
 */
export function registerMessages(app: App, ctx: SlackContext): void {
  app.event('message', async ({ event, body, context, say }) => {
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
    if (ctx.autoExplain)
      await autoExplain(ctx, ctx.autoExplain, toInboundMessage(message, body.team_id), say);
  });
}

/**
 * Alerts and chatter in channels the bot is in: the auto-explainer decides (codes present, channel
 * setting, flood control); a reply goes in the message's thread. Nobody asked, so a failure is
 * only logged, never apologised for in the channel.
 */
async function autoExplain(
  ctx: SlackContext,
  service: AutoExplainService,
  message: InboundMessage,
  say: SayFn,
): Promise<void> {
  if (message.text === '') return;
  try {
    const outcome = await service.consider(message);
    if (!('reply' in outcome)) return;
    await say({
      ...toSlackBlocks(outcome.reply),
      thread_ts: message.threadId ?? message.messageId,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    ctx.logger.error({ err: error, channel: message.channel }, 'slack: auto-explain failed');
  }
}
