import { compactText } from '../query/normalizeText.js';
import {
  decideExact,
  decidePartial,
  PARTIAL_SCORE,
  type SearchOutcome,
  scoreKeys,
  toScored,
} from './rankMatches.js';
import type { SearchIndex } from './searchIndex.js';
import { KEY_WEIGHT } from './searchKeys.js';

/**
 * A query of initial consonants (초성, "ㅌㅇㅇㅇ"), matched against the initials of the Korean names
 * and aliases the way text is matched against the keys: a key with exactly those initials, else keys
 * whose initials start with them, or whose words' initials start with each word of the query
 * ("ㄱㅇㅌㅇ" -> 504 "게이트웨이 타임아웃" and 502 "잘못된 게이트웨이").
 */
export function searchInitials(index: SearchIndex, text: string): SearchOutcome {
  const initials = compactText(text);
  const exact = index.initials.filter((k) => k.initials === initials).map((k) => k.key);
  if (exact.length > 0) return decideExact(scoreKeys(index, exact));
  const tokens = text.split(' ');
  const startsEveryToken = (words: readonly string[]) =>
    tokens.every((token) => words.some((word) => word.startsWith(token)));
  const best = new Map<number, number>();
  const named = new Set<number>();
  const note = (code: number, score: number) => best.set(code, Math.max(best.get(code) ?? 0, score));
  const wordsByCode = new Map<number, string[]>();
  for (const { key, initials: of, words } of index.initials) {
    const isName = key.weight === KEY_WEIGHT.name;
    if (of.startsWith(initials)) {
      note(key.code, isName ? PARTIAL_SCORE.namePrefix : PARTIAL_SCORE.otherPrefix);
      if (isName) named.add(key.code);
    } else if (isName && startsEveryToken(words)) {
      note(key.code, PARTIAL_SCORE.nameWords);
      named.add(key.code);
    }
    const own = wordsByCode.get(key.code);
    if (own) own.push(...words);
    else wordsByCode.set(key.code, [...words]);
  }
  for (const [code, words] of wordsByCode) {
    if (!best.has(code) && startsEveryToken(words)) note(code, PARTIAL_SCORE.anyWords);
  }
  if (best.size === 0) return { type: 'none', suggestions: [] };
  return decidePartial(toScored(index, best).map((s) => ({ ...s, named: named.has(s.entry.code) })));
}
