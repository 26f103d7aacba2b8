import type { Locale } from '../../src/core/locale.js';
import type { SlackContext } from './slackContext.js';

/**
 * How long an answer waits for the channel's settings. Slack shows an error when a slash command or
 * button gets no reply within 3 s; the database's own query timeout is longer than that.
 */
export const SETTINGS_WAIT_MS = 1_500;

/**
 * The language a channel is answered in when the query names none: the channel's setting when the
 * settings service is wired, else `DEFAULT_LOCALE`. A failing or slow settings store must not stop
 * answers, so after an error, or `settingsWaitMs` without a reply, it falls back to the default and logs.
 */
export async function channelLocale(ctx: SlackContext, channel: string): Promise<Locale> {
  if (!ctx.settings || channel === '') return ctx.defaultLocale;
  const pending = ctx.settings.get('slack', channel);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ctx.settingsWaitMs ?? SETTINGS_WAIT_MS);
  });
  try {
    const settings = await Promise.race([pending, late]);
    if (settings !== 'late') return settings.locale;
    // Still answered later or failed later: either way nobody is waiting for it any more.
    pending.catch(() => undefined);
    ctx.logger.warn({ channel }, 'slack: channel settings are slow, answering in the default locale');
    return ctx.defaultLocale;
  } catch (error) {
    ctx.logger.warn({ err: error, channel }, 'slack: channel settings unavailable, using the default locale');
    return ctx.defaultLocale;
  } finally {
    clearTimeout(timer);
  }
}
