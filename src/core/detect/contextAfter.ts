import { isAsciiAlnum, isDigit, isHangul, isSpaceOrMarkup } from './charClasses.js';
import {
  groupFor,
  hasKoStem,
  KO_CUES_AFTER_BY_FIRST,
  KO_FILLERS_AFTER,
  KO_PARTICLES,
  KO_UNITS_BY_FIRST,
} from './koreanWords.js';
import { isNumberToken, LocalToken, readTokenAfter, scanTokenAfter } from './localTokens.js';
import { WORD, wordFlagsAt } from './wordFlags.js';

/** What follows a number: a unit (a quantity, not a status), a status cue, or "번대" (a class mention). */
export type AfterCue = 'unit' | 'cue' | 'classRange' | 'plural' | 'none';

/** Reads the token(s) right after a number ending at `end`. */
export function contextAfter(text: string, end: number): AfterCue {
  // "503," "503)" `"status":503}`: punctuation glued to the number is the next token, and only a few
  // marks say anything there, so the common case is decided on one character without a token object.
  const first = text.charCodeAt(end);
  if (
    end < text.length &&
    first !== 95 /* _ */ &&
    !isAsciiAlnum(first) &&
    !isSpaceOrMarkup(first) &&
    !isHangul(first) &&
    !isGluedUnitOrPlural(first)
  ) {
    return 'none';
  }
  const next = NEXT;
  // Nothing on the same line, or another number ("503 1024" in a log line): no cue either way.
  if (!scanTokenAfter(text, end, next) || next.newlineBetween || isNumberToken(next)) return 'none';
  if (next.kind === 'hangul') {
    if (next.glued && next.text.startsWith('번대')) return 'classRange';
    const ko = koreanAfter(next.text, next.glued);
    if (ko !== 'particle') return ko;
    return koreanVerbAfter(text, next.end);
  }
  if (next.kind === 'word') {
    // "status=503 bytes=0": the next word is a key of its own, not a unit.
    const follower = text.charCodeAt(next.end);
    if (follower === 61 /* = */ || follower === 58 /* : */) return 'none';
    // "`502`s" in Slack: the plural s behind a closing backtick.
    if (
      next.end - next.start === 1 &&
      (text.charCodeAt(next.start) | 0x20) === 115 /* s */ &&
      next.start === end + 1 &&
      text.charCodeAt(end) === 96 /* ` */
    ) {
      return 'cue';
    }
    const flags = wordFlagsAt(text, next.start, next.end);
    if (flags & WORD.unitAfter) return 'unit';
    if (flags & WORD.range) return readTokenAfter(text, next.end)?.kind === 'num' ? 'unit' : 'none';
    if (flags & WORD.cueAfter) return 'cue';
    if (isPluralNoun(text, next.start, next.end, flags)) return 'plural';
    return 'none';
  }
  if (next.kind === 'punct' && next.glued) {
    const c = next.text;
    if (c === '%' || c === '‰' || c === '°' || c === '+' || c === '×') return 'unit';
    // "503's" reads like "503s".
    if (
      c === "'" &&
      (text[next.end] === 's' || text[next.end] === 'S') &&
      !isAsciiAlnum(text.charCodeAt(next.end + 1))
    ) {
      return 'cue';
    }
  }
  return 'none';
}

/** The token right after the number, refilled for each number (the helpers below read their own). */
const NEXT = new LocalToken();

/** Marks glued to a number that make it a quantity (%, ‰, °, +, ×) or may make it a plural ("503's"). */
function isGluedUnitOrPlural(c: number): boolean {
  return c === 37 || c === 0x2030 || c === 0xb0 || c === 43 || c === 0xd7 || c === 39;
}

/** "503이 떠요", "499가 많이 찍혀요": after a particle, up to two adverbs, then the verb. */
function koreanVerbAfter(text: string, from: number): AfterCue {
  let pos = from;
  for (let step = 0; step < 3; step++) {
    const word = readTokenAfter(text, pos);
    if (!word || word.newlineBetween || word.kind !== 'hangul') return 'none';
    if (koreanAfter(word.text, false) === 'cue') return 'cue';
    if (!KO_FILLERS_AFTER.has(word.text)) return 'none';
    pos = word.end;
  }
  return 'none';
}

/** A lowercase word of 4+ letters ending in one s, not in the not-plural list (`flags` are its word bits). */
function isPluralNoun(text: string, start: number, end: number, flags: number): boolean {
  if (end - start < 4 || text.charCodeAt(end - 1) !== 115 || text.charCodeAt(end - 2) === 115) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return (flags & WORD.notPlural) === 0;
}

/** "500번대 에러": the class reading needs a status word after it ("500번대 좌석" is a seat number). */
export function classRangeHasCue(text: string, end: number): boolean {
  const range = readTokenAfter(text, end);
  if (!range) return false;
  const next = readTokenAfter(text, range.end);
  if (!next || next.newlineBetween) return false;
  if (next.kind === 'hangul') return koreanAfter(next.text, false) === 'cue';
  return next.kind === 'word' && (wordFlagsAt(text, next.start, next.end) & WORD.cueAfter) !== 0;
}

function koreanAfter(word: string, glued: boolean): 'unit' | 'cue' | 'particle' | 'none' {
  for (const cue of groupFor(KO_CUES_AFTER_BY_FIRST, word)) if (word.startsWith(cue)) return 'cue';
  if (KO_PARTICLES.has(word)) return 'particle';
  const units = groupFor(KO_UNITS_BY_FIRST, word);
  for (const unit of units) if (hasKoStem(word, unit)) return 'unit';
  if (!glued) return 'none';
  // Glued to the number, a counter may carry a longer ending (503호에서는, 404번으로).
  for (const unit of units) if (word.startsWith(unit)) return 'unit';
  return 'particle';
}

/** True when an SMTP enhanced status code ("550 5.7.1") follows the number. */
export function smtpEnhancedCodeFollows(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 3 && text[i] === ' ') i++;
  if (i === end) return false;
  return (
    isDigit(text.charCodeAt(i)) &&
    text[i + 1] === '.' &&
    isDigit(text.charCodeAt(i + 2)) &&
    (text[i + 3] === '.' || isDigit(text.charCodeAt(i + 3)))
  );
}
