import type { Card, CardField } from '../card.js';
import type { Comparison, ComparisonSide } from '../dataset/comparisonSchema.js';
import type { StatusClass, StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { accentForClass } from './accentColors.js';
import { codeChoice, codeTitle } from './codeLabel.js';
import { compareText as t } from './compareMessages.js';
import { factLines } from './factMessages.js';
import { newCard } from './newCard.js';
import { classTitle } from './statusClassText.js';
import { truncateText } from './truncateText.js';

/** How long a generated column may quote a check from the code's card. */
const CHECK_LIMIT = 220;
const CLASS_KEYS = { 1: 'classOf1', 2: 'classOf2', 3: 'classOf3', 4: 'classOf4', 5: 'classOf5' } as const;

/**
 * Two or three codes side by side, one inline field (a column) per code, in the order asked. With a
 * hand-written comparison each column says what the code means, who sends it, what to check first and
 * when to send it, under the one-line difference; without one, the columns come from each code's card
 * (meaning, retry and SLO facts, the first ops check) under a line on their classes.
 */
export function buildCompareCard(
  entries: readonly StatusEntry[],
  comparison: Comparison | undefined,
  locale: Locale,
): Card {
  const fields: CardField[] = entries.map((entry) => ({
    label: codeTitle(entry, locale),
    lines: comparison
      ? writtenColumn(entry, sideOf(comparison, entry.code, locale), locale)
      : generatedColumn(entry, locale),
    inline: true,
  }));
  const classes = new Set(entries.map((entry) => entry.class));
  const commands = entries.map((entry) => `/http ${entry.code}`).join(' · ');
  return newCard({
    kind: 'compare',
    locale,
    title: entries.map((entry) => `${entry.code} ${entry.name}`).join(' vs '),
    accent: classes.size === 1 ? accentForClass(entries[0]!.class as StatusClass) : 'neutral',
    summary: comparison ? comparison[locale].difference : generatedDifference(entries, locale),
    fields,
    related: entries.map((entry) => codeChoice(entry, locale)),
    footer: t(locale, comparison ? 'footer' : 'generatedFooter', { commands }),
  });
}

function sideOf(comparison: Comparison, code: number, locale: Locale): ComparisonSide {
  return comparison[locale].sides[comparison.codes.indexOf(code)]!;
}

function writtenColumn(entry: StatusEntry, side: ComparisonSide, locale: Locale): string[] {
  return [
    t(locale, 'means', { text: entry[locale].summary }),
    t(locale, 'who', { text: side.who }),
    t(locale, 'checkFirst', { text: side.checkFirst }),
    t(locale, 'sendWhen', { text: side.sendWhen }),
  ];
}

function generatedColumn(entry: StatusEntry, locale: Locale): string[] {
  const [retry, , slo] = factLines(entry, locale);
  const check = entry[locale].checks[0];
  return [
    t(locale, 'means', { text: entry[locale].summary }),
    retry!,
    slo!,
    ...(check ? [t(locale, 'checkFirst', { text: truncateText(check, CHECK_LIMIT) })] : []),
  ];
}

/** Same class: say so. Different classes: what each class blames ("502: a failure on the server side"). */
function generatedDifference(entries: readonly StatusEntry[], locale: Locale): string {
  const classes = new Set(entries.map((entry) => entry.class));
  if (classes.size === 1)
    return t(locale, 'sameClass', { classTitle: classTitle(entries[0]!.class, locale) });
  return entries
    .map((entry) => `${entry.code}: ${t(locale, CLASS_KEYS[entry.class as StatusClass])}`)
    .join(' · ');
}

/** A comparison that cannot be made: too many codes, or codes the dataset does not have (named). */
export function buildCompareRefusedCard(
  reason: 'tooMany' | 'unknownCode',
  values: readonly string[],
  unknown: readonly string[],
  known: readonly StatusEntry[],
  locale: Locale,
): Card {
  const shown = (list: readonly string[]) => truncateText(list.join(', '), 100);
  return newCard({
    kind: 'error',
    locale,
    title:
      reason === 'tooMany'
        ? t(locale, 'tooManyTitle')
        : t(locale, 'unknownTitle', { values: shown(unknown) }),
    accent: 'warning',
    summary:
      reason === 'tooMany'
        ? t(locale, 'tooManySummary', { count: values.length, values: shown(values) })
        : t(locale, 'unknownSummary', { values: shown(unknown) }),
    description: known.length > 0 ? t(locale, 'openCodes') : undefined,
    choices: known.map((entry) => codeChoice(entry, locale)),
  });
}
