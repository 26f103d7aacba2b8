import { type AutocompleteInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { NO_MENTIONS } from './allowedMentions.js';
import { autocompleteChoices } from './autocompleteChoices.js';
import type { DiscordContext } from './discordContext.js';
import { fromAutocomplete, fromChatInput } from './fromDiscordInteraction.js';
import { toDiscordMessage } from './toDiscordMessage.js';

/**
 * `/http query:<text>`: answers with the card. Private when the user asked for it, or when the answer
 * is only useful to the asker (help, errors, no match).
 */
export async function answerHttpCommand(
  ctx: DiscordContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const { request, ephemeral } = fromChatInput(interaction);
  const answer = ctx.core.answer(request.text, {
    defaultLocale: ctx.defaultLocale,
    ...(request.locale ? { userLocale: request.locale } : {}),
  });
  const isPrivate = ephemeral || answer.visibility === 'private';
  await interaction.reply({
    ...toDiscordMessage(answer.card),
    allowedMentions: NO_MENTIONS,
    ...(isPrivate ? { flags: MessageFlags.Ephemeral } : {}),
  });
  ctx.logger.debug(
    { platform: 'discord', kind: request.kind, result: answer.result.type, private: isPrivate },
    'answered /http',
  );
}

/** Autocomplete for `/http query`: answered at once from the in-memory core (Discord allows 3 s). */
export async function answerHttpAutocomplete(
  ctx: DiscordContext,
  interaction: AutocompleteInteraction,
): Promise<void> {
  const request = fromAutocomplete(interaction);
  await interaction.respond(autocompleteChoices(ctx.core, request.text, request.locale ?? ctx.defaultLocale));
}
