import { isAsciiAlnum, isAsciiLetter, isDigit } from './charClasses.js';
import { isStrongKey, MEDIUM_CUE_WORDS } from './detectorWords.js';

/** Characters glued before a number that make it a reference, amount or bound (#404, $500, ~500, +500). */
const VETO_BEFORE = charTable('#$@~^+\\№×₩€£¥%');
/** Characters glued after a number that make it an amount or bound (500%, 500+, 500~). */
const VETO_AFTER = charTable('%‰°+~×$€');

/** A membership table over UTF-16 code units (all these characters lie in the BMP, below U+2200). */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x2200);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

function inTable(table: Uint8Array, c: number): boolean {
  return c < table.length && table[c] === 1;
}

/**
 * True when the characters glued to a number `[start, end)` show it is not a status: a decimal, version or
 * IP address (`1.404`, `10.0.0.503`), a time or `file:line` (`app.js:404`, `10:503`), a path segment
 * (`/users/404/profile`), a range (`200-399`), a thousands group (`1,503`), an issue key (`PROJ-503`),
 * money or a percentage. Lists (`502/503`, `502,503`) and `key:503` stay allowed.
 */
export function isNotAStatusByShape(text: string, start: number, end: number): boolean {
  return vetoBefore(text, start) || vetoAfter(text, end);
}

function vetoBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const prev = text.charCodeAt(start - 1);
  const prev2 = start >= 2 ? text.charCodeAt(start - 2) : Number.NaN;
  if (inTable(VETO_BEFORE, prev)) return true;
  switch (prev) {
    case 46 /* . */:
      return isAsciiAlnum(prev2);
    case 44 /* , */:
      return isDigit(prev2) && digitRunBefore(text, start - 1) !== 3;
    case 58 /* : */:
      if (isDigit(prev2)) return true;
      return isAsciiLetter(prev2) && !isKeyWord(wordBefore(text, start - 1));
    case 47 /* / */:
      if (isDigit(prev2)) return digitRunBefore(text, start - 1) !== 3;
      return !((prev2 === 120 || prev2 === 88) && isDigit(text.charCodeAt(start - 4)));
    case 45 /* - */:
      return true;
    default:
      return false;
  }
}

function vetoAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text.charCodeAt(end);
  const next2 = text.charCodeAt(end + 1);
  if (inTable(VETO_AFTER, next)) return true;
  switch (next) {
    case 46 /* . */:
      return isAsciiAlnum(next2);
    case 44 /* , */:
      return isDigit(next2) && digitRunAfter(text, end + 1) !== 3;
    case 58 /* : */:
      return isDigit(next2);
    case 47 /* / */:
      if (isDigit(next2)) return digitRunAfter(text, end + 1) !== 3;
      return isAsciiLetter(next2) || next2 === 47;
    case 45 /* - */:
      return isDigit(next2);
    default:
      return false;
  }
}

/** Length of the digit run ending right before `at` (capped). */
function digitRunBefore(text: string, at: number): number {
  let n = 0;
  while (at - n - 1 >= 0 && isDigit(text.charCodeAt(at - n - 1)) && n < 12) n++;
  return n;
}

/** Length of the digit run starting at `at` (capped). */
function digitRunAfter(text: string, at: number): number {
  let n = 0;
  while (at + n < text.length && isDigit(text.charCodeAt(at + n)) && n < 12) n++;
  return n;
}

function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 48) {
    const c = text.charCodeAt(start - 1);
    if (!isAsciiAlnum(c) && c !== 95 && c !== 46) break;
    start--;
  }
  return text.slice(start, at);
}

function isKeyWord(word: string): boolean {
  const lower = word.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('.') + 1);
  return isStrongKey(last.replace(/[_-]/g, '')) || MEDIUM_CUE_WORDS.has(last) || last === 'code';
}
