import { compactText, normalizeText } from '../query/normalizeText.js';
import type { HeaderEntry } from './headerSchema.js';

/**
 * Every form a header is looked up by: its name, the names it covers and its aliases in both
 * languages, each normalised ("retry after") and without spaces ("retryafter"), so `Retry-After`,
 * `retry_after` and `retryafter` all find it.
 */
export function headerKeys(header: HeaderEntry): string[] {
  const sources = [header.name, ...(header.covers ?? []), ...header.en.aliases, ...header.ko.aliases];
  const keys = new Set<string>();
  for (const source of sources) {
    const text = normalizeText(source);
    if (text === '') continue;
    keys.add(text);
    keys.add(compactText(text));
  }
  return [...keys];
}
