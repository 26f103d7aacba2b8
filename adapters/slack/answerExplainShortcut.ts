import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { AutoExplainService } from '../../src/app/contracts.js';
import { answerOrApologize } from './answerOrApologize.js';
import { channelLocale } from './channelLocale.js';
import { flattenSlackMessage } from './flattenSlackMessage.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';
import { toSlackBlocks } from './toSlackBlocks.js';

/** The message shortcut's callback id (see manifest.yml). */
export const EXPLAIN_SHORTCUT_ID = 'explain_http_codes';

/**
 * "Explain HTTP codes" on any message: explains the codes in it right away (someone asked, so no
 * flood control), shown only to the person who asked. The caller has acked the shortcut.
 */
export async function answerExplainShortcut(
  ctx: SlackContext,
  service: AutoExplainService,
  { shortcut, respond }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs,
): Promise<void> {
  await answerOrApologize(
    ctx,
    { locale: ctx.defaultLocale },
    async (turn) => {
      turn.locale = await channelLocale(ctx, shortcut.channel.id);
      const message = shortcut.message;
      const text = flattenSlackMessage({
        ...(typeof message.text === 'string' ? { text: message.text } : {}),
        ...(Array.isArray(message.attachments) ? { attachments: message.attachments } : {}),
        ...(Array.isArray(message.blocks) ? { blocks: message.blocks } : {}),
      });
      const card = service.explainNow(text, turn.locale);
      if (!card) {
        await respond({ response_type: 'ephemeral', text: slackText(turn.locale, 'noCodes') });
        return;
      }
      await respond({ response_type: 'ephemeral', ...toSlackBlocks(card) });
    },
    {
      log: 'slack: explain shortcut failed',
      fields: { channel: shortcut.channel.id },
      send: (text) => respond({ response_type: 'ephemeral', text }),
    },
  );
}
