import { type MessageContextMenuCommandInteraction, MessageFlags } from 'discord.js';
import { NO_MENTIONS } from './allowedMentions.js';
import type { DiscordContext } from './discordContext.js';
import { discordText } from './discordMessages.js';
import { flattenDiscordMessage } from './flattenDiscordMessage.js';
import { localeOfDiscordUser } from './fromDiscordInteraction.js';
import { toDiscordMessage } from './toDiscordMessage.js';

/**
 * The "Explain HTTP codes" message menu: explains the chosen message's codes to the person who asked,
 * without flood control. The interaction carries the target message, so this works without the
 * privileged Message Content intent.
 */
export async function answerExplainMessage(
  ctx: DiscordContext,
  interaction: MessageContextMenuCommandInteraction,
): Promise<void> {
  const locale = localeOfDiscordUser(interaction.locale);
  const notice = (key: 'explainUnavailable' | 'noCodesFound') =>
    interaction.reply({
      content: discordText(locale, key),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  if (!ctx.autoExplain) {
    await notice('explainUnavailable');
    return;
  }
  const card = ctx.autoExplain.explainNow(flattenDiscordMessage(interaction.targetMessage), locale);
  if (!card) {
    await notice('noCodesFound');
    return;
  }
  await interaction.reply({
    ...toDiscordMessage(card),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}
