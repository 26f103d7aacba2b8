import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { discordText } from './discordMessages.js';

/** The slash command's name, and the names of its options, as the handlers read them. */
export const HTTP_COMMAND = {
  name: 'http',
  queryOption: 'query',
  privateOption: 'private',
} as const;

/** A command definition as Discord's REST API takes it. */
export type CommandDefinition =
  | RESTPostAPIChatInputApplicationCommandsJSONBody
  | RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** `/http query:<text> [private:<bool>]`, usable in servers and in the bot's DMs. */
export const httpCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: HTTP_COMMAND.name,
  description: discordText('en', 'commandDescription'),
  description_localizations: { ko: discordText('ko', 'commandDescription') },
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: HTTP_COMMAND.queryOption,
      name_localizations: { ko: discordText('ko', 'queryOption') },
      description: discordText('en', 'queryDescription'),
      description_localizations: { ko: discordText('ko', 'queryDescription') },
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: HTTP_COMMAND.privateOption,
      name_localizations: { ko: discordText('ko', 'privateOption') },
      description: discordText('en', 'privateDescription'),
      description_localizations: { ko: discordText('ko', 'privateDescription') },
      required: false,
    },
  ],
};

/** Every command the bot registers, in registration order. */
export function commandDefinitions(): CommandDefinition[] {
  return [httpCommand];
}
