import {
  CUE_AFTER_WORDS,
  FILLER_WORDS,
  LIST_WORDS,
  MEDIUM_CUE_WORDS,
  NOT_HTTP_QUALIFIERS,
  NOT_PLURAL_NOUNS,
  OTHER_PROTOCOL_WORDS,
  RANGE_WORDS,
  UNIT_AFTER_WORDS,
  VETO_BEFORE_WORDS,
} from './detectorWords.js';

/** Bits of `wordFlagsAt`: which of the detector's word lists hold a word. */
export const WORD = {
  filler: 1,
  mediumCue: 2,
  vetoBefore: 4,
  notHttpQualifier: 8,
  unitAfter: 16,
  range: 32,
  cueAfter: 64,
  notPlural: 128,
  list: 256,
  otherProtocol: 512,
  /** "code" or "codes". */
  code: 1024,
} as const;

const LISTS: ReadonlyArray<readonly [ReadonlySet<string>, number]> = [
  [FILLER_WORDS, WORD.filler],
  [MEDIUM_CUE_WORDS, WORD.mediumCue],
  [VETO_BEFORE_WORDS, WORD.vetoBefore],
  [NOT_HTTP_QUALIFIERS, WORD.notHttpQualifier],
  [UNIT_AFTER_WORDS, WORD.unitAfter],
  [RANGE_WORDS, WORD.range],
  [CUE_AFTER_WORDS, WORD.cueAfter],
  [NOT_PLURAL_NOUNS, WORD.notPlural],
  [LIST_WORDS, WORD.list],
  [OTHER_PROTOCOL_WORDS, WORD.otherProtocol],
  [new Set(['code', 'codes']), WORD.code],
];

/**
 * One open-addressing table over every listed word, probed with a hash computed from the text's character
 * codes: a word next to a number is classified without cutting it out of the text or lowercasing it, which
 * is most of what the detector does per number.
 */
const BITS = 11;
const MASK = (1 << BITS) - 1;
const KEYS: Array<string | undefined> = new Array(MASK + 1).fill(undefined);
const FLAGS = new Uint16Array(MASK + 1);
let longest = 0;

for (const [words, flag] of LISTS) {
  for (const word of words) {
    let slot = hashOf(word, 0, word.length);
    while (KEYS[slot] !== undefined && KEYS[slot] !== word) slot = (slot + 1) & MASK;
    KEYS[slot] = word;
    FLAGS[slot] = (FLAGS[slot] as number) | flag;
    longest = Math.max(longest, word.length);
  }
}

/** ASCII letters lowercased; any other code unit as it is. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function hashOf(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lower(text.charCodeAt(i))) | 0;
  return (h ^ (h >>> BITS)) & MASK;
}

/**
 * The `WORD` bits of `text[start, end)` compared case-insensitively (ASCII), as the word lists would
 * answer for the word lowercased; 0 for a word in none of them.
 */
export function wordFlagsAt(text: string, start: number, end: number): number {
  const length = end - start;
  if (length > longest || length === 0) return 0;
  let slot = hashOf(text, start, end);
  for (let key = KEYS[slot]; key !== undefined; key = KEYS[slot]) {
    if (key.length === length && equalsLowered(text, start, key)) return FLAGS[slot] as number;
    slot = (slot + 1) & MASK;
  }
  return 0;
}

function equalsLowered(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    if (lower(text.charCodeAt(start + i)) !== key.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * True when `text[start, end)` contains "status", "code" or "http" in any case: only such words can be
 * status keys, so only they are cut out and normalised.
 */
export function hasKeyStem(text: string, start: number, end: number): boolean {
  for (let i = start; i + 4 <= end; i++) {
    const c = lower(text.charCodeAt(i));
    if (c === 104 /* h */ && matchesAt(text, i, end, 'http')) return true;
    if (c === 99 /* c */ && matchesAt(text, i, end, 'code')) return true;
    if (c === 115 /* s */ && matchesAt(text, i, end, 'status')) return true;
  }
  return false;
}

function matchesAt(text: string, at: number, end: number, word: string): boolean {
  if (end - at < word.length) return false;
  for (let i = 1; i < word.length; i++)
    if (lower(text.charCodeAt(at + i)) !== word.charCodeAt(i)) return false;
  return true;
}
