import type { Locale } from '../../core/locale.js';
import type { Platform } from '../../core/request.js';
import type { ChannelSettingsPatch, Store, StoredChannelSettings } from '../../store/store.js';
import type { ChannelSettings, SettingsActor, SettingsOutcome, SettingsService } from '../contracts.js';
import { firstDailyPostDay } from '../scheduler/dailyScheduleStart.js';
import {
  checkTypedSettingsCommand,
  parseSettingsCommand,
  type SettingsCommand,
  type SettingsParseResult,
} from './parseSettingsCommand.js';
import {
  settingsChangedCard,
  settingsErrorCard,
  settingsOverviewCard,
  settingsUnchangedCard,
} from './settingsCards.js';

/** The deployment defaults a channel has until someone changes it (`DEFAULT_LOCALE`, `AUTO_EXPLAIN`, ...). */
export interface SettingsDefaults {
  locale: Locale;
  autoExplain: boolean;
  dailyTime: string;
  dailyTimeZone: string;
}

/** The options of `createSettingsService`. */
export interface SettingsServiceOptions {
  store: Store;
  defaults: SettingsDefaults;
  /**
   * The clock that stamps when a daily schedule takes effect and tells "first post: today / tomorrow";
   * pass the scheduler's clock (default: the system clock).
   */
  now?: () => Date;
}

type Change = Exclude<SettingsCommand, { type: 'show' }>;

/** The stored values laid over the defaults. */
export function effectiveSettings(
  stored: StoredChannelSettings | undefined,
  defaults: SettingsDefaults,
): ChannelSettings {
  return {
    locale: stored?.locale ?? defaults.locale,
    autoExplain: stored?.autoExplain ?? defaults.autoExplain,
    daily: {
      enabled: stored?.dailyEnabled ?? false,
      time: stored?.dailyTime ?? defaults.dailyTime,
      timeZone: stored?.dailyTimeZone ?? defaults.dailyTimeZone,
    },
  };
}

/** What to store for a change, or undefined when it would store what is already in effect. */
function patchFor(
  change: Change,
  current: ChannelSettings,
  stored: StoredChannelSettings | undefined,
  at: Date,
): ChannelSettingsPatch | undefined {
  switch (change.type) {
    case 'dailyOn': {
      const time = change.time ?? current.daily.time;
      const timeZone = change.timeZone ?? current.daily.timeZone;
      const same =
        current.daily.enabled && current.daily.time === time && current.daily.timeZone === timeZone;
      if (same) return undefined;
      // The post goes out in the language the channel sees now, even if DEFAULT_LOCALE changes later.
      return {
        daily: { enabled: true, time, timeZone, since: at },
        ...(stored?.locale === undefined ? { locale: current.locale } : {}),
      };
    }
    case 'dailyOff':
      return current.daily.enabled ? { daily: { enabled: false } } : undefined;
    case 'auto':
      return current.autoExplain === change.enabled ? undefined : { autoExplain: change.enabled };
    case 'lang':
      return current.locale === change.locale ? undefined : { locale: change.locale };
  }
}

/**
 * Channel settings over the store: `get` merges stored values over the defaults; `apply` parses and
 * applies `config | daily on [HH:MM] [Zone] | daily off | auto on|off | lang ko|en` given as words, and
 * `applyTyped` the same commands given as typed options; both check values the same way. Bad input yields an
 * error card and stores nothing. A store failure rejects (the adapter answers with its apology).
 */
export function createSettingsService(options: SettingsServiceOptions): SettingsService {
  const { store, defaults } = options;
  const now = options.now ?? (() => new Date());

  async function get(platform: Platform, channel: string): Promise<ChannelSettings> {
    return effectiveSettings(await store.getChannelSettings(platform, channel), defaults);
  }

  async function applyParsed(
    parsed: SettingsParseResult,
    actor: SettingsActor,
    locale: Locale,
  ): Promise<SettingsOutcome> {
    if (!parsed.ok) return { card: settingsErrorCard(parsed, locale, actor.platform), changed: false };

    const stored = await store.getChannelSettings(actor.platform, actor.channel);
    const current = effectiveSettings(stored, defaults);
    const command = parsed.command;
    if (command.type === 'show') {
      return {
        card: settingsOverviewCard(current, locale, actor.platform, stored?.dailyDisabledReason),
        changed: false,
      };
    }

    const at = now();
    const patch = patchFor(command, current, stored, at);
    if (!patch) return { card: settingsUnchangedCard(current, locale), changed: false };

    const saved = await store.upsertChannelSettings(
      {
        platform: actor.platform,
        channel: actor.channel,
        ...(actor.workspace ? { workspace: actor.workspace } : {}),
      },
      patch,
      actor.user,
    );
    const effective = effectiveSettings(saved, defaults);
    const firstPost =
      command.type === 'dailyOn'
        ? firstDailyPostDay(at, effective.daily.time, effective.daily.timeZone)
        : undefined;
    return {
      card: settingsChangedCard(command, effective, actor.user, locale, firstPost),
      changed: true,
    };
  }

  return {
    get,
    apply: (words, actor, locale) => applyParsed(parseSettingsCommand(words), actor, locale),
    applyTyped: (command, actor, locale) => applyParsed(checkTypedSettingsCommand(command), actor, locale),
  };
}
