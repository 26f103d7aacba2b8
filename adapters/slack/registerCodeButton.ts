import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { channelLocale } from './channelLocale.js';
import { fromButtonPress } from './fromSlackPayload.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';
import { toSlackBlocks } from './toSlackBlocks.js';

/** One kind of button that opens a code's card (`<prefix><code>`, value from `encodeChoiceValue`). */
export interface CodeButtonKind {
  /** The `action_id` prefix the renderer gives these buttons. */
  actionPrefix: string;
  /**
   * True: the card replaces the message the button sits on (an ephemeral list). False: the card comes
   * as a new message only the presser sees, and the message with the button stays as it was.
   */
  replaceOriginal: boolean;
  /** Names the button in the error log ("choice button"). */
  name: string;
}

/**
 * Answers presses on one kind of code button, always ephemerally: the chosen code's card in the
 * language the button carries (else the channel's), a short note for a value that names no code, and
 * an apology (with the error logged) when answering fails.
 */
export function registerCodeButton(app: App, ctx: SlackContext, kind: CodeButtonKind): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^${kind.actionPrefix}\\d+$`) },
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
        await respond({
          response_type: 'ephemeral',
          replace_original: kind.replaceOriginal,
          ...toSlackBlocks(card),
        });
      } catch (error) {
        ctx.logger.error({ err: error, channel: request.channel }, `slack: ${kind.name} failed`);
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
