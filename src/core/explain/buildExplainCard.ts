import type { StatusCore } from '../answer.js';
import type { Card, CardChoice, CardLink } from '../card.js';
import { accentForClass } from '../cards/accentColors.js';
import { specLabel } from '../cards/buildCodeCard.js';
import { codeChoice, codeTitle } from '../cards/codeLabel.js';
import { mdnUrl } from '../cards/mdnUrl.js';
import { newCard } from '../cards/newCard.js';
import { classSpecUrl, classSummary, classTitle } from '../cards/statusClassText.js';
import type { StatusClass as ClassNumber, StatusEntry } from '../dataset/schema.js';
import type { StatusDetection } from '../detect/detectStatusCodes.js';
import type { Locale } from '../locale.js';
import { explainText as t } from './explainMessages.js';

/** At most this many codes get a line; the rest are counted ("and 2 more"). */
export const MAX_EXPLAINED_CODES = 3;

/**
 * The short reply under an alert: one line per code (number, English phrase, localized name, summary and
 * the first thing to check), at most three plus "and N more"; for class mentions without a code, one line
 * per class. Points to the full card (`/http 503`) and links the spec and MDN page of the first code.
 * Returns null when there is nothing to explain.
 */
export function buildExplainCard(
  detection: StatusDetection,
  locale: Locale,
  core: Pick<StatusCore, 'get'>,
): Card | null {
  if (detection.codes.length > 0) return codesCard(detection.codes, locale, core);
  if (detection.classes.length > 0) return classesCard(detection.classes, locale);
  return null;
}

function codesCard(codes: readonly number[], locale: Locale, core: Pick<StatusCore, 'get'>): Card {
  const shown = codes.slice(0, MAX_EXPLAINED_CODES);
  const lines = shown.map((code) => codeLine(code, locale, core));
  const hidden = codes.slice(shown.length);
  if (hidden.length > 0) lines.push(t(locale, 'more', { count: hidden.length, codes: hidden.join(', ') }));
  const first = core.get(shown[0]!);
  const related: CardChoice[] = shown.flatMap((code) => {
    const entry = core.get(code);
    return entry ? [codeChoice(entry, locale)] : [];
  });
  const worstClass = Math.max(...shown.map((code) => Math.floor(code / 100))) as ClassNumber;
  const title =
    codes.length === 1 && first
      ? codeTitle(first, locale)
      : hidden.length > 0
        ? t(locale, 'titleManyMore', { codes: shown.join(', '), count: hidden.length })
        : t(locale, 'titleMany', { codes: shown.join(', ') });
  return newCard({
    kind: 'autoExplain',
    locale,
    title,
    ...(first ? { url: first.spec?.url ?? mdnUrl(first, locale) } : {}),
    accent: accentForClass(worstClass),
    description: lines.join('\n'),
    links: first ? entryLinks(first, locale) : [],
    related,
    // The related codes here are the codes explained: what they lead to is each one's full card.
    relatedHeading: t(locale, 'openFullCards'),
    footer: t(locale, 'fullCard', { commands: shown.map((code) => `/http ${code}`).join(' · ') }),
    fallbackText: codes.length === 1 ? (lines[0] ?? title) : title,
  });
}

/** "503 Service Unavailable · 서비스 이용 불가 — summary. 먼저 확인: first check". */
function codeLine(code: number, locale: Locale, core: Pick<StatusCore, 'get'>): string {
  const entry = core.get(code);
  if (entry) {
    const text = entry[locale];
    const check = text.checks[0];
    const summary = `${codeTitle(entry, locale)} — ${text.summary}`;
    return check ? `${summary} ${t(locale, 'firstCheck')}: ${check}` : summary;
  }
  const base = Math.floor(code / 100) * 100;
  return t(locale, 'unregistered', { code, base, baseName: core.get(base)?.name ?? '' });
}

function entryLinks(entry: StatusEntry, locale: Locale): CardLink[] {
  const links: CardLink[] = [];
  if (entry.spec)
    links.push({ label: `${t(locale, 'spec')}: ${specLabel(entry.spec)}`, url: entry.spec.url });
  const mdn = mdnUrl(entry, locale);
  if (mdn) links.push({ label: t(locale, 'mdn'), url: mdn });
  return links;
}

function classesCard(classes: readonly string[], locale: Locale): Card {
  const numbers = classes.map((name) => Number(name[0]) as ClassNumber);
  const lines = numbers.map((n) => `${classTitle(n, locale)} — ${classSummary(n, locale)}`);
  const title = t(locale, 'titleClasses', { classes: classes.join(', ') });
  return newCard({
    kind: 'autoExplain',
    locale,
    title,
    url: classSpecUrl(numbers[0]!),
    accent: accentForClass(Math.max(...numbers) as ClassNumber),
    description: lines.join('\n'),
    links: [{ label: t(locale, 'spec'), url: classSpecUrl(numbers[0]!) }],
    footer: t(locale, 'fullCard', { commands: classes.map((name) => `/http ${name}`).join(' · ') }),
    fallbackText: lines[0] ?? title,
  });
}
