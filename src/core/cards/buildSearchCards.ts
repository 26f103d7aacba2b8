import type { Card, CardChoice, CardHeaderChoice } from '../card.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { codeChoice } from './codeLabel.js';
import { guideText as t } from './guideMessages.js';
import { newCard } from './newCard.js';
import { truncateText } from './truncateText.js';

/** How much of the user's query a card repeats back. */
export const ECHO_LIMIT = 100;
/** How long a candidate's summary may be on a search-result line. */
const SUMMARY_LIMIT = 120;

/**
 * Several codes matched: a short ranked list to pick from. `query` as typed; `readAs`, the Hangul a
 * query typed with the Korean input method off was read as, is what the title then shows.
 */
export function buildAmbiguousCard(
  query: string,
  candidates: readonly StatusEntry[],
  locale: Locale,
  readAs?: string,
): Card {
  const choices = candidates.map((entry) => codeChoice(entry, locale));
  return newCard({
    kind: 'ambiguous',
    locale,
    title: t(locale, 'ambiguousTitle', { query: truncateText(readAs ?? query, ECHO_LIMIT) }),
    accent: 'neutral',
    summary: readAs
      ? t(locale, 'ambiguousReadAsSummary', { typed: truncateText(query, ECHO_LIMIT) })
      : t(locale, 'ambiguousSummary'),
    fields: [
      {
        label: t(locale, 'ambiguousLabel'),
        lines: candidates.map(
          (entry, i) => `${choices[i]!.label} — ${truncateText(entry[locale].summary, SUMMARY_LIMIT)}`,
        ),
        bullets: true,
      },
    ],
    choices,
  });
}

/** Nothing matched: say so, echo the query (capped) and offer the nearest codes if any. */
export function buildNotFoundCard(query: string, suggestions: readonly StatusEntry[], locale: Locale): Card {
  const choices = suggestions.map((entry) => codeChoice(entry, locale));
  return buildMissCard({
    locale,
    title: t(locale, 'notFoundTitle', { query: truncateText(query, ECHO_LIMIT) }),
    summary: t(locale, 'notFoundSummary'),
    suggestionsLabel: t(locale, 'notFoundSuggestions'),
    suggestions: choices.map((c) => c.label),
    choices,
  });
}

/** What a "no match" card says: its title and hint, and the suggestions (as text and as choices). */
export interface MissCardInput {
  locale: Locale;
  title: string;
  summary: string;
  suggestionsLabel: string;
  suggestions: string[];
  choices?: CardChoice[];
  headers?: CardHeaderChoice[];
}

/** A "no match" card: a warning with a hint, and the suggestions as one bulleted field when there are any. */
export function buildMissCard(input: MissCardInput): Card {
  const { suggestionsLabel, suggestions } = input;
  return newCard({
    kind: 'notFound',
    locale: input.locale,
    title: input.title,
    accent: 'warning',
    summary: input.summary,
    fields: suggestions.length > 0 ? [{ label: suggestionsLabel, lines: suggestions, bullets: true }] : [],
    choices: input.choices ?? [],
    headers: input.headers ?? [],
  });
}

/** A number that cannot be a status code (999, 42, 1234567). */
export function buildInvalidNumberCard(value: string, locale: Locale): Card {
  return newCard({
    kind: 'error',
    locale,
    title: t(locale, 'invalidTitle'),
    accent: 'warning',
    summary: t(locale, 'invalidSummary', { value: truncateText(value, 20) }),
    fields: [{ label: t(locale, 'invalidHintLabel'), lines: t(locale, 'invalidHint').split('\n') }],
  });
}
