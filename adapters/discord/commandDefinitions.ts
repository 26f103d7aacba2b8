import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { discordText } from './discordMessages.js';

type TextKey = Parameters<typeof discordText>[1];

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

/** `/httpconfig` subcommand and option names, as the handler reads them. */
export const CONFIG_COMMAND = {
  name: 'httpconfig',
  show: 'show',
  daily: 'daily',
  auto: 'auto',
  lang: 'lang',
  enabledOption: 'enabled',
  timeOption: 'time',
  zoneOption: 'zone',
  languageOption: 'language',
} as const;

/** English name and description, with their Korean localizations, from the message table. */
function named(name: string, nameKey: TextKey | undefined, descriptionKey: TextKey) {
  return {
    name,
    ...(nameKey ? { name_localizations: { ko: discordText('ko', nameKey) } } : {}),
    description: discordText('en', descriptionKey),
    description_localizations: { ko: discordText('ko', descriptionKey) },
  };
}

const enabledOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  ...named(CONFIG_COMMAND.enabledOption, 'enabledOption', 'enabledDescription'),
  required: true,
};

/**
 * `/httpconfig show | daily enabled [time] [zone] | auto enabled | lang language`: channel settings,
 * for server managers only by default (server admins can widen it under Integrations).
 */
export const httpConfigCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  ...named(CONFIG_COMMAND.name, undefined, 'configDescription'),
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      ...named(CONFIG_COMMAND.show, 'configShowName', 'configShowDescription'),
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      ...named(CONFIG_COMMAND.daily, 'configDailyName', 'configDailyDescription'),
      options: [
        enabledOption,
        {
          type: ApplicationCommandOptionType.String,
          ...named(CONFIG_COMMAND.timeOption, 'timeOption', 'timeDescription'),
          required: false,
          max_length: 5,
        },
        {
          type: ApplicationCommandOptionType.String,
          ...named(CONFIG_COMMAND.zoneOption, 'zoneOption', 'zoneDescription'),
          required: false,
          max_length: 64,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      ...named(CONFIG_COMMAND.auto, 'configAutoName', 'configAutoDescription'),
      options: [enabledOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      ...named(CONFIG_COMMAND.lang, 'configLangName', 'configLangDescription'),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          ...named(CONFIG_COMMAND.languageOption, 'languageOption', 'languageDescription'),
          required: true,
          choices: [
            { name: '한국어 (Korean)', value: 'ko' },
            { name: 'English (영어)', value: 'en' },
          ],
        },
      ],
    },
  ],
};

/** The message context menu (right-click a message > Apps) that explains the message's codes. */
export const explainMessageCommand: RESTPostAPIContextMenuApplicationCommandsJSONBody = {
  type: ApplicationCommandType.Message,
  name: discordText('en', 'explainCommand'),
  name_localizations: { ko: discordText('ko', 'explainCommand') },
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};
