import type { CardChoice } from '../card.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { truncateText } from './truncateText.js';

/** The longest button / option label on any platform (Slack buttons). */
export const CHOICE_LABEL_LIMIT = 75;

/**
 * "503 Service Unavailable · 서비스 이용 불가": the number and the registry's phrase (what shows up in
 * logs) in every locale, then the localized name when it differs.
 */
export function codeTitle(entry: StatusEntry, locale: Locale): string {
  const localized = entry[locale].name;
  const base = `${entry.code} ${entry.name}`;
  return localized.trim().toLowerCase() === entry.name.trim().toLowerCase() ? base : `${base} · ${localized}`;
}

/** A choice for a code, its label within `max` characters. */
export function codeChoice(entry: StatusEntry, locale: Locale, max = CHOICE_LABEL_LIMIT): CardChoice {
  return { code: entry.code, label: truncateText(codeTitle(entry, locale), max) };
}
