import type {
  AutocompleteInteraction,
  BaseInteraction,
  ChatInputCommandInteraction,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { SettingsActor } from '../../src/app/contracts.js';
import type { TypedSettingsCommand } from '../../src/app/settings/parseSettingsCommand.js';
import type { Locale } from '../../src/core/locale.js';
import { toLocale } from '../../src/core/locale.js';
import type { BotRequest } from '../../src/core/request.js';
import { CONFIG_COMMAND, HTTP_COMMAND } from './commandDefinitions.js';

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

/** A `/httpconfig` invocation as the settings service takes it. */
export interface DiscordSettingsRequest {
  request: BotRequest;
  /** The subcommand and its options, typed as Discord gave them (no words in between). */
  command: TypedSettingsCommand;
  actor: SettingsActor;
}

function typedSettingsCommand(interaction: ChatInputCommandInteraction): TypedSettingsCommand {
  const { options } = interaction;
  const enabled = () => options.getBoolean(CONFIG_COMMAND.enabledOption, true);
  // An option left blank counts as not given, as an empty environment variable does.
  const given = (name: string) => options.getString(name)?.trim() || undefined;
  switch (options.getSubcommand(true)) {
    case CONFIG_COMMAND.daily: {
      const time = given(CONFIG_COMMAND.timeOption);
      const timeZone = given(CONFIG_COMMAND.zoneOption);
      return {
        subcommand: 'daily',
        enabled: enabled(),
        ...(time ? { time } : {}),
        ...(timeZone ? { timeZone } : {}),
      };
    }
    case CONFIG_COMMAND.auto:
      return { subcommand: 'auto', enabled: enabled() };
    case CONFIG_COMMAND.lang:
      return { subcommand: 'lang', language: options.getString(CONFIG_COMMAND.languageOption, true) };
    default:
      return { subcommand: 'config' };
  }
}

/** `/httpconfig daily enabled:true time:08:30` -> the typed command, the actor, and the neutral request. */
export function fromConfigCommand(interaction: ChatInputCommandInteraction): DiscordSettingsRequest {
  const command = typedSettingsCommand(interaction);
  const request = baseRequest(interaction, 'command', command.subcommand);
  return {
    request,
    command,
    actor: {
      platform: 'discord',
      channel: request.channel,
      user: request.user,
      ...(request.workspace ? { workspace: request.workspace } : {}),
    },
  };
}
