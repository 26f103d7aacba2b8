import type { Card, CardField } from '../card.js';
import type { HeaderEntry } from '../dataset/headerSchema.js';
import type { Locale } from '../locale.js';
import { FIELD_BUDGET } from './buildClassCard.js';
import { buildMissCard, ECHO_LIMIT } from './buildSearchCards.js';
import { chunkLines } from './chunkLines.js';
import { headerChoice, headerTitle } from './headerLabel.js';
import { headerText as t } from './headerMessages.js';
import { newCard } from './newCard.js';
import { truncateText } from './truncateText.js';

const GROUPS = [
  ['request', 'listRequest'],
  ['response', 'listResponse'],
  ['both', 'listBoth'],
] as const;

/** Every header card, grouped by who sends the header. */
export function buildHeaderListCard(headers: readonly HeaderEntry[], locale: Locale): Card {
  const fields: CardField[] = GROUPS.flatMap(([direction, label]) => {
    const names = headers
      .filter((header) => header.direction === direction)
      .map((header) => header.name)
      .sort((a, b) => a.localeCompare(b, 'en'));
    return chunkLines(names, FIELD_BUDGET).map((chunk) => ({
      label: t(locale, label),
      lines: [chunk.join(', ')],
    }));
  });
  return newCard({
    kind: 'list',
    locale,
    title: t(locale, 'listTitle', { count: headers.length }),
    accent: 'info',
    summary: t(locale, 'listSummary'),
    fields,
  });
}

/** No header has that name: say so, echo the name (capped) and offer the closest ones. */
export function buildHeaderNotFoundCard(
  query: string,
  suggestions: readonly HeaderEntry[],
  locale: Locale,
): Card {
  return buildMissCard({
    locale,
    title: t(locale, 'notFoundTitle', { query: truncateText(query, ECHO_LIMIT) }),
    summary: t(locale, 'notFoundSummary'),
    suggestionsLabel: t(locale, 'notFoundSuggestions'),
    suggestions: suggestions.map((header) => headerTitle(header, locale)),
    headers: suggestions.map((header) => headerChoice(header, locale)),
  });
}
