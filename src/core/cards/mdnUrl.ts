import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';

/**
 * The MDN page to link for a code: the Korean translation on Korean cards where MDN has one (`mdnKo`),
 * the English page otherwise. MDN answers 404 for a /ko/ page nobody translated, so the link is never
 * guessed from the locale alone.
 */
export function mdnUrl(entry: Pick<StatusEntry, 'mdn' | 'mdnKo'>, locale: Locale): string | undefined {
  if (!entry.mdn) return undefined;
  return locale === 'ko' && entry.mdnKo ? entry.mdn.replace('/en-US/', '/ko/') : entry.mdn;
}
