import type { SayFn } from '@slack/bolt';
import type { BotRequest } from '../../src/core/request.js';
import { channelLocale } from './channelLocale.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';
import { toSlackBlocks } from './toSlackBlocks.js';

/**
 * Answers a message addressed to the bot (a mention or a DM) in the same conversation, in the
 * request's thread when it has one. A failure is logged and answered with a short apology.
 */
export async function answerAddressedMessage(
  ctx: SlackContext,
  request: BotRequest,
  say: SayFn,
): Promise<void> {
  const thread = request.thread ? { thread_ts: request.thread } : {};
  let locale = ctx.defaultLocale;
  try {
    locale = await channelLocale(ctx, request.channel);
    const answer = ctx.core.answer(request.text, { defaultLocale: locale });
    await say({ ...toSlackBlocks(answer.card), ...thread, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    ctx.logger.error({ err: error, channel: request.channel }, 'slack: answering a message failed');
    try {
      await say({ text: slackText(locale, 'apology'), ...thread });
    } catch (apologyError) {
      ctx.logger.error({ err: apologyError }, 'slack: could not send the apology');
    }
  }
}
