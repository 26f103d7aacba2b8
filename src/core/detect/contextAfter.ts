import { isAsciiAlnum, isDigit } from './charClasses.js';
import {
  CUE_AFTER_WORDS,
  hasKoStem,
  KO_CUES_AFTER,
  KO_PARTICLES,
  KO_UNITS,
  RANGE_WORDS,
  UNIT_AFTER_WORDS,
} from './detectorWords.js';
import { readTokenAfter } from './localTokens.js';

/** What follows a number: a unit (a quantity, not a status), a status cue, or "번대" (a class mention). */
export type AfterCue = 'unit' | 'cue' | 'classRange' | 'none';

/** Reads the token(s) right after a number ending at `end`. */
export function contextAfter(text: string, end: number): AfterCue {
  const next = readTokenAfter(text, end);
  if (!next || next.newlineBetween) return 'none';
  if (next.kind === 'hangul') {
    if (next.glued && next.text.startsWith('번대')) return 'classRange';
    const ko = koreanAfter(next.text, next.glued);
    if (ko !== 'particle') return ko;
    // "503이 떠요": a particle, then the verb.
    const verb = readTokenAfter(text, next.end);
    if (verb && !verb.newlineBetween && verb.kind === 'hangul') {
      const after = koreanAfter(verb.text, false);
      return after === 'cue' ? 'cue' : 'none';
    }
    return 'none';
  }
  if (next.kind === 'word') {
    const lower = next.text.toLowerCase();
    if (UNIT_AFTER_WORDS.has(lower)) return 'unit';
    if (RANGE_WORDS.has(lower)) return readTokenAfter(text, next.end)?.kind === 'num' ? 'unit' : 'none';
    if (CUE_AFTER_WORDS.has(lower)) return 'cue';
    return 'none';
  }
  if (next.kind === 'punct' && next.glued) {
    const c = next.text;
    if (c === '%' || c === '‰' || c === '°' || c === '+' || c === '×') return 'unit';
    // "503's" reads like "503s".
    if (c === "'" && (text[next.end] === 's' || text[next.end] === 'S') && !isAsciiAlnum(text.charCodeAt(next.end + 1))) {
      return 'cue';
    }
  }
  return 'none';
}

function koreanAfter(word: string, glued: boolean): 'unit' | 'cue' | 'particle' | 'none' {
  for (const cue of KO_CUES_AFTER) if (word.startsWith(cue)) return 'cue';
  if (KO_PARTICLES.has(word)) return 'particle';
  for (const unit of KO_UNITS) if (hasKoStem(word, unit)) return 'unit';
  if (!glued) return 'none';
  // Glued to the number, a counter may carry a longer ending (503호에서는, 404번으로).
  for (const unit of KO_UNITS) if (word.startsWith(unit)) return 'unit';
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
