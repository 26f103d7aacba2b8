import type { Logger } from 'pino';
import { composeServices } from '../app/composeServices.js';
import type { RunningAdapter } from '../app/contracts.js';
import { runningAdapter } from '../app/runningAdapter.js';
import type { AppConfig } from '../config.js';
import type { StatusCore } from '../core/answer.js';
import { openStore } from '../store/openStore.js';
import { type HealthServer, startHealthServer } from './healthServer.js';

/**
 * Opens the store, builds the shared services and starts each platform whose credentials are set.
 * Each SDK is loaded with a dynamic import so a Discord-only bot never pays for Bolt and vice versa.
 */
export async function startPlatforms(deps: {
  config: AppConfig;
  logger: Logger;
  core: StatusCore;
}): Promise<RunningAdapter> {
  const { config, logger, core } = deps;
  const store = await openStore({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    databasePath: config.databasePath,
    logger,
  });
  const { ctx, scheduler } = composeServices({ config, logger, core, store });

  const started: RunningAdapter[] = [];
  let health: HealthServer | undefined;
  try {
    if (config.slack) {
      const { startSlack } = await import('../../adapters/slack/startSlack.js');
      const httpMode = config.slack.appToken === undefined;
      const slack = await startSlack(
        ctx,
        config.slack,
        httpMode ? { port: config.port ?? 3000, host: config.host } : undefined,
      );
      started.push(slack);
      logger.info({ mode: httpMode ? 'http' : 'socket', port: slack.port }, 'slack connected');
    }
    if (config.discord) {
      const { startDiscord } = await import('../../adapters/discord/startDiscord.js');
      started.push(await startDiscord(ctx, config.discord));
      logger.info('discord connected');
    }
    const slackServesHealth = config.slack !== undefined && config.slack.appToken === undefined;
    if (config.port !== undefined && !slackServesHealth) {
      health = await startHealthServer(config.port, config.host);
      logger.info({ port: health.port }, 'health server listening');
    }
  } catch (error) {
    await Promise.allSettled(started.map((s) => s.stop()));
    await store.close();
    throw error;
  }

  // The first tick catches up on posts due earlier today; later ones run every minute.
  void scheduler.start();

  return runningAdapter({
    stop: async () => {
      // Stop taking work first, then let in-flight work finish, then close the database.
      await scheduler.stop();
      await Promise.allSettled(started.map((s) => s.stop()));
      await health?.close();
      await store.close();
    },
  });
}
