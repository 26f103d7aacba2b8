import { isNewline, isSpace } from './charClasses.js';

/** True when only spaces lie between the previous line break (or the text start) and `at`. */
export function isLineStart(text: string, at: number): boolean {
  for (let i = at - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) return true;
    if (!isSpace(c)) return false;
  }
  return at <= 64;
}
