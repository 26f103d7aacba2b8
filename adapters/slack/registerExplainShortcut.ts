import type { App, MessageShortcut } from '@slack/bolt';
import type { AutoExplainService } from '../../src/app/contracts.js';
import { channelLocale } from './channelLocale.js';
import { flattenSlackMessage } from './flattenSlackMessage.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';
import { toSlackBlocks } from './toSlackBlocks.js';

/** The message shortcut's callback id (see manifest.yml). */
export const EXPLAIN_SHORTCUT_ID = 'explain_http_codes';

/**
 * "Explain HTTP codes" on any message: explains the codes in it right away (someone asked, so no
 * flood control), shown only to the person who asked.
 */
export function registerExplainShortcut(app: App, ctx: SlackContext, service: AutoExplainService): void {
  app.shortcut<MessageShortcut>(
    { type: 'message_action', callback_id: EXPLAIN_SHORTCUT_ID },
    async ({ ack, shortcut, respond }) => {
      await ack();
      let locale = ctx.defaultLocale;
      try {
        locale = await channelLocale(ctx, shortcut.channel.id);
        const message = shortcut.message;
        const text = flattenSlackMessage({
          ...(typeof message.text === 'string' ? { text: message.text } : {}),
          ...(Array.isArray(message.attachments) ? { attachments: message.attachments } : {}),
          ...(Array.isArray(message.blocks) ? { blocks: message.blocks } : {}),
        });
        const card = service.explainNow(text, locale);
        if (!card) {
          await respond({ response_type: 'ephemeral', text: slackText(locale, 'noCodes') });
          return;
        }
        await respond({ response_type: 'ephemeral', ...toSlackBlocks(card) });
      } catch (error) {
        ctx.logger.error({ err: error, channel: shortcut.channel.id }, 'slack: explain shortcut failed');
        try {
          await respond({ response_type: 'ephemeral', text: slackText(locale, 'apology') });
        } catch (apologyError) {
          ctx.logger.error({ err: apologyError }, 'slack: could not send the apology');
        }
      }
    },
  );
}
