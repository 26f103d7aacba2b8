import type { Logger } from 'pino';
import type { RunningAdapter } from '../app/contracts.js';
import { runningAdapter } from '../app/runningAdapter.js';
import type { AppConfig } from '../config.js';
import { createStatusCore } from '../core/createStatusCore.js';
import { loadDataset } from '../dataset/loadDataset.js';
import { type HealthServer, startHealthServer } from './healthServer.js';

/** Error codes for start-up failures that are the operator's to fix. */
export class StartupError extends Error {
  constructor(
    readonly code: 'DATASET_INVALID',
    message: string,
  ) {
    super(message);
  }
}

/** Validates the dataset, then runs the console adapter (no credentials) or the configured platforms. */
export async function startBot(config: AppConfig, logger: Logger): Promise<RunningAdapter> {
  const dataset = loadDataset();
  if (!dataset.ok) {
    throw new StartupError('DATASET_INVALID', `the dataset is invalid:\n  ${dataset.errors.join('\n  ')}`);
  }
  const core = createStatusCore(dataset.entries, dataset);

  if (!config.slack && !config.discord) {
    const health = config.port !== undefined ? await startHealthServer(config.port, config.host) : undefined;
    return startConsoleBot(core, config, health);
  }
  // Loaded only when a platform is configured: the console never opens a database.
  const { startPlatforms } = await import('./startPlatforms.js');
  return startPlatforms({ config, logger, core });
}

async function startConsoleBot(
  core: ReturnType<typeof createStatusCore>,
  config: AppConfig,
  health: HealthServer | undefined,
): Promise<RunningAdapter> {
  const { runConsole } = await import('../../adapters/console/runConsole.js');
  const finished = runConsole({
    core,
    defaultLocale: config.defaultLocale,
    input: process.stdin,
    output: process.stdout,
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  });
  return runningAdapter({
    endsOnItsOwn: finished.then(() => health?.close()),
    stop: async () => {
      process.stdin.destroy();
      await health?.close();
    },
  });
}
