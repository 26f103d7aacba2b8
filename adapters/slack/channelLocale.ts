import type { Locale } from '../../src/core/locale.js';
import type { SlackContext } from './slackContext.js';

/**
 * The language a channel is answered in when the query names none: the channel's setting when the
 * settings service is wired, else `DEFAULT_LOCALE`. A failing settings store must not stop answers,
 * so it falls back to the default and logs.
 */
export async function channelLocale(ctx: SlackContext, channel: string): Promise<Locale> {
  if (!ctx.settings || channel === '') return ctx.defaultLocale;
  try {
    return (await ctx.settings.get('slack', channel)).locale;
  } catch (error) {
    ctx.logger.warn({ err: error, channel }, 'slack: channel settings unavailable, using the default locale');
    return ctx.defaultLocale;
  }
}
