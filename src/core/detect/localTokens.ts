import { isAsciiAlnum, isDigit, isHangul, isNewline, isSoftMarkup, isSpace } from './charClasses.js';

/**
 * Tokens read on demand around a candidate number, never for the whole text: the detector only looks a few
 * tokens either side of each number, so a message without numbers costs one scan for digits.
 */
export interface LocalToken {
  kind: 'num' | 'word' | 'hangul' | 'punct';
  /** As written; words longer than `MAX_TOKEN_CHARS` are cut (they are never cues). */
  text: string;
  start: number;
  end: number;
  /** A newline lies between this token and the one it was read from. */
  newlineBetween: boolean;
  /** Nothing at all (not even markup) lies between this token and the one it was read from. */
  glued: boolean;
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
  return isSpace(c) || isSoftMarkup(c) || c === 95;
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
    while (start > limit && isWordChar(text, start - 1)) start--;
    kind = wordKind(text, start, end);
  } else if (isHangul(c)) {
    const limit = Math.max(0, end - MAX_TOKEN_CHARS);
    while (start > limit && isHangul(text.charCodeAt(start - 1))) start--;
    kind = 'hangul';
  }
  return { kind, text: text.slice(start, end), start, end, newlineBetween: newline, glued: end === pos };
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
    while (end < limit && isWordChar(text, end)) end++;
    kind = wordKind(text, start, end);
  } else if (isHangul(c)) {
    const limit = Math.min(text.length, start + MAX_TOKEN_CHARS);
    while (end < limit && isHangul(text.charCodeAt(end))) end++;
    kind = 'hangul';
  }
  return { kind, text: text.slice(start, end), start, end, newlineBetween: newline, glued: start === pos };
}

function wordKind(text: string, start: number, end: number): 'num' | 'word' {
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return 'word';
  return 'num';
}

/** Whitespace-separated chunks before `pos`, nearest first (log-format positions are counted in chunks). */
export function chunksBefore(text: string, pos: number, count: number): string[] {
  const chunks: string[] = [];
  let end = pos;
  while (chunks.length < count) {
    let gap = 0;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) {
      if (isNewline(text.charCodeAt(end - 1)) || ++gap > 4) return chunks;
      end--;
    }
    if (end === 0) return chunks;
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) {
      start--;
      if (end - start > 64) return chunks;
    }
    chunks.push(text.slice(start, end));
    end = start;
  }
  return chunks;
}

/** The whitespace-separated chunk that starts after `pos` on the same line, if any. */
export function chunkAfter(text: string, pos: number): string | undefined {
  let start = pos;
  let gap = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) {
    if (isNewline(text.charCodeAt(start)) || ++gap > 4) return undefined;
    start++;
  }
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) {
    end++;
    if (end - start > 64) return undefined;
  }
  return end > start ? text.slice(start, end) : undefined;
}
