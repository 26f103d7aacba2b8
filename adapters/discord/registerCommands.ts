import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../src/config.js';
import type { CommandDefinition } from './commandDefinitions.js';
import { commandDefinitions } from './discordCommands.js';

/** What Discord answered after a registration: where the commands went and their ids. */
export interface RegisteredCommands {
  scope: { kind: 'guild'; guildId: string } | { kind: 'global' };
  commands: { id: string; name: string; type: number }[];
}

/** A registration that Discord refused or could not be reached; `message` is safe to print. */
export class CommandRegistrationError extends Error {
  constructor(
    readonly code: 'DISCORD_AUTH_FAILED' | 'DISCORD_REGISTER_FAILED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CommandRegistrationError';
  }
}

/** Guild commands reject the install/context fields that only global commands may carry. */
function forGuild(definition: CommandDefinition): CommandDefinition {
  const { contexts: _contexts, integration_types: _types, dm_permission: _dm, ...rest } = definition;
  return rest as CommandDefinition;
}

/**
 * Replaces the application's commands with `commandDefinitions()` (PUT, so removed commands disappear):
 * to one guild when `config.guildId` is set (instant, for development), otherwise globally.
 */
export async function registerCommands(
  config: DiscordConfig,
  definitions: CommandDefinition[] = commandDefinitions(),
): Promise<RegisteredCommands> {
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const body = config.guildId ? definitions.map(forGuild) : definitions;
  try {
    const answer = (await rest.put(route, { body })) as { id: string; name: string; type: number }[];
    return {
      scope: config.guildId ? { kind: 'guild', guildId: config.guildId } : { kind: 'global' },
      commands: answer.map(({ id, name, type }) => ({ id, name, type })),
    };
  } catch (error) {
    throw toRegistrationError(error);
  }
}

function toRegistrationError(error: unknown): CommandRegistrationError {
  if (error instanceof DiscordAPIError || hasStatus(error)) {
    const status = (error as { status: number }).status;
    if (status === 401) {
      return new CommandRegistrationError(
        'DISCORD_AUTH_FAILED',
        'Discord rejected the bot token (401). Check DISCORD_TOKEN in the Developer Portal (Bot > Reset Token).',
        { cause: error },
      );
    }
    if (status === 403 || status === 404) {
      return new CommandRegistrationError(
        'DISCORD_REGISTER_FAILED',
        `Discord refused the registration (${status}). Check DISCORD_APPLICATION_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.`,
        { cause: error },
      );
    }
    return new CommandRegistrationError(
      'DISCORD_REGISTER_FAILED',
      `Discord refused the registration (${status}): ${(error as Error).message}`,
      { cause: error },
    );
  }
  return new CommandRegistrationError(
    'DISCORD_REGISTER_FAILED',
    `Could not reach Discord to register the commands: ${(error as Error)?.message ?? String(error)}`,
    { cause: error },
  );
}

function hasStatus(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'
  );
}
