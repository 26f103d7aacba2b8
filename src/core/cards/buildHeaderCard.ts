import type { Card, CardField, CardLink } from '../card.js';
import type { HeaderEntry } from '../dataset/headerSchema.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { codeChoice } from './codeLabel.js';
import { headerChoices, headerTitle } from './headerLabel.js';
import { headerText as t } from './headerMessages.js';
import { newCard } from './newCard.js';

/**
 * The card of one header: what it says, its syntax with an example, the status codes it goes with and
 * how, common mistakes, and where it is defined. Those codes are the card's related codes; the headers
 * to read next are its header choices.
 */
export function buildHeaderCard(
  header: HeaderEntry,
  locale: Locale,
  lookup: (code: number) => StatusEntry | undefined,
  findHeader: (name: string) => HeaderEntry | undefined,
): Card {
  const text = header[locale];
  const links = headerLinks(header, locale);
  const codes = header.codes.flatMap((use) => {
    const entry = lookup(use.code);
    return entry ? [{ entry, how: use[locale] }] : [];
  });
  const fields: CardField[] = [
    { label: t(locale, 'syntax'), lines: [header.syntax, t(locale, 'example', { example: header.example })] },
  ];
  if (codes.length > 0) {
    fields.push({
      label: t(locale, 'codes'),
      lines: codes.map(({ entry, how }) => `${entry.code} ${entry.name}: ${how}`),
      bullets: true,
    });
  }
  fields.push({ label: t(locale, 'mistakes'), lines: text.mistakes, bullets: true });
  if (header.spec) fields.push({ label: t(locale, 'spec'), lines: [specLabel(header.spec)], inline: true });
  return newCard({
    kind: 'header',
    locale,
    title: headerTitle(header, locale),
    url: links[0]?.url,
    accent: 'info',
    badges: headerBadges(header, locale),
    summary: text.summary,
    description: text.description,
    fields,
    links,
    related: codes.map(({ entry }) => codeChoice(entry, locale)),
    headers: headerChoices(header.related, locale, findHeader),
    footer: t(locale, 'footer', { name: header.name.toLowerCase() }),
  });
}

/** Direction, then how standard it is (nothing for an RFC-defined header). */
function headerBadges(header: HeaderEntry, locale: Locale): string[] {
  const badges = [t(locale, header.direction)];
  if (header.vendor) badges.push(t(locale, 'vendor', { vendor: header.vendor }));
  else if (!header.spec) badges.push(t(locale, 'deFacto'));
  else if (!header.spec.url.startsWith('https://www.rfc-editor.org/')) badges.push(t(locale, 'draft'));
  return badges;
}

/** Spec, then vendor docs, then MDN: the Korean MDN page only where MDN has one. */
function headerLinks(header: HeaderEntry, locale: Locale): CardLink[] {
  const links: CardLink[] = [];
  if (header.spec) links.push({ label: specLabel(header.spec), url: header.spec.url });
  if (header.docs) {
    const label = header.vendor ? t(locale, 'docs', { vendor: header.vendor }) : t(locale, 'docsGeneric');
    links.push({ label, url: header.docs });
  }
  if (header.mdn) {
    const korean = locale === 'ko' && header.mdn.ko;
    links.push({
      label: t(locale, korean || locale === 'en' ? 'mdn' : 'mdnEnglish'),
      url: korean ? header.mdn.url.replace('/en-US/', '/ko/') : header.mdn.url,
    });
  }
  return links;
}

/** "RFC 9110 §10.2.3", or the draft's name alone. */
function specLabel(spec: NonNullable<HeaderEntry['spec']>): string {
  return spec.section ? `${spec.title} §${spec.section}` : spec.title;
}
