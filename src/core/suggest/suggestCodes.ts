import type { CardChoice } from '../card.js';
import { codeChoice } from '../cards/codeLabel.js';
import { COMMON_CODES } from '../cards/commonCodes.js';
import type { StatusEntry } from '../dataset/schema.js';
import type { Locale } from '../locale.js';
import { compactText, MAX_QUERY_LENGTH, normalizeText } from '../query/normalizeText.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { searchTypedQuery } from '../search/searchTypedQuery.js';

/** Autocomplete platforms (Discord) take at most 25 choices of at most 100 characters. */
export const MAX_SUGGEST = 25;
export const SUGGEST_LABEL_LIMIT = 100;

/**
 * Choices for a partially typed query, best first: codes starting with the digits typed ("50" ->
 * 500-509), then names and aliases starting with the text ("gat" -> gateway codes), then any code
 * whose words match, then fuzzy matches, initial consonants ("ㄱㅇ") and Latin keys typed with the Korean
 * input method off ("rpdl"). Empty input lists the most common codes.
 */
export function suggestCodes(
  index: SearchIndex,
  partial: string,
  locale: Locale,
  limit = MAX_SUGGEST,
): CardChoice[] {
  const max = Math.max(0, Math.min(MAX_SUGGEST, Math.floor(Number.isFinite(limit) ? limit : MAX_SUGGEST)));
  if (max === 0) return [];
  const typed = partial.slice(0, MAX_QUERY_LENGTH);
  const text = normalizeText(typed).replace(/^http\s+/, '');
  const picked = new Map<number, StatusEntry>();
  const add = (entry: StatusEntry | undefined) => {
    if (entry && picked.size < max && !picked.has(entry.code)) picked.set(entry.code, entry);
  };
  if (text === '') {
    for (const codes of Object.values(COMMON_CODES)) for (const code of codes) add(index.byCode.get(code));
  } else if (/^\d+$/.test(text)) {
    for (const entry of index.ordered) if (String(entry.code).startsWith(text)) add(entry);
  } else {
    const classMatch = /^([1-5])(?:xx|\*\*)?$/.exec(text);
    if (classMatch) for (const entry of index.ordered) if (entry.class === Number(classMatch[1])) add(entry);
    const compact = compactText(text);
    const prefixed = index.keys
      .filter((key) => key.text.startsWith(text) || key.compact.startsWith(compact))
      .sort((a, b) => b.weight - a.weight || a.code - b.code);
    for (const key of prefixed) add(index.byCode.get(key.code));
    if (picked.size < max) {
      const outcome = searchTypedQuery(index, text, typed);
      if (outcome.type === 'match') add(outcome.entry);
      else if (outcome.type === 'ambiguous') outcome.candidates.forEach(add);
      else outcome.suggestions.forEach(add);
    }
  }
  return [...picked.values()].map((entry) => codeChoice(entry, locale, SUGGEST_LABEL_LIMIT));
}
