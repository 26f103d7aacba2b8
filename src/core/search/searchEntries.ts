import type { StatusEntry } from '../dataset/schema.js';
import { isInitialsQuery } from '../query/hangulTyping.js';
import { compactText } from '../query/normalizeText.js';
import { correctTypos } from './correctTypos.js';
import { expandSynonyms } from './expandSynonyms.js';
import {
  byRank,
  decideExact,
  decidePartial,
  MAX_SUGGESTIONS,
  PARTIAL_SCORE,
  type Scored,
  type SearchOutcome,
  scoreKeys,
  toScored,
} from './rankMatches.js';
import { searchFuzzy } from './searchFuzzy.js';
import type { SearchIndex } from './searchIndex.js';
import { searchInitials } from './searchInitials.js';
import { KEY_WEIGHT } from './searchKeys.js';

/** Names and aliases are far shorter; a longer query is a paste and only its start is searched. */
export const SEARCH_TEXT_LIMIT = 64;
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

/**
 * Finds the codes a normalised free-text query names. Exact keys first (names, aliases, former names),
 * then prefixes and word-by-word matches, then the same with known synonyms, and only then fuse.js for
 * typos. Registered codes win over unofficial ones that match equally, so "too many" is 429 rather
 * than AWS's 463. A query of initial consonants ("ㄱㅇㅌㅇ") is matched against the Korean keys'
 * initials instead.
 */
export function searchEntries(index: SearchIndex, query: string): SearchOutcome {
  const text = query.slice(0, SEARCH_TEXT_LIMIT).trim();
  if (text === '') return { type: 'none', suggestions: [] };
  if (isInitialsQuery(text)) return searchInitials(index, text);
  const direct = searchByKeys(index, text);
  if (direct) return direct;
  const expanded = expandSynonyms(text);
  const viaSynonym = expanded ? searchByKeys(index, expanded) : undefined;
  if (viaSynonym) return viaSynonym;
  const corrected = correctTypos(expanded ?? text, index.vocabulary);
  const viaCorrection = corrected ? searchByKeys(index, corrected) : undefined;
  if (viaCorrection) return viaCorrection;
  const fuzzy = searchFuzzy(index, text);
  if (fuzzy.type !== 'none' || fuzzy.suggestions.length > 0) return fuzzy;
  return { type: 'none', suggestions: overlapping(index, expanded ?? text) };
}

/**
 * Only the tiers that match what was written (whole keys, prefixes, words; with known synonyms), never
 * a correction or a fuzzy guess: for text the user did not type as such (a keyboard-layout reading).
 */
export function searchWritten(index: SearchIndex, query: string): SearchOutcome | undefined {
  const text = query.slice(0, SEARCH_TEXT_LIMIT).trim();
  if (text === '') return undefined;
  const expanded = expandSynonyms(text);
  return searchByKeys(index, text) ?? (expanded ? searchByKeys(index, expanded) : undefined);
}

/** The one code whose name or alias is exactly `text`, if there is one. */
export function findByExactKey(index: SearchIndex, text: string): StatusEntry | undefined {
  const outcome = findByExactText(index, text);
  return outcome?.type === 'match' ? outcome.entry : undefined;
}

/** The exact path alone: the whole text is a name or alias (one code, or a choice when it is shared). */
export function findByExactText(index: SearchIndex, text: string): SearchOutcome | undefined {
  const keys = index.exact.get(text) ?? index.exact.get(compactText(text));
  return keys ? decideExact(scoreKeys(index, keys)) : undefined;
}

/** The exact and partial paths: a whole key, a key's prefix, or every word found among a code's words. */
function searchByKeys(index: SearchIndex, text: string): SearchOutcome | undefined {
  const exact = index.exact.get(text) ?? index.exact.get(compactText(text));
  if (exact) return decideExact(scoreKeys(index, exact));
  const partial = matchPartially(index, text);
  return partial.length > 0 ? decidePartial(partial) : undefined;
}

function matchPartially(index: SearchIndex, text: string): Scored[] {
  const compact = compactText(text);
  const best = new Map<number, number>();
  const named = new Set<number>();
  const note = (code: number, score: number) => best.set(code, Math.max(best.get(code) ?? 0, score));
  const tokens = queryTokens(text);
  for (const key of index.keys) {
    const isName = key.weight === KEY_WEIGHT.name;
    if (compact.length >= 2 && (key.text.startsWith(text) || key.compact.startsWith(compact))) {
      note(key.code, isName ? PARTIAL_SCORE.namePrefix : PARTIAL_SCORE.otherPrefix);
      if (isName) named.add(key.code);
    } else if (isName && tokens.length > 0 && tokens.every((token) => matchesWord(token, key.words))) {
      note(key.code, PARTIAL_SCORE.nameWords);
      named.add(key.code);
    }
  }
  if (tokens.length > 0) {
    for (const [code, words] of index.words) {
      if (!best.has(code) && tokens.every((token) => matchesWord(token, words)))
        note(code, PARTIAL_SCORE.anyWords);
    }
  }
  return toScored(index, best).map((s) => ({ ...s, named: named.has(s.entry.code) }));
}

/** Last resort for suggestions: the codes that share the most words with the query. */
function overlapping(index: SearchIndex, text: string): StatusEntry[] {
  const tokens = queryTokens(text);
  const scored: Scored[] = [];
  for (const [code, words] of index.words) {
    const score = tokens.filter((token) => matchesWord(token, words)).length;
    const entry = index.byCode.get(code);
    if (score > 0 && entry) scored.push({ entry, score });
  }
  return scored
    .sort(byRank)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.entry);
}

/** Query words worth matching: single Latin letters and digits say too little. */
function queryTokens(text: string): string[] {
  return text
    .split(' ')
    .filter((token) => token.length >= 2 || HANGUL.test(token))
    .slice(0, 8);
}

/** Korean compounds are often written without spaces ("시간초과"), so a Korean word may match inside one. */
function matchesWord(token: string, words: readonly string[]): boolean {
  const inside = HANGUL.test(token);
  return words.some((word) => (inside ? word.includes(token) : word.startsWith(token)));
}
