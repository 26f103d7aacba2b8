import type { Card } from '../card.js';
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
  return newCard({
    kind: 'notFound',
    locale,
    title: t(locale, 'notFoundTitle', { query: truncateText(query, ECHO_LIMIT) }),
    accent: 'warning',
    summary: t(locale, 'notFoundSummary'),
    fields:
      choices.length > 0
        ? [{ label: t(locale, 'notFoundSuggestions'), lines: choices.map((c) => c.label), bullets: true }]
        : [],
    choices,
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
