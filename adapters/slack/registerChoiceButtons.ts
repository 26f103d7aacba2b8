import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { channelLocale } from './channelLocale.js';
import { fromButtonPress } from './fromSlackPayload.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';
import { SHOW_CODE_ACTION_PREFIX, toSlackBlocks } from './toSlackBlocks.js';

const SHOW_CODE_ACTION = new RegExp(`^${SHOW_CODE_ACTION_PREFIX}\\d+$`);

/**
 * A press on a candidate button (from an ambiguous list) replaces that list with the chosen code's
 * card, so the person who asked sees the answer where the question was.
 */
export function registerChoiceButtons(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: SHOW_CODE_ACTION },
    async ({ ack, action, body, respond }) => {
      await ack();
      const request = fromButtonPress({
        userId: body.user.id,
        ...(action.value !== undefined ? { value: action.value } : {}),
        ...(body.channel?.id ? { channelId: body.channel.id } : {}),
        ...(body.team?.id ? { teamId: body.team.id } : {}),
      });
      let locale = request.locale ?? ctx.defaultLocale;
      try {
        locale = request.locale ?? (await channelLocale(ctx, request.channel));
        const card = request.text === '' ? undefined : ctx.core.codeCard(Number(request.text), locale);
        if (!card) {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: slackText(locale, 'unknownChoice'),
          });
          return;
        }
        await respond({ response_type: 'ephemeral', replace_original: true, ...toSlackBlocks(card) });
      } catch (error) {
        ctx.logger.error({ err: error, channel: request.channel }, 'slack: choice button failed');
        try {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: slackText(locale, 'apology'),
          });
        } catch (apologyError) {
          ctx.logger.error({ err: apologyError }, 'slack: could not send the apology');
        }
      }
    },
  );
}
