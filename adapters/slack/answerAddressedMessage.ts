import type { SayFn } from '@slack/bolt';
import type { BotRequest } from '../../src/core/request.js';
import { answerOrApologize } from './answerOrApologize.js';
import { channelLocale } from './channelLocale.js';
import type { SlackContext } from './slackContext.js';
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
  await answerOrApologize(
    ctx,
    { locale: ctx.defaultLocale },
    async (turn) => {
      turn.locale = await channelLocale(ctx, request.channel);
      const answer = ctx.core.answer(request.text, { defaultLocale: turn.locale });
      await say({ ...toSlackBlocks(answer.card), ...thread, unfurl_links: false, unfurl_media: false });
    },
    {
      log: 'slack: answering a message failed',
      fields: { channel: request.channel },
      send: (text) => say({ text, ...thread }),
    },
  );
}
