import { isAsciiAlnum, isDigit, isHangul, isNewline, isSpace, isSpaceOrMarkup } from './charClasses.js';

/**
 * Tokens read on demand around a candidate number, never for the whole text: the detector only looks a few
 * tokens either side of each number, so a message without numbers costs one scan for digits. A token can be
 * refilled in place (`scanTokenBefore`/`scanTokenAfter`), so walks that only classify tokens as they pass
 * allocate nothing; `readTokenBefore`/`readTokenAfter` give a fresh one to keep.
 */
export class LocalToken {
  private source = '';
  private cut: string | undefined = undefined;
  kind: 'num' | 'word' | 'hangul' | 'punct' = 'punct';
  start = 0;
  end = 0;
  /** A newline lies between this token and the one it was read from. */
  newlineBetween = false;
  /** Nothing at all (not even markup) lies between this token and the one it was read from. */
  glued = false;

  /**
   * As written; words longer than `MAX_TOKEN_CHARS` are cut (they are never cues). Cut from the source on
   * first use: most tokens are judged by kind and position alone.
   */
  get text(): string {
    this.cut ??= this.source.slice(this.start, this.end);
    return this.cut;
  }

  /** Makes this the token `[start, end)` of `source`: only the token readers below call it. */
  fill(
    source: string,
    kind: LocalToken['kind'],
    start: number,
    end: number,
    newlineBetween: boolean,
    glued: boolean,
  ): void {
    this.source = source;
    this.cut = undefined;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.newlineBetween = newlineBetween;
    this.glued = glued;
  }
}

/**
 * True for a number token. A function rather than `token.kind === 'num'` inline where a token is refilled
 * in place: TypeScript keeps a property narrowed across the refill, which it cannot see.
 */
export function isNumberToken(token: LocalToken): boolean {
  return token.kind === 'num';
}

/** Caps on work per token, so adversarial input (huge words, huge gaps) stays linear. */
const MAX_TOKEN_CHARS = 48;
const MAX_GAP_CHARS = 200;

function isGap(c: number): boolean {
  return c === 95 || isSpaceOrMarkup(c);
}

/** The token that ends at or before `pos` (skipping gaps), or undefined at the start or past a huge gap. */
export function readTokenBefore(text: string, pos: number): LocalToken | undefined {
  const token = new LocalToken();
  return scanTokenBefore(text, pos, token) ? token : undefined;
}

/** `readTokenBefore` into `token`; false (and `token` untouched) where that returns undefined. */
export function scanTokenBefore(text: string, pos: number, token: LocalToken): boolean {
  // Each character is read once: these loops run for nearly every token next to every number.
  let end = pos;
  let newline = false;
  const gapLimit = Math.max(0, pos - MAX_GAP_CHARS);
  let c = 0;
  while (end > 0) {
    c = text.charCodeAt(end - 1);
    if (!isGap(c)) break;
    if (isNewline(c)) newline = true;
    end--;
    if (end < gapLimit) return false;
  }
  if (end === 0) return false;
  let start = end - 1;
  let kind: LocalToken['kind'] = 'punct';
  // `c` is no gap, so no underscore: a word character here is a letter or digit.
  if (isAsciiAlnum(c)) {
    const limit = Math.max(0, end - MAX_TOKEN_CHARS);
    // The kind is decided during the same walk: a word of digits only is a number.
    let digitsOnly = isDigit(c);
    while (start > limit) {
      const d = text.charCodeAt(start - 1);
      // An underscore joins words (status_code, HTTPCode_Target_5XX_Count) but not as Slack _italic_
      // markers: only between letters or digits (`text[start]` is one).
      if (!isAsciiAlnum(d) && !(d === 95 && isAsciiAlnum(text.charCodeAt(start - 2)))) break;
      start--;
      if (digitsOnly && !isDigit(d)) digitsOnly = false;
    }
    kind = digitsOnly ? 'num' : 'word';
  } else if (isHangul(c)) {
    const limit = Math.max(0, end - MAX_TOKEN_CHARS);
    while (start > limit && isHangul(text.charCodeAt(start - 1))) start--;
    kind = 'hangul';
  }
  token.fill(text, kind, start, end, newline, end === pos);
  return true;
}

/** The token that starts at or after `pos` (skipping gaps), or undefined at the end or past a huge gap. */
export function readTokenAfter(text: string, pos: number): LocalToken | undefined {
  const token = new LocalToken();
  return scanTokenAfter(text, pos, token) ? token : undefined;
}

/** `readTokenAfter` into `token`; false (and `token` untouched) where that returns undefined. */
export function scanTokenAfter(text: string, pos: number, token: LocalToken): boolean {
  let start = pos;
  let newline = false;
  const gapLimit = pos + MAX_GAP_CHARS;
  let c = 0;
  while (start < text.length) {
    c = text.charCodeAt(start);
    if (!isGap(c)) break;
    if (isNewline(c)) newline = true;
    start++;
    if (start > gapLimit) return false;
  }
  if (start >= text.length) return false;
  let end = start + 1;
  let kind: LocalToken['kind'] = 'punct';
  if (isAsciiAlnum(c)) {
    const limit = Math.min(text.length, start + MAX_TOKEN_CHARS);
    let digitsOnly = isDigit(c);
    while (end < limit) {
      const d = text.charCodeAt(end);
      if (!isAsciiAlnum(d) && !(d === 95 && isAsciiAlnum(text.charCodeAt(end + 1)))) break;
      if (digitsOnly && !isDigit(d)) digitsOnly = false;
      end++;
    }
    kind = digitsOnly ? 'num' : 'word';
  } else if (isHangul(c)) {
    const limit = Math.min(text.length, start + MAX_TOKEN_CHARS);
    while (end < limit && isHangul(text.charCodeAt(end))) end++;
    kind = 'hangul';
  }
  token.fill(text, kind, start, end, newline, start === pos);
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
