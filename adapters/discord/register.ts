/**
 * `npm run discord:register`: registers the bot's commands with Discord. Reads DISCORD_TOKEN,
 * DISCORD_APPLICATION_ID and the optional DISCORD_GUILD_ID / DISCORD_API_URL from the environment.
 * Exit 0 when registered, 1 with one clear message otherwise. The token is never printed.
 */
import { loadStartupConfig } from '../../src/loadStartupConfig.js';
import { CommandRegistrationError, registerCommands } from './registerCommands.js';

async function main(): Promise<number> {
  // Same as `npm start`: a local `.env` fills in what the real environment leaves unset.
  const config = loadStartupConfig();
  if (!config) return 1;
  if (!config.discord) {
    console.error('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register the Discord commands.');
    return 1;
  }
  try {
    const result = await registerCommands(config.discord);
    const where = result.scope.kind === 'guild' ? `guild ${result.scope.guildId}` : 'globally';
    console.log(`Registered ${result.commands.length} command(s) ${where}:`);
    for (const command of result.commands) console.log(`  ${command.name} (id ${command.id})`);
    if (result.scope.kind === 'global') {
      console.log('Global commands can take a while to appear in every server.');
    }
    return 0;
  } catch (error) {
    if (error instanceof CommandRegistrationError) {
      console.error(error.message);
      return 1;
    }
    console.error(`Registering the Discord commands failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
