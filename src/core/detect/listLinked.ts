import { onlyGapBetween, readTokenAfter } from './localTokens.js';
import { WORD, wordFlagsAt } from './wordFlags.js';

const SEPARATORS = new Set([',', '/', '&', '，', '、', ';']);
const KO_LIST_WORDS = new Set(['와', '과', '및', '또는', '이나', '나', '랑', '이랑', '아니면']);

/**
 * True when only list separators (`,`, `/`, "and", "와"...) lie between a number ending at `from` and the
 * next one starting at `to`, on one line and close together: "502, 503 and 504", "502/503", "502와 503".
 */
export function listLinked(text: string, from: number, to: number): boolean {
  if (to - from > 24 || onlyGapBetween(text, from, to)) return false;
  let pos = from;
  for (let seps = 0; seps <= 3; seps++) {
    const token = readTokenAfter(text, pos);
    if (!token || token.newlineBetween || token.start > to) return false;
    if (token.start === to) return seps > 0;
    const isSeparator =
      (token.kind === 'punct' && SEPARATORS.has(token.text)) ||
      (token.kind === 'word' && (wordFlagsAt(text, token.start, token.end) & WORD.list) !== 0) ||
      (token.kind === 'hangul' && KO_LIST_WORDS.has(token.text));
    if (!isSeparator) return false;
    pos = token.end;
  }
  return false;
}
