import type { App, RespondArguments } from '@slack/bolt';
import type { Locale } from '../../src/core/locale.js';
import type { BotRequest } from '../../src/core/request.js';
import { channelLocale } from './channelLocale.js';
import { fromSlashCommand } from './fromSlackPayload.js';
import type { SlackContext } from './slackContext.js';
import { slackText } from './slackMessages.js';
import { toSlackBlocks } from './toSlackBlocks.js';
import { withActorMentions } from './withActorMentions.js';

/** The slash command this adapter answers (see manifest.yml). */
export const SLASH_COMMAND = '/http';

/** First words of `/http` that are settings commands rather than queries. */
const SETTINGS_WORDS = new Set(['config', 'daily', 'auto', 'lang']);

type SlashReply = RespondArguments & { response_type: 'in_channel' | 'ephemeral' };

/**
 * `/http <query>`: the answer goes back in the ack itself (one round trip, well within Slack's 3 s).
 * Code, class and random cards are posted to the channel; help, errors, no-match and candidate lists
 * only to the person who asked. Settings words go to the settings service when it is wired.
 */
export function registerSlashCommand(app: App, ctx: SlackContext): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    const request = fromSlashCommand(command);
    let locale = ctx.defaultLocale;
    let acked = false;
    try {
      locale = await channelLocale(ctx, request.channel);
      const reply = await replyTo(ctx, request, locale);
      acked = true;
      await ack(reply);
    } catch (error) {
      ctx.logger.error({ err: error, channel: request.channel }, 'slack: /http failed');
      const apology: SlashReply = { response_type: 'ephemeral', text: slackText(locale, 'apology') };
      try {
        if (acked) await respond(apology);
        else await ack(apology);
      } catch (apologyError) {
        ctx.logger.error({ err: apologyError }, 'slack: could not send the apology');
      }
    }
  });
}

async function replyTo(ctx: SlackContext, request: BotRequest, locale: Locale): Promise<SlashReply> {
  const words = request.text.split(/\s+/).filter((word) => word !== '');
  const first = words[0]?.toLowerCase();
  if (ctx.settings && first && SETTINGS_WORDS.has(first)) {
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
      ...withActorMentions(toSlackBlocks(outcome.card)),
    };
  }
  const answer = ctx.core.answer(request.text, { defaultLocale: locale });
  return {
    response_type: answer.visibility === 'public' ? 'in_channel' : 'ephemeral',
    ...toSlackBlocks(answer.card),
  };
}
