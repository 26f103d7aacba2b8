import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerOrApologize } from './answerOrApologize.js';
import { channelLocale } from './channelLocale.js';
import { fromButtonPress } from './fromSlackPayload.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';
import { toSlackBlocks } from './toSlackBlocks.js';

/** The arguments Bolt gives a `block_actions` listener. */
export type BlockActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** One kind of button that opens a code's card (`<prefix><code>`, value from `encodeChoiceValue`). */
export interface CodeButtonKind {
  /**
   * True: the card replaces the message the button sits on (an ephemeral list). False: the card comes
   * as a new message only the presser sees, and the message with the button stays as it was.
   */
  replaceOriginal: boolean;
  /** Names the button in the error log ("choice button"). */
  name: string;
}

/**
 * Answers a press on a code button, always ephemerally: the chosen code's card in the language the
 * button carries (else the channel's), or a short note for a value that names no code. The caller
 * has acked the press.
 */
export async function answerCodeButton(
  ctx: SlackContext,
  kind: CodeButtonKind,
  { action, body, respond }: BlockActionArgs,
): Promise<void> {
  const request = fromButtonPress({
    userId: body.user.id,
    ...('value' in action && action.value !== undefined ? { value: action.value } : {}),
    ...(body.channel?.id ? { channelId: body.channel.id } : {}),
    ...(body.team?.id ? { teamId: body.team.id } : {}),
  });
  await answerOrApologize(
    ctx,
    { locale: request.locale ?? ctx.defaultLocale },
    async (turn) => {
      turn.locale = request.locale ?? (await channelLocale(ctx, request.channel));
      const card = request.text === '' ? undefined : ctx.core.codeCard(Number(request.text), turn.locale);
      if (!card) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: slackText(turn.locale, 'unknownChoice'),
        });
        return;
      }
      await respond({
        response_type: 'ephemeral',
        replace_original: kind.replaceOriginal,
        ...toSlackBlocks(card),
      });
    },
    {
      log: `slack: ${kind.name} failed`,
      fields: { channel: request.channel },
      send: (text) => respond({ response_type: 'ephemeral', replace_original: false, text }),
    },
  );
}
