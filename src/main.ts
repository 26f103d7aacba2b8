/**
 * Process entry (`npm start`, Procfile). Loads `.env`, validates configuration and the dataset, starts
 * whatever the credentials ask for (the console adapter when there are none), and turns SIGTERM/SIGINT
 * into a clean shutdown that exits 0.
 */

import { loadStartupConfig } from './loadStartupConfig.js';
import { createLogger } from './logger.js';
import { startBot } from './startup/startBot.js';

/** SIGTERM must end the process within 10 s (platform contract); leave a margin for the exit itself. */
const SHUTDOWN_DEADLINE_MS = 9_000;

async function main(): Promise<void> {
  const config = loadStartupConfig();
  if (!config) process.exit(1);
  // The console is a conversation in the terminal: JSON log lines on stderr would land in the middle
  // of it. With a platform configured, logs are JSON lines on stderr as usual.
  const consoleMode = !config.slack && !config.discord;
  const logger = createLogger(consoleMode ? 'silent' : config.logLevel);
  const sayInConsole = (text: string) => {
    if (consoleMode) process.stderr.write(`${text}\n`);
  };

  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
    sayInConsole(`Unexpected error: ${reason instanceof Error ? reason.message : String(reason)}`);
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    sayInConsole(`Unexpected error: ${error.message}`);
    process.exit(1);
  });

  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot(config, logger);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    logger.error({ err: error, code }, 'start-up failed');
    process.stderr.write(`Start-up failed: ${message}\n`);
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    force.unref();
    bot
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await bot.finished;
  if (!stopping) shutdown('finished');
}

await main();
