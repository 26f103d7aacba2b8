/**
 * The Procfile `release` step, run once per deploy before new processes start: brings the database
 * schema up to date and, when Discord is configured, registers its commands. Exit 0, or 1 with one
 * clear message (never a secret).
 */
import { loadStartupConfig } from './loadStartupConfig.js';
import { openStore } from './store/openStore.js';
import { StoreError } from './store/storeError.js';

async function release(): Promise<number> {
  const config = loadStartupConfig('release: ');
  if (!config) return 1;

  try {
    const store = await openStore({
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      databasePath: config.databasePath,
    });
    const { applied, version } = store.migrations;
    await store.close();
    console.log(
      `release: database schema at version ${version} (${applied.length} migration(s) applied now)`,
    );
  } catch (error) {
    const message = error instanceof StoreError ? `${error.message} [${error.code}]` : String(error);
    console.error(`release: migrations failed: ${message}`);
    return 1;
  }

  if (!config.discord) {
    console.log('release: Discord not configured; no commands to register');
    return 0;
  }
  const { registerCommands } = await import('../adapters/discord/registerCommands.js');
  try {
    const result = await registerCommands(config.discord);
    const where = result.scope.kind === 'guild' ? `guild ${result.scope.guildId}` : 'globally';
    console.log(`release: registered ${result.commands.map((c) => c.name).join(', ')} ${where}`);
    return 0;
  } catch (error) {
    console.error(`release: registering Discord commands failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await release();
