import { isAsciiAlnum, isDigit, isHangul, isNewline, isSpace, isSpaceOrMarkup } from './charClasses.js';

/**
 * Tokens read on demand around a candidate number, never for the whole text: the detector only looks a few
 * tokens either side of each number, so a message without numbers costs one scan for digits.
 */
export class LocalToken {
  private cut: string | undefined;

  constructor(
    private readonly source: string,
    readonly kind: 'num' | 'word' | 'hangul' | 'punct',
    readonly start: number,
    readonly end: number,
    /** A newline lies between this token and the one it was read from. */
    readonly newlineBetween: boolean,
    /** Nothing at all (not even markup) lies between this token and the one it was read from. */
    readonly glued: boolean,
  ) {
    this.cut = undefined;
  }

  /**
   * As written; words longer than `MAX_TOKEN_CHARS` are cut (they are never cues). Cut from the source on
   * first use: most tokens are judged by kind and position alone.
   */
  get text(): string {
    this.cut ??= this.source.slice(this.start, this.end);
    return this.cut;
  }
}

/** Caps on work per token, so adversarial input (huge words, huge gaps) stays linear. */
const MAX_TOKEN_CHARS = 48;
const MAX_GAP_CHARS = 200;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiAlnum(c)) return true;
  // An underscore joins words (status_code, HTTPCode_Target_5XX_Count) but not as Slack _italic_ markers.
  return c === 95 && isAsciiAlnum(text.charCodeAt(i - 1)) && isAsciiAlnum(text.charCodeAt(i + 1));
}

function isGap(c: number): boolean {
  return c === 95 || isSpaceOrMarkup(c);
}

/** The token that ends at or before `pos` (skipping gaps), or undefined at the start or past a huge gap. */
export function readTokenBefore(text: string, pos: number): LocalToken | undefined {
  let end = pos;
  let newline = false;
  const gapLimit = Math.max(0, pos - MAX_GAP_CHARS);
  while (end > 0 && isGap(text.charCodeAt(end - 1))) {
    if (isNewline(text.charCodeAt(end - 1))) newline = true;
    end--;
    if (end < gapLimit) return undefined;
  }
  if (end === 0) return undefined;
  const c = text.charCodeAt(end - 1);
  let start = end - 1;
  let kind: LocalToken['kind'] = 'punct';
  if (isWordChar(text, end - 1)) {
    const limit = Math.max(0, end - MAX_TOKEN_CHARS);
    // The kind is decided during the same walk: a word of digits only is a number.
    let digitsOnly = isDigit(c);
    while (start > limit && isWordChar(text, start - 1)) {
      start--;
      if (digitsOnly && !isDigit(text.charCodeAt(start))) digitsOnly = false;
    }
    kind = digitsOnly ? 'num' : 'word';
  } else if (isHangul(c)) {
    const limit = Math.max(0, end - MAX_TOKEN_CHARS);
    while (start > limit && isHangul(text.charCodeAt(start - 1))) start--;
    kind = 'hangul';
  }
  return new LocalToken(text, kind, start, end, newline, end === pos);
}

/** The token that starts at or after `pos` (skipping gaps), or undefined at the end or past a huge gap. */
export function readTokenAfter(text: string, pos: number): LocalToken | undefined {
  let start = pos;
  let newline = false;
  const gapLimit = pos + MAX_GAP_CHARS;
  while (start < text.length && isGap(text.charCodeAt(start))) {
    if (isNewline(text.charCodeAt(start))) newline = true;
    start++;
    if (start > gapLimit) return undefined;
  }
  if (start >= text.length) return undefined;
  const c = text.charCodeAt(start);
  let end = start + 1;
  let kind: LocalToken['kind'] = 'punct';
  if (isWordChar(text, start)) {
    const limit = Math.min(text.length, start + MAX_TOKEN_CHARS);
    let digitsOnly = isDigit(c);
    while (end < limit && isWordChar(text, end)) {
      if (digitsOnly && !isDigit(text.charCodeAt(end))) digitsOnly = false;
      end++;
    }
    kind = digitsOnly ? 'num' : 'word';
  } else if (isHangul(c)) {
    const limit = Math.min(text.length, start + MAX_TOKEN_CHARS);
    while (end < limit && isHangul(text.charCodeAt(end))) end++;
    kind = 'hangul';
  }
  return new LocalToken(text, kind, start, end, newline, start === pos);
}

/**
 * True when the token after `pos` is a number, or there is none on the same line (`newlineEnds`) or at all.
 * The same answer as `readTokenAfter`, on characters alone: most numbers sit next to other numbers or
 * nothing, and need no token object.
 */
export function numberOrNothingAfter(text: string, pos: number, newlineEnds: boolean): boolean {
  let start = pos;
  const gapLimit = pos + MAX_GAP_CHARS;
  while (start < text.length && isGap(text.charCodeAt(start))) {
    if (newlineEnds && isNewline(text.charCodeAt(start))) return true;
    start++;
    if (start > gapLimit) return true;
  }
  if (start >= text.length) return true;
  if (!isDigit(text.charCodeAt(start))) return false;
  const limit = Math.min(text.length, start + MAX_TOKEN_CHARS);
  for (let end = start + 1; end < limit && isWordChar(text, end); end++) {
    if (!isDigit(text.charCodeAt(end))) return false;
  }
  return true;
}

/** True when the token before `pos` is a number or there is none (as `readTokenBefore` reads it). */
export function numberOrNothingBefore(text: string, pos: number): boolean {
  let end = pos;
  const gapLimit = Math.max(0, pos - MAX_GAP_CHARS);
  while (end > 0 && isGap(text.charCodeAt(end - 1))) {
    end--;
    if (end < gapLimit) return true;
  }
  if (end === 0) return true;
  if (!isDigit(text.charCodeAt(end - 1))) return false;
  const limit = Math.max(0, end - MAX_TOKEN_CHARS);
  for (let start = end - 1; start > limit && isWordChar(text, start - 1); start--) {
    if (!isDigit(text.charCodeAt(start - 1))) return false;
  }
  return true;
}

/** True when only gap characters (spaces, markup, `_`) lie in `[from, to)`. */
export function onlyGapBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isGap(text.charCodeAt(i))) return false;
  return true;
}

/**
 * End of the whitespace-separated chunk before `pos` on the same line, at most 4 spaces away, or -1. Log
 * formats are read in such chunks; working on indices keeps the per-number cost free of substrings.
 */
export function chunkEndBefore(text: string, pos: number): number {
  let end = pos;
  let gap = 0;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) {
    if (isNewline(text.charCodeAt(end - 1)) || ++gap > 4) return -1;
    end--;
  }
  return end === 0 ? -1 : end;
}

/** Start of the chunk that ends at `end`, or -1 when it is longer than 64 characters. */
export function chunkStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) {
    start--;
    if (end - start > 64) return -1;
  }
  return start;
}

/** True when `text[start, end)` is exactly `word`. */
export function rangeEquals(text: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && text.startsWith(word, start);
}
