import type { Card, CardTextPart } from '../card.js';
import { statusText } from './statusMessages.js';

/** The heading a card's related codes sit under: the card's own, or the core's "Related codes". */
export function relatedHeadingOf(card: Card): string {
  return card.relatedHeading ?? statusText(card.locale, 'related');
}

/** The heading a card's header choices sit under ("Header cards"), decided by the core. */
export function headersHeadingOf(card: Card): string {
  return statusText(card.locale, 'headerCards');
}

/**
 * Renders card text pieces for one platform: `text` escapes plain pieces, `mention` writes a person.
 * Plain text stays plain text: a typed `<@U1>` or `@{U1}` is escaped like any other text.
 */
export function renderTextParts(
  parts: readonly CardTextPart[],
  text: (plain: string) => string,
  mention: (userId: string) => string,
): string {
  return parts.map((part) => (typeof part === 'string' ? text(part) : mention(part.mention))).join('');
}

/** The plain reading of text parts: each person as `@userId`. */
export function plainTextOf(parts: readonly CardTextPart[]): string {
  return renderTextParts(
    parts,
    (plain) => plain,
    (userId) => `@${userId}`,
  );
}
