import { MessageFlags, type StringSelectMenuInteraction } from 'discord.js';
import type { Locale } from '../../src/core/locale.js';
import { NO_MENTIONS } from './allowedMentions.js';
import type { DiscordContext } from './discordContext.js';
import { discordText } from './discordMessages.js';
import { fromStringSelect } from './fromDiscordInteraction.js';
import { toDiscordMessage } from './toDiscordMessage.js';

/**
 * A code picked from a card's related-codes or ambiguous-choices select: shows that code's card to the
 * picker only, in the language of the card the select belonged to.
 */
export async function answerCardSelect(
  ctx: DiscordContext,
  interaction: StringSelectMenuInteraction,
  cardLocale: Locale,
): Promise<void> {
  const request = fromStringSelect(interaction);
  const code = Number.parseInt(request.text, 10);
  const card = Number.isInteger(code) ? ctx.core.codeCard(code, cardLocale) : undefined;
  if (!card) {
    await interaction.reply({
      content: discordText(cardLocale, 'unknownCode', { code: request.text.slice(0, 20) }),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  await interaction.reply({
    ...toDiscordMessage(card),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}
