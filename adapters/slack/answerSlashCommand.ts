import type { AllMiddlewareArgs, RespondArguments, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { isSettingsWord } from '../../src/app/settings/parseSettingsCommand.js';
import type { Locale } from '../../src/core/locale.js';
import type { BotRequest } from '../../src/core/request.js';
import { answerOrApologize } from './answerOrApologize.js';
import { channelLocale } from './channelLocale.js';
import { fromSlashCommand } from './fromSlackPayload.js';
import type { SlackContext } from './slackContext.js';
import { toSlackBlocks } from './toSlackBlocks.js';

/** The slash command this adapter answers (see manifest.yml). */
export const SLASH_COMMAND = '/http';

type SlashReply = RespondArguments & { response_type: 'in_channel' | 'ephemeral' };

/**
 * `/http <query>`: the answer goes back in the ack itself (one round trip, well within Slack's 3 s).
 * Code, class and random cards are posted to the channel; help, errors, no-match and candidate lists
 * only to the person who asked. A first word the settings parser knows (`config`, `설정`, `자동`,
 * `language`, ...) makes it a settings command when the settings service is wired.
 */
export async function answerSlashCommand(
  ctx: SlackContext,
  { command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs,
): Promise<void> {
  const request = fromSlashCommand(command);
  let acked = false;
  await answerOrApologize(
    ctx,
    { locale: ctx.defaultLocale },
    async (turn) => {
      turn.locale = await channelLocale(ctx, request.channel);
      const reply = await replyTo(ctx, request, turn.locale);
      acked = true;
      await ack(reply);
    },
    {
      log: 'slack: /http failed',
      fields: { channel: request.channel },
      send: (text) => {
        const apology: SlashReply = { response_type: 'ephemeral', text };
        return acked ? respond(apology) : ack(apology);
      },
    },
  );
}

async function replyTo(ctx: SlackContext, request: BotRequest, locale: Locale): Promise<SlashReply> {
  const words = request.text.split(/\s+/).filter((word) => word !== '');
  const first = words[0];
  if (ctx.settings && first && isSettingsWord(first)) {
    const outcome = await ctx.settings.apply(
      words,
      {
        platform: 'slack',
        channel: request.channel,
        user: request.user,
        ...(request.workspace ? { workspace: request.workspace } : {}),
      },
      locale,
    );
    // A change is announced to the channel so everyone knows who changed what.
    return {
      response_type: outcome.changed ? 'in_channel' : 'ephemeral',
      ...toSlackBlocks(outcome.card),
    };
  }
  const answer = ctx.core.answer(request.text, { defaultLocale: locale });
  return {
    response_type: answer.visibility === 'public' ? 'in_channel' : 'ephemeral',
    ...toSlackBlocks(answer.card),
  };
}
