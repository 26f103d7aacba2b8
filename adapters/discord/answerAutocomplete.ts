import type { AutocompleteInteraction } from 'discord.js';
import { autocompleteChoices } from './autocompleteChoices.js';
import type { DiscordContext } from './discordContext.js';
import { fromAutocomplete } from './fromDiscordInteraction.js';

/** Autocomplete for `/http query`: answered at once from the in-memory core (Discord allows 3 s). */
export async function answerAutocomplete(
  ctx: DiscordContext,
  interaction: AutocompleteInteraction,
): Promise<void> {
  const request = fromAutocomplete(interaction);
  await interaction.respond(autocompleteChoices(ctx.core, request.text, request.locale ?? ctx.defaultLocale));
}
