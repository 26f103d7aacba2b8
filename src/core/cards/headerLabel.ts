import type { CardHeaderChoice } from '../card.js';
import type { HeaderEntry } from '../dataset/headerSchema.js';
import type { Locale } from '../locale.js';
import { CHOICE_LABEL_LIMIT } from './codeLabel.js';
import { truncateText } from './truncateText.js';

/** "Retry-After · 재시도 시점": the name as sent on the wire, then what it is for. */
export function headerTitle(header: HeaderEntry, locale: Locale): string {
  return `${header.name} · ${header[locale].gloss}`;
}

/** A choice that opens a header card, its label within `max` characters. */
export function headerChoice(
  header: HeaderEntry,
  locale: Locale,
  max = CHOICE_LABEL_LIMIT,
): CardHeaderChoice {
  return { name: header.name, label: truncateText(headerTitle(header, locale), max) };
}

/** Choices for header names as a code entry lists them: known ones only, each card once, in order. */
export function headerChoices(
  names: readonly string[],
  locale: Locale,
  findHeader: (name: string) => HeaderEntry | undefined,
): CardHeaderChoice[] {
  const seen = new Set<HeaderEntry>();
  const choices: CardHeaderChoice[] = [];
  for (const name of names) {
    const header = findHeader(name);
    if (!header || seen.has(header)) continue;
    seen.add(header);
    choices.push(headerChoice(header, locale));
  }
  return choices;
}
