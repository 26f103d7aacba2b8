import { isAsciiLetter } from './charClasses.js';
import { LocalToken, scanTokenAfter, scanTokenBefore } from './localTokens.js';
import { childFor, PHRASES_BACKWARDS, PHRASES_FORWARDS, phraseNames } from './phraseTrie.js';
import { MAX_PHRASE_WORDS } from './statusPhrases.js';

/** Punctuation allowed between a number and its phrase: `503 (Service Unavailable)`, `503: Bad Gateway`. */
const LEADING_PUNCT = new Set(['(', ':', '-', '–', '—', '"', "'", '[', '/']);
/** Punctuation allowed inside a phrase: `Non-Authoritative`, `I'm a teapot`, `Request-URI`. */
const INNER_PUNCT = new Set(['-', "'", '’']);

/**
 * True when the reason phrase of `code` (or "Server Error"/"Client Error" for its class, as Python requests
 * writes it) follows the number: `503 Service Unavailable`, `500 INTERNAL_SERVER_ERROR`,
 * `503 (Service Unavailable)`.
 */
export function phraseFollows(text: string, end: number, code: number): boolean {
  if (!letterNear(text, end, 1)) return false;
  let node = PHRASES_FORWARDS;
  let words = 0;
  let pos = end;
  let leading = 0;
  const token = PHRASE_TOKEN;
  while (words < MAX_PHRASE_WORDS) {
    if (!scanTokenAfter(text, pos, token) || token.newlineBetween) break;
    pos = token.end;
    if (token.kind === 'punct') {
      if (words === 0 && LEADING_PUNCT.has(token.text) && ++leading <= 2) continue;
      if (words > 0 && INNER_PUNCT.has(token.text) && token.glued) continue;
      break;
    }
    if (token.kind !== 'word') break;
    // `INTERNAL_SERVER_ERROR`: each underscore-separated part is a word.
    for (let partStart = token.start; partStart <= token.end; ) {
      let partEnd = partStart;
      while (partEnd < token.end && text.charCodeAt(partEnd) !== 95 /* _ */) partEnd++;
      const child = childFor(node, text, partStart, partEnd);
      if (!child) return false;
      node = child;
      words++;
      partStart = partEnd + 1;
    }
    if (phraseNames(node, code)) return true;
  }
  return false;
}

/** True when the phrase of `code` ends right before the number: `Service Unavailable (503)`. */
export function phrasePrecedes(text: string, start: number, code: number): boolean {
  if (!letterNear(text, start - 1, -1)) return false;
  let node = PHRASES_BACKWARDS;
  let words = 0;
  let pos = start;
  let inParens = false;
  const token = PHRASE_TOKEN;
  if (scanTokenBefore(text, start, token)) {
    if (token.text === '(' && token.glued) {
      inParens = true;
      pos = token.start;
    } else if (token.text === ':' || token.text === '-' || token.text === '–') {
      pos = token.start;
    }
  }
  while (words < MAX_PHRASE_WORDS) {
    if (!scanTokenBefore(text, pos, token) || token.newlineBetween) break;
    pos = token.start;
    if (token.kind === 'punct' && words > 0 && INNER_PUNCT.has(token.text)) continue;
    if (token.kind !== 'word') break;
    for (let partEnd = token.end; partEnd >= token.start; ) {
      let partStart = partEnd;
      while (partStart > token.start && text.charCodeAt(partStart - 1) !== 95 /* _ */) partStart--;
      const child = childFor(node, text, partStart, partEnd);
      if (!child) return false;
      node = child;
      words++;
      partEnd = partStart - 1;
    }
    // One word is a weak signal ("found 302"); take it only as "Forbidden (403)".
    if ((words > 1 || inParens) && phraseNames(node, code)) return true;
  }
  return false;
}

/** The word or mark a phrase walk is at, refilled at each step. */
const PHRASE_TOKEN = new LocalToken();

/** A cheap test before reading words: is there an ASCII letter within a few spaces/brackets of `from`? */
function letterNear(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < 4; i += step, n++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) return true;
    if (c !== 32 && c !== 40 && c !== 41 && c !== 58 && c !== 45 && c !== 34 && c !== 39 && c !== 91)
      return false;
  }
  return false;
}
