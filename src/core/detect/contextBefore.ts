import { isStrongKey } from './detectorWords.js';
import {
  groupFor,
  hasKoStem,
  KO_CUES_BEFORE_BY_FIRST,
  KO_FILLERS,
  KO_VETO_BEFORE_BY_FIRST,
} from './koreanWords.js';
import { isLineStart } from './lineStart.js';
import { isNumberToken, LocalToken, scanTokenBefore } from './localTokens.js';
import { hasKeyStem, WORD, wordFlagsAt } from './wordFlags.js';

/**
 * What the words before a number say about it. `strong`: a status key or the word HTTP (any 100-599
 * counts); `medium`: a verb or noun that usually precedes a status (a known code counts); `veto`: the number
 * is something else (line 503, port 503, `>= 500`); `none`: nothing either way.
 */
export type BeforeCue =
  | { kind: 'strong'; httpWord: boolean }
  | { kind: 'medium' }
  | { kind: 'veto' }
  | { kind: 'none' };

const NONE: BeforeCue = { kind: 'none' };
const MEDIUM: BeforeCue = { kind: 'medium' };
const VETO: BeforeCue = { kind: 'veto' };
/** Shared, never mutated: callers only read a cue. */
const STRONG: BeforeCue = { kind: 'strong', httpWord: false };
const STRONG_HTTP: BeforeCue = { kind: 'strong', httpWord: true };

/** Punctuation that may sit between a key and its value (`status: 503`, `"code":"503"`, `(HTTP 503)`). */
const PUNCT_FILLERS = new Set([':', '"', "'", '(', '[', '-', '–', '—', '!', '：', '→', '»']);
/** Punctuation right before a number that makes it a quantity, reference or bound. */
const PUNCT_VETO = new Set(['#', '$', '@', '~', '+', '^', '≥', '≤', '₩', '€', '£', '¥', '№', '×', '<']);

const MAX_STEPS = 8;

/** Reads backwards from `start` (the number's first character) for the nearest cue. */
export function contextBefore(text: string, start: number): BeforeCue {
  const token = WALK;
  // A number (or nothing) right before: a list or a log line, no cue.
  if (!scanTokenBefore(text, start, token) || isNumberToken(token)) return NONE;
  let pos = start;
  let sawCode = false;
  let crossedLine = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (step > 0 && !scanTokenBefore(text, pos, token)) break;
    if (token.newlineBetween) {
      if (crossedLine) break;
      crossedLine = true;
    }
    pos = token.start;
    if (token.kind === 'punct') {
      const verdict = punctuation(text, token);
      if (verdict === 'skip') continue;
      if (verdict === 'braces') {
        const open = openingBrace(text, token.start);
        if (open < 0) return NONE;
        pos = open;
        continue;
      }
      return verdict === 'veto' ? VETO : codeOrNone(sawCode);
    }
    if (token.kind === 'num') return codeOrNone(sawCode);
    if (token.kind === 'hangul') {
      const ko = koreanCue(token.text, crossedLine);
      if (ko === 'filler') continue;
      if (ko) return ko;
      return codeOrNone(sawCode);
    }
    const flags = wordFlagsAt(text, token.start, token.end);
    if (flags & WORD.code) {
      sawCode = true;
      continue;
    }
    if (flags & WORD.filler) continue;
    // Only words with these stems can be status keys; the others are classified without cutting them out.
    if (flags & WORD.strongKey) {
      if (qualifiedAwayFromHttp(text, token)) return VETO;
      return flags & WORD.httpWord ? STRONG_HTTP : STRONG;
    }
    if (hasKeyStem(text, token.start, token.end)) {
      const lower = token.text.toLowerCase();
      // A word token holds only letters, digits and inner underscores, so only `_` needs stripping.
      const normalized = lower.includes('_') ? lower.replaceAll('_', '') : lower;
      if (isStrongKey(normalized)) {
        if (qualifiedAwayFromHttp(text, token)) return VETO;
        return normalized === 'http' || normalized === 'https' ? STRONG_HTTP : STRONG;
      }
      if (sawCode && flags & WORD.notHttpQualifier) return VETO;
      if (flags & WORD.vetoBefore) return VETO;
      if (crossedLine) return codeOrNone(sawCode);
      if (flags & WORD.mediumCue || (lower.includes('http') && lower.length > 4)) return MEDIUM;
      return codeOrNone(sawCode);
    }
    if (sawCode && flags & WORD.notHttpQualifier) return VETO;
    if (flags & WORD.vetoBefore) return VETO;
    if (crossedLine) return codeOrNone(sawCode);
    if (flags & WORD.mediumCue) return MEDIUM;
    return codeOrNone(sawCode);
  }
  return codeOrNone(sawCode);
}

/** The `{` that opens a label set (`probe_http_status_code{instance="..."} 503`), looked for nearby only. */
function openingBrace(text: string, close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= 300; i--) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) return i;
    if (c === 125 /* } */ || c === 10) return -1;
  }
  return -1;
}

function codeOrNone(sawCode: boolean): BeforeCue {
  return sawCode ? MEDIUM : NONE;
}

function punctuation(text: string, token: LocalToken): 'skip' | 'veto' | 'braces' | 'stop' {
  const c = token.text;
  if (c === '=') {
    const before = text[token.start - 1];
    return before === '!' || before === '<' || before === '>' ? 'veto' : 'skip';
  }
  // `> 503 ...` at the start of a line is a quote (Slack, Discord); anywhere else it compares.
  if (c === '>') {
    const before = text[token.start - 1];
    if (before === '-' || before === '=') return 'skip'; // an arrow: "GET /ready -> 503"
    return isLineStart(text, token.start) ? 'skip' : 'veto';
  }
  if (c === '}') return 'braces';
  if (PUNCT_FILLERS.has(c)) return 'skip';
  if (PUNCT_VETO.has(c)) return 'veto';
  return 'stop';
}

/** "exit status", "exit code", "reply code": a status word that belongs to something else. */
function qualifiedAwayFromHttp(text: string, key: LocalToken): boolean {
  const before = QUALIFIER;
  return (
    scanTokenBefore(text, key.start, before) &&
    before.kind === 'word' &&
    (wordFlagsAt(text, before.start, before.end) & WORD.notHttpQualifier) !== 0
  );
}

/** The token `contextBefore` is at, refilled at each step: no cue keeps a token. */
const WALK = new LocalToken();
/** The word before a status key, read while `WALK` holds the key. */
const QUALIFIER = new LocalToken();

function koreanCue(word: string, crossedLine: boolean): BeforeCue | 'filler' | undefined {
  if (KO_FILLERS.has(word)) return 'filler';
  for (const [stem, strength] of groupFor(KO_CUES_BEFORE_BY_FIRST, word)) {
    if (hasKoStem(word, stem)) {
      if (strength === 'strong') return STRONG;
      return crossedLine ? undefined : MEDIUM;
    }
  }
  for (const stem of groupFor(KO_VETO_BEFORE_BY_FIRST, word)) if (hasKoStem(word, stem)) return VETO;
  return undefined;
}
