import { isAsciiAlnum, isDigit } from './charClasses.js';
import { contextAfter } from './contextAfter.js';
import { contextBefore } from './contextBefore.js';

/** A class mention found at a digit run: "5xx" stands alone; "50x" also means "50 times" and needs a cue. */
export interface ClassMention {
  statusClass: 1 | 2 | 3 | 4 | 5;
  /** Where the mention ends (after the x's). */
  end: number;
  needsCue: boolean;
}

function isX(c: number): boolean {
  return c === 120 || c === 88;
}

/** Looks for `5xx`/`5XX` (also inside names: `HTTPCode_Target_5XX_Count`, `Http5xxHigh`) or `50x`. */
export function findClassMention(text: string, start: number, end: number): ClassMention | undefined {
  const first = text.charCodeAt(start) - 48;
  if (first < 1 || first > 5) return undefined;
  const statusClass = first as ClassMention['statusClass'];
  const length = end - start;
  if (length === 1 && isX(text.charCodeAt(end)) && isX(text.charCodeAt(end + 1))) {
    const after = text.charCodeAt(end + 2);
    if (isX(after) || isDigit(after)) return undefined;
    return { statusClass, end: end + 2, needsCue: false };
  }
  if (length === 2 && text.charCodeAt(start + 1) === 48 && isX(text.charCodeAt(end))) {
    if (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) return undefined;
    let after = end + 1;
    if (text.charCodeAt(after) === 115 /* s */) after++;
    if (isAsciiAlnum(text.charCodeAt(after))) return undefined;
    return { statusClass, end: after, needsCue: true };
  }
  return undefined;
}

/** "50x errors", "HTTP 50x": the ambiguous form counts only next to a status cue. */
export function isClassMentionWithCue(text: string, start: number, end: number): boolean {
  const before = contextBefore(text, start).kind;
  return before === 'strong' || before === 'medium' || contextAfter(text, end) === 'cue';
}
