import type { NumberAssessment } from './assessNumber.js';
import { LIST_WORDS } from './detectorWords.js';
import { readTokenAfter } from './localTokens.js';

const SEPARATORS = new Set([',', '/', '&', '，', '、', ';']);
const KO_LIST_WORDS = new Set(['와', '과', '및', '또는', '이나', '나', '랑', '이랑', '아니면']);

/**
 * "HTTP 502, 503 and 504", "502/503/504 errors", "502와 503": a code in a list lends its context to its
 * neighbours (forwards, then backwards). Numbers that are certainly something else stay out.
 */
export function propagateThroughLists(text: string, numbers: NumberAssessment[]): void {
  for (let i = 0; i + 1 < numbers.length; i++) {
    const [a, b] = [numbers[i]!, numbers[i + 1]!];
    if (a.accepted && canJoin(b) && listLinked(text, a.end, b.start)) b.accepted = true;
  }
  for (let i = numbers.length - 1; i > 0; i--) {
    const [a, b] = [numbers[i - 1]!, numbers[i]!];
    if (b.accepted && canJoin(a) && listLinked(text, a.end, b.start)) a.accepted = true;
  }
}

function canJoin(n: NumberAssessment): boolean {
  return !n.accepted && !n.hardVeto && n.known;
}

function listLinked(text: string, from: number, to: number): boolean {
  if (to - from > 24) return false;
  let pos = from;
  for (let seps = 0; seps <= 3; seps++) {
    const token = readTokenAfter(text, pos);
    if (!token || token.newlineBetween || token.start > to) return false;
    if (token.start === to) return seps > 0;
    const t = token.text;
    const isSeparator =
      (token.kind === 'punct' && SEPARATORS.has(t)) ||
      (token.kind === 'word' && LIST_WORDS.has(t.toLowerCase())) ||
      (token.kind === 'hangul' && KO_LIST_WORDS.has(t));
    if (!isSeparator) return false;
    pos = token.end;
  }
  return false;
}
