import type { AllMiddlewareArgs, SayFn, SlackEventMiddlewareArgs } from '@slack/bolt';
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
 * that mentions the bot is left to `app_mention` (Slack sends both events for it); any other message,
 * integration posts included, goes to the auto-explainer when it is wired.
 */
export async function answerMessageEvent(
  ctx: SlackContext,
  { event, body, context, say }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs,
): Promise<void> {
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
  if (ctx.autoExplain) await autoExplain(ctx, ctx.autoExplain, toInboundMessage(message, body.team_id), say);
}

/**
 * `@bot 503` in a channel: answered in the thread. The same mention also arrives as a `message`
 * event, which leaves mentions to this one, so each gets exactly one reply.
 */
export async function answerMention(
  ctx: SlackContext,
  { event, context, say }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs,
): Promise<void> {
  if (isOwnMessage(event, context)) return;
  // In a DM the `message` event answers (and Slack does not normally send app_mention there).
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
}

/** Slack DM channel ids start with `D`. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
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
      thread_ts: message.thread ?? message.messageId,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    ctx.logger.error({ err: error, channel: message.channel }, 'slack: auto-explain failed');
  }
}
