import type { AppContext } from '../../src/app/contracts.js';

/**
 * What the Slack adapter needs from the app. Settings, auto-explain and the daily poster are optional
 * so the adapter also runs with the core alone (tests, early phases); each feature turns on when its
 * service is present.
 */
export type SlackContext = Pick<AppContext, 'core' | 'logger' | 'defaultLocale'> &
  Partial<Pick<AppContext, 'settings' | 'autoExplain' | 'registerPoster'>> & {
    /**
     * How long an answer waits for the channel's language before it uses the default (default
     * `SETTINGS_WAIT_MS`): Slack wants the reply within 3 s, and a slow database must not cost it.
     */
    settingsWaitMs?: number;
  };
