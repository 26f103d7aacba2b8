import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { StatusCore } from '../core/answer.js';
import type { Store } from '../store/store.js';
import { createAutoExplainService } from './autoExplain/createAutoExplainService.js';
import type { AppContext, SettingsService } from './contracts.js';
import { createPosterRegistry } from './posterRegistry.js';
import { createDailyScheduler, type DailyScheduler } from './scheduler/createDailyScheduler.js';
import { createSettingsService } from './settings/createSettingsService.js';

/** The app's shared services around one store, before any adapter connects. */
export interface ComposedServices {
  /** What each adapter receives. */
  ctx: AppContext;
  settings: SettingsService;
  /** Created but not started: start it once the adapters have registered their posters. */
  scheduler: DailyScheduler;
}

/** What composition needs; `now` and `sleep` exist so end-to-end tests can move time themselves. */
export interface ComposeOptions {
  config: AppConfig;
  logger: Logger;
  core: StatusCore;
  store: Store;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Wires settings, auto-explain, the poster registry and the daily scheduler around a store. The one
 * place this wiring lives: production (`startPlatforms`) and the end-to-end tests both call it.
 */
export function composeServices(options: ComposeOptions): ComposedServices {
  const { config, logger, core, store } = options;
  const settings = createSettingsService({
    store,
    defaults: {
      locale: config.defaultLocale,
      autoExplain: config.autoExplain,
      dailyTime: config.dailyTime,
      dailyTimeZone: config.dailyTimeZone,
    },
    ...(options.now ? { now: options.now } : {}),
  });
  const autoExplain = createAutoExplainService({
    core,
    enabled: config.autoExplain,
    cooldownMinutes: config.autoExplainCooldownMinutes,
    isChannelEnabled: async (platform, channel) => (await settings.get(platform, channel)).autoExplain,
    channelLocale: async (platform, channel) => (await settings.get(platform, channel)).locale,
    // Instances on one database explain each code in a channel once per cooldown between them.
    shared: { store, logger },
    ...(options.now ? { now: options.now } : {}),
  });
  const posters = createPosterRegistry();
  const scheduler = createDailyScheduler({
    store,
    core,
    logger,
    defaultLocale: config.defaultLocale,
    posters: (platform) => posters.get(platform),
    ...(options.now ? { now: options.now } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const ctx: AppContext = {
    core,
    logger,
    defaultLocale: config.defaultLocale,
    settings,
    autoExplain,
    registerPoster: posters.register,
  };
  return { ctx, settings, scheduler };
}
