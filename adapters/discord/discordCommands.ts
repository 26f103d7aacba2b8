import {
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { answerConfigCommand } from './answerConfigCommand.js';
import { answerExplainMessage } from './answerExplainMessage.js';
import { answerHttpAutocomplete, answerHttpCommand } from './answerHttpCommand.js';
import {
  type CommandDefinition,
  explainMessageCommand,
  httpCommand,
  httpConfigCommand,
} from './commandDefinitions.js';
import type { DiscordContext } from './discordContext.js';

/** A slash command: its definition, what answers it, and its option suggestions when it has any. */
export interface ChatInputCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void>;
  /** Suggestions for an option registered with `autocomplete: true`. */
  autocomplete?(ctx: DiscordContext, interaction: AutocompleteInteraction): Promise<void>;
}

/** A message menu command (right-click a message > Apps). */
export interface MessageMenuCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(ctx: DiscordContext, interaction: MessageContextMenuCommandInteraction): Promise<void>;
}

/**
 * One command as data: what Discord registers, and what answers it. Routing (`chatInputCommand`,
 * `messageMenuCommand`) and registration (`commandDefinitions`) both read `DISCORD_COMMANDS`, so a new
 * command is one entry there.
 */
export type DiscordCommand = ChatInputCommand | MessageMenuCommand;

/** Every command the bot registers and answers, in registration order. */
export const DISCORD_COMMANDS: readonly DiscordCommand[] = [
  { definition: httpCommand, execute: answerHttpCommand, autocomplete: answerHttpAutocomplete },
  { definition: httpConfigCommand, execute: answerConfigCommand },
  { definition: explainMessageCommand, execute: answerExplainMessage },
];

/** What `registerCommands` sends: every command's definition, in registration order. */
export function commandDefinitions(): CommandDefinition[] {
  return DISCORD_COMMANDS.map((command) => command.definition);
}

function isMessageMenu(command: DiscordCommand): command is MessageMenuCommand {
  return command.definition.type === ApplicationCommandType.Message;
}

/** The slash command of that name, or undefined for one this build no longer has. */
export function chatInputCommand(name: string): ChatInputCommand | undefined {
  return DISCORD_COMMANDS.find(
    (command): command is ChatInputCommand => !isMessageMenu(command) && command.definition.name === name,
  );
}

/** The message menu command of that name (a slash command may share the name), or undefined. */
export function messageMenuCommand(name: string): MessageMenuCommand | undefined {
  return DISCORD_COMMANDS.find(
    (command): command is MessageMenuCommand => isMessageMenu(command) && command.definition.name === name,
  );
}
