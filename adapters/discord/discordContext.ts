import type { AppContext } from '../../src/app/contracts.js';

/**
 * What the Discord adapter needs from the app. The core, a logger and the default locale are always
 * there; auto-explain, settings and the daily poster seam light up features when the app provides them.
 */
export type DiscordContext = Pick<AppContext, 'core' | 'logger' | 'defaultLocale'> &
  Partial<Pick<AppContext, 'settings' | 'autoExplain' | 'registerPoster'>>;
