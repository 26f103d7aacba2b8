import { AsciiWordTable, lowerAscii } from './asciiWordTable.js';
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
  /** A status key as it stands (no `_` to strip): "status", "HTTP", "statusCode". */
  strongKey: 2048,
  /** "http" or "https". */
  httpWord: 4096,
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
  [new Set(['http', 'https', 'status', 'statuses', 'statuscode', 'httpstatus', 'httpcode']), WORD.strongKey],
  [new Set(['http', 'https']), WORD.httpWord],
];

/** Every listed word, and its bits per slot: a word next to a number is classified with one probe. */
const TABLE = new AsciiWordTable(
  LISTS.flatMap(([words]) => [...words]),
  11,
);
const FLAGS = new Uint16Array(TABLE.size);
for (const [words, flag] of LISTS) {
  for (const word of words) {
    const slot = TABLE.slotOf(word, 0, word.length);
    FLAGS[slot] = (FLAGS[slot] as number) | flag;
  }
}

/**
 * The `WORD` bits of `text[start, end)` compared case-insensitively (ASCII), as the word lists would
 * answer for the word lowercased; 0 for a word in none of them.
 */
export function wordFlagsAt(text: string, start: number, end: number): number {
  const slot = TABLE.slotOf(text, start, end);
  return slot < 0 ? 0 : (FLAGS[slot] as number);
}

/**
 * True when `text[start, end)` contains "status", "code" or "http" in any case: only such words can be
 * status keys, so only they are cut out and normalised.
 */
export function hasKeyStem(text: string, start: number, end: number): boolean {
  for (let i = start; i + 4 <= end; i++) {
    const c = lowerAscii(text.charCodeAt(i));
    if (c === 104 /* h */ && matchesAt(text, i, end, 'http')) return true;
    if (c === 99 /* c */ && matchesAt(text, i, end, 'code')) return true;
    if (c === 115 /* s */ && matchesAt(text, i, end, 'status')) return true;
  }
  return false;
}

function matchesAt(text: string, at: number, end: number, word: string): boolean {
  if (end - at < word.length) return false;
  for (let i = 1; i < word.length; i++)
    if (lowerAscii(text.charCodeAt(at + i)) !== word.charCodeAt(i)) return false;
  return true;
}
