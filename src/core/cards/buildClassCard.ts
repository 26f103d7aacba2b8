import type { Card, CardField } from '../card.js';
import type { StatusClass, StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { accentForClass } from './accentColors.js';
import { chunkLines } from './chunkLines.js';
import { codeChoice, codeTitle } from './codeLabel.js';
import { COMMON_CODES } from './commonCodes.js';
import { newCard } from './newCard.js';
import { classSpecUrl, classSummary, classTitle } from './statusClassText.js';
import { statusText as t } from './statusMessages.js';

/** Room per field: under Discord's 1024-character field value with margin for markup. */
export const FIELD_BUDGET = 900;

/** The overview of one class: what it means and the codes in it, registered ones first. */
export function buildClassCard(
  statusClass: StatusClass,
  locale: Locale,
  entries: readonly StatusEntry[],
  lookup: (code: number) => StatusEntry | undefined,
): Card {
  const members = entries.filter((entry) => entry.class === statusClass);
  const registered = members.filter((entry) => entry.status !== 'unofficial');
  const unofficial = members.filter((entry) => entry.status === 'unofficial');
  const fields = [
    ...listFields(
      t(locale, 'registeredCodes'),
      registered.map((entry) => codeTitle(entry, locale)),
    ),
    ...listFields(
      t(locale, 'unofficialCodes'),
      unofficial.map((entry) => `${codeTitle(entry, locale)} (${entry.vendor ?? '?'})`),
    ),
  ];
  return newCard({
    kind: 'class',
    locale,
    title: classTitle(statusClass, locale),
    url: classSpecUrl(statusClass),
    accent: accentForClass(statusClass),
    summary: classSummary(statusClass, locale),
    fields,
    related: COMMON_CODES[statusClass].flatMap((code) => {
      const entry = lookup(code);
      return entry ? [codeChoice(entry, locale)] : [];
    }),
    footer: t(locale, 'classFooter', { example: COMMON_CODES[statusClass][0] ?? statusClass * 100 }),
  });
}

/**
 * The card for a number in 100-599 that nobody registered: the class overview, with a note first
 * that RFC 9110 §15 has clients treat it as the x00 code of its class.
 */
export function buildUnregisteredCard(
  code: number,
  statusClass: StatusClass,
  locale: Locale,
  entries: readonly StatusEntry[],
  lookup: (code: number) => StatusEntry | undefined,
): Card {
  const classCard = buildClassCard(statusClass, locale, entries, lookup);
  const base = lookup(statusClass * 100);
  const note = t(locale, 'unregisteredNote', {
    code,
    base: base ? codeTitle(base, locale) : String(statusClass * 100),
  });
  const title = `${code} · ${classCard.title}`;
  return {
    ...classCard,
    title,
    badges: [t(locale, 'badgeUnregistered')],
    url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
    description: note,
    fallbackText: `${title}: ${note}`,
  };
}

/** A labelled list, split over several fields when it is long ("IANA codes (1/2)"). */
export function listFields(label: string, lines: readonly string[]): CardField[] {
  const chunks = chunkLines(lines, FIELD_BUDGET);
  return chunks.map((chunk, i) => ({
    label: chunks.length > 1 ? `${label} (${i + 1}/${chunks.length})` : label,
    lines: chunk,
  }));
}
