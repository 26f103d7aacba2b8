import type { AppContext } from '../../src/app/contracts.js';

/**
 * What the Slack adapter needs from the app. Settings, auto-explain and the daily poster are optional
 * so the adapter also runs with the core alone (tests, early phases); each feature turns on when its
 * service is present.
 */
export type SlackContext = Pick<AppContext, 'core' | 'logger' | 'defaultLocale'> &
  Partial<Pick<AppContext, 'settings' | 'autoExplain' | 'registerPoster'>>;
