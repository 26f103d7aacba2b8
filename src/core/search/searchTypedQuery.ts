import { readAsKoreanLayout } from '../query/hangulTyping.js';
import { normalizeText } from '../query/normalizeText.js';
import type { SearchOutcome } from './rankMatches.js';
import { searchEntries, searchWritten } from './searchEntries.js';
import type { SearchIndex } from './searchIndex.js';

/** A search outcome, and the Hangul the query was read as when it was typed with the Korean IME off. */
export type TypedSearchOutcome = SearchOutcome & { readAs?: string };

/**
 * Searches a query: `text` is its normalised form, `typed` the same query as the user typed it (case
 * kept). When the text matches nothing well (not even a fuzzy candidate) and was typed in Latin
 * letters that spell Korean keystrokes ("rpdlxmdnpdl"), it is read as the Hangul those keys give
 * ("게이트웨이") and searched again, by names, aliases and their words only. English that matches
 * anything is never read as Korean, and a reading that matches nothing leaves the first answer as is.
 */
export function searchTypedQuery(index: SearchIndex, text: string, typed: string): TypedSearchOutcome {
  const outcome = searchEntries(index, text);
  if (outcome.type !== 'none') return outcome;
  const hangul = readAsKoreanLayout(typed);
  if (!hangul) return outcome;
  const read = searchWritten(index, normalizeText(hangul));
  return read && read.type !== 'none' ? { ...read, readAs: hangul } : outcome;
}
