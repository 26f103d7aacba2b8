import type { Card, CardField, CardTextPart } from '../../core/card.js';
import { plainTextOf } from '../../core/cards/cardText.js';
import { newCard } from '../../core/cards/newCard.js';
import type { Locale } from '../../core/locale.js';
import type { Platform } from '../../core/request.js';
import type { ChannelSettings } from '../contracts.js';
import { partsNamingActor, shortenTyped } from './actorMention.js';
import type { SettingsCommand, SettingsParseResult, SettingsSubcommand } from './parseSettingsCommand.js';
import { settingsText as t } from './settingsMessages.js';

/** How a user types the settings command on each platform, for examples. */
const COMMAND_PREFIX: Readonly<Record<Platform, string>> = {
  slack: '/http ',
  discord: '/httpconfig ',
  console: '',
};

const EXAMPLES: Readonly<Record<SettingsSubcommand, string>> = {
  config: 'config',
  daily: 'daily on 08:30 Asia/Seoul',
  auto: 'auto off',
  lang: 'lang en',
};

function languageName(locale: Locale, of: Locale): string {
  return t(locale, of === 'ko' ? 'languageKo' : 'languageEn');
}

function settingsFields(settings: ChannelSettings, locale: Locale, disabledReason?: string): CardField[] {
  const daily = settings.daily.enabled
    ? t(locale, 'dailyOnValue', { time: settings.daily.time, zone: settings.daily.timeZone })
    : t(locale, 'dailyOff');
  const dailyLines = [daily];
  if (!settings.daily.enabled && disabledReason) {
    dailyLines.push(t(locale, 'dailyDisabledByBot', { reason: shortenTyped(disabledReason, 200) }));
  }
  return [
    { label: t(locale, 'languageLabel'), lines: [languageName(locale, settings.locale)], inline: true },
    {
      label: t(locale, 'autoExplainLabel'),
      lines: [t(locale, settings.autoExplain ? 'on' : 'off')],
      inline: true,
    },
    { label: t(locale, 'dailyLabel'), lines: dailyLines },
  ];
}

/** `/http config`: the channel's effective settings and how to change them. */
export function settingsOverviewCard(
  settings: ChannelSettings,
  locale: Locale,
  platform: Platform,
  disabledReason?: string,
): Card {
  return newCard({
    kind: 'settings',
    locale,
    title: t(locale, 'configTitle'),
    accent: 'info',
    fields: settingsFields(settings, locale, disabledReason),
    footer: t(locale, 'configFooter', { prefix: COMMAND_PREFIX[platform] }),
  });
}

/** `daily on`'s confirmation: who turned it on for when, and the day of the first post. */
function dailyOnSummary(
  settings: ChannelSettings,
  user: string,
  locale: Locale,
  firstPost: 'today' | 'tomorrow' | undefined,
): CardTextPart[] {
  const when = { time: settings.daily.time, zone: settings.daily.timeZone };
  const changed = partsNamingActor(user, (who) => t(locale, 'changedDailyOn', { user: who, ...when }));
  if (!firstPost) return changed;
  const first = t(locale, firstPost === 'today' ? 'firstPostToday' : 'firstPostTomorrow', when);
  return [...changed, `\n${first}`];
}

/** What a change says, naming who made it. */
function changedSummary(
  command: Exclude<SettingsCommand, { type: 'show' }>,
  settings: ChannelSettings,
  user: string,
  locale: Locale,
  firstPost: 'today' | 'tomorrow' | undefined,
): CardTextPart[] {
  switch (command.type) {
    case 'dailyOn':
      return dailyOnSummary(settings, user, locale, firstPost);
    case 'dailyOff':
      return partsNamingActor(user, (who) => t(locale, 'changedDailyOff', { user: who }));
    case 'auto':
      return partsNamingActor(user, (who) =>
        t(locale, command.enabled ? 'changedAutoOn' : 'changedAutoOff', { user: who }),
      );
    case 'lang':
      return partsNamingActor(user, (who) =>
        t(locale, 'changedLang', { user: who, language: languageName(locale, command.locale) }),
      );
  }
}

/**
 * The public confirmation of a change; the actor is a structured mention in `summaryParts` (and
 * `fallbackParts`), which each renderer writes as its platform's mention. `firstPost` is the local day
 * of the first daily post, shown for `daily on`.
 */
export function settingsChangedCard(
  command: Exclude<SettingsCommand, { type: 'show' }>,
  settings: ChannelSettings,
  user: string,
  locale: Locale,
  firstPost?: 'today' | 'tomorrow',
): Card {
  const parts = changedSummary(command, settings, user, locale, firstPost);
  const summary = plainTextOf(parts);
  return newCard({
    kind: 'settings',
    locale,
    title: t(locale, 'changedTitle'),
    accent: 'success',
    summary,
    summaryParts: parts,
    fields: settingsFields(settings, locale),
    fallbackText: summary,
    fallbackParts: parts,
  });
}

/** A command that would store what is already stored: said privately, nothing written. */
export function settingsUnchangedCard(settings: ChannelSettings, locale: Locale): Card {
  return newCard({
    kind: 'settings',
    locale,
    title: t(locale, 'unchangedTitle'),
    accent: 'neutral',
    summary: t(locale, 'unchangedSummary'),
    fields: settingsFields(settings, locale),
  });
}

function errorMessage(result: Extract<SettingsParseResult, { ok: false }>, locale: Locale): string {
  const { error } = result;
  switch (error.code) {
    case 'missingSubcommand':
      return t(locale, 'missingSubcommand');
    case 'unknownSubcommand':
      return t(locale, 'unknownSubcommand', { word: shortenTyped(error.word) });
    case 'missingArgument':
      return error.subcommand === 'lang'
        ? t(locale, 'missingLocale')
        : t(locale, 'missingOnOff', { subcommand: error.subcommand });
    case 'badOnOff':
      return t(locale, 'badOnOff', { word: shortenTyped(error.word) });
    case 'badLocale':
      return t(locale, 'badLocale', { word: shortenTyped(error.word) });
    case 'badTime':
      return t(locale, 'badTime', { word: shortenTyped(error.word) });
    case 'badTimeZone':
      return t(locale, 'badTimeZone', { word: shortenTyped(error.word) });
    case 'unexpectedArgument':
      return t(locale, 'unexpectedArgument', {
        subcommand: error.subcommand,
        word: shortenTyped(error.word),
      });
  }
}

/** Bad input: what is wrong and a command that would work, in the user's language. */
export function settingsErrorCard(
  result: Extract<SettingsParseResult, { ok: false }>,
  locale: Locale,
  platform: Platform,
): Card {
  const prefix = COMMAND_PREFIX[platform];
  const examples = result.subcommand
    ? [`${prefix}${EXAMPLES[result.subcommand]}`]
    : Object.values(EXAMPLES).map((example) => `${prefix}${example}`);
  return newCard({
    kind: 'error',
    locale,
    title: t(locale, 'errorTitle'),
    accent: 'warning',
    summary: errorMessage(result, locale),
    fields: [{ label: t(locale, 'exampleLabel'), lines: examples }],
  });
}
