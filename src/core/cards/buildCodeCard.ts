import type { Card, CardField, CardLink } from '../card.js';
import type { HeaderEntry } from '../dataset/headerSchema.js';
import type { StatusClass, StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { accentForClass } from './accentColors.js';
import { codeChoice, codeTitle } from './codeLabel.js';
import { factLines, factsLabel } from './factMessages.js';
import { headerChoices } from './headerLabel.js';
import { mdnUrl } from './mdnUrl.js';
import { newCard } from './newCard.js';
import { classTitle } from './statusClassText.js';
import { statusText as t } from './statusMessages.js';

/**
 * The full card of one status code. `lookup` resolves related codes and `findHeader` the header names
 * it lists (unknown ones are skipped: no card to open).
 */
export function buildCodeCard(
  entry: StatusEntry,
  locale: Locale,
  lookup: (code: number) => StatusEntry | undefined,
  findHeader: (name: string) => HeaderEntry | undefined = () => undefined,
): Card {
  const text = entry[locale];
  const mdn = mdnUrl(entry, locale);
  const links: CardLink[] = [];
  if (entry.spec) links.push({ label: specLabel(entry.spec), url: entry.spec.url });
  if (mdn) links.push({ label: t(locale, 'mdn'), url: mdn });
  return newCard({
    kind: 'code',
    locale,
    title: codeTitle(entry, locale),
    url: entry.spec?.url ?? mdn,
    accent: accentForClass(entry.class as StatusClass),
    badges: statusBadges(entry, locale),
    summary: text.summary,
    description: text.description,
    fields: codeFields(entry, locale),
    links,
    related: entry.related.flatMap((code) => {
      const other = lookup(code);
      return other ? [codeChoice(other, locale)] : [];
    }),
    headers: headerChoices(entry.headers, locale, findHeader),
    footer: t(locale, 'codeFooter', { classTitle: classTitle(entry.class, locale), code: entry.code }),
  });
}

function codeFields(entry: StatusEntry, locale: Locale): CardField[] {
  const text = entry[locale];
  const fields: CardField[] = [
    { label: factsLabel(locale), lines: factLines(entry, locale) },
    { label: t(locale, 'causes'), lines: text.causes, bullets: true },
    { label: t(locale, 'checks'), lines: text.checks, bullets: true },
    { label: t(locale, 'clientChecks'), lines: text.clientChecks, bullets: true },
  ];
  if (entry.headers.length > 0) {
    fields.push({ label: t(locale, 'headers'), lines: [entry.headers.join(', ')], inline: true });
  }
  if (entry.spec) fields.push({ label: t(locale, 'spec'), lines: [specLabel(entry.spec)], inline: true });
  if (entry.formerNames && entry.formerNames.length > 0) {
    fields.push({
      label: t(locale, 'formerNames'),
      lines: entry.formerNames.map((former) => `${former.name} (${former.source})`),
      inline: true,
    });
  }
  if (entry.otherMeanings && entry.otherMeanings.length > 0) {
    fields.push({
      label: t(locale, 'otherMeanings'),
      lines: entry.otherMeanings.map((other) => `${other.vendor}: ${other[locale]}`),
      bullets: true,
    });
  }
  return fields;
}

/** Status flags: nothing for a plain standard code; an Experimental RFC is flagged beside the status. */
export function statusBadges(entry: StatusEntry, locale: Locale): string[] {
  const status = statusBadge(entry, locale);
  const badges = status ? [status] : [];
  if (entry.experimental) badges.push(t(locale, 'badgeExperimental'));
  return badges;
}

function statusBadge(entry: StatusEntry, locale: Locale): string | undefined {
  switch (entry.status) {
    case 'deprecated':
      return t(locale, 'badgeDeprecated');
    case 'unused':
      return t(locale, 'badgeUnused');
    case 'obsoleted':
      return t(locale, 'badgeObsoleted');
    case 'temporary':
      return t(locale, 'badgeTemporary');
    case 'unofficial':
      return t(locale, 'badgeUnofficial', { vendor: entry.vendor ?? '?' });
    default:
      return undefined;
  }
}

/** "RFC 9110 §15.6.4". */
export function specLabel(spec: NonNullable<StatusEntry['spec']>): string {
  return `${spec.title} §${spec.section}`;
}
