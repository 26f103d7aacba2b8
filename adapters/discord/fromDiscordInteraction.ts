import type {
  AutocompleteInteraction,
  BaseInteraction,
  ChatInputCommandInteraction,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { Locale } from '../../src/core/locale.js';
import { toLocale } from '../../src/core/locale.js';
import type { BotRequest } from '../../src/core/request.js';
import { HTTP_COMMAND } from './commandDefinitions.js';

/** A `/http` invocation: the neutral request plus Discord's own "only show it to me" switch. */
export interface DiscordCommandRequest {
  request: BotRequest;
  /** The user asked for a private answer (`private:true`). */
  ephemeral: boolean;
}

/** Discord always tells the user's client language: Korean clients get Korean, every other one English. */
export function localeOfDiscordUser(discordLocale: string | null | undefined): Locale {
  return toLocale(discordLocale) === 'ko' ? 'ko' : 'en';
}

function baseRequest(interaction: BaseInteraction, kind: BotRequest['kind'], text: string): BotRequest {
  return {
    kind,
    platform: 'discord',
    text,
    locale: localeOfDiscordUser(interaction.locale),
    user: interaction.user.id,
    // Interactions in a DM carry the DM channel; the fallback only guards a payload without one.
    channel: interaction.channelId ?? `dm:${interaction.user.id}`,
    ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
  };
}

/** `/http query:503 private:true` -> a command request. */
export function fromChatInput(interaction: ChatInputCommandInteraction): DiscordCommandRequest {
  const text = interaction.options.getString(HTTP_COMMAND.queryOption, true);
  const ephemeral = interaction.options.getBoolean(HTTP_COMMAND.privateOption) ?? false;
  return { request: baseRequest(interaction, 'command', text), ephemeral };
}

/** The partially typed value of the focused option -> an autocomplete request. */
export function fromAutocomplete(interaction: AutocompleteInteraction): BotRequest {
  return baseRequest(interaction, 'autocomplete', interaction.options.getFocused());
}

/** A choice in one of the bot's selects -> an action request whose text is the chosen value. */
export function fromStringSelect(interaction: StringSelectMenuInteraction): BotRequest {
  return baseRequest(interaction, 'action', interaction.values[0] ?? '');
}
