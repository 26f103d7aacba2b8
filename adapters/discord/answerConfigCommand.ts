import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { NO_MENTIONS } from './allowedMentions.js';
import type { DiscordContext } from './discordContext.js';
import { discordText } from './discordMessages.js';
import { fromConfigCommand } from './fromDiscordInteraction.js';
import { toDiscordMessage } from './toDiscordMessage.js';

/**
 * `/httpconfig ...`: applies a channel setting through the settings service. A change is confirmed in
 * the channel for everyone to see; an overview, a no-op and a mistake are shown to the caller only.
 */
export async function answerConfigCommand(
  ctx: DiscordContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const { request, command, actor } = fromConfigCommand(interaction);
  const locale = request.locale ?? ctx.defaultLocale;
  const refuse = (key: 'settingsUnavailable' | 'settingsNeedChannel') =>
    interaction.reply({
      content: discordText(locale, key),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  if (!ctx.settings) {
    await refuse('settingsUnavailable');
    return;
  }
  if (!interaction.inGuild()) {
    await refuse('settingsNeedChannel');
    return;
  }
  const outcome = await ctx.settings.applyTyped(command, actor, locale);
  await interaction.reply({
    ...toDiscordMessage(outcome.card),
    allowedMentions: NO_MENTIONS,
    ...(outcome.changed ? {} : { flags: MessageFlags.Ephemeral }),
  });
  ctx.logger.info(
    { platform: 'discord', channel: actor.channel, subcommand: command.subcommand, changed: outcome.changed },
    'channel settings command',
  );
}
