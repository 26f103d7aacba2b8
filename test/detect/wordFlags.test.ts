import { describe, expect, it } from 'vitest';
import {
  CUE_AFTER_WORDS,
  FILLER_WORDS,
  isStrongKey,
  LIST_WORDS,
  MEDIUM_CUE_WORDS,
  NOT_HTTP_QUALIFIERS,
  NOT_PLURAL_NOUNS,
  OTHER_PROTOCOL_WORDS,
  RANGE_WORDS,
  UNIT_AFTER_WORDS,
  VETO_BEFORE_WORDS,
} from '../../src/core/detect/detectorWords.js';
import { hasKeyStem, WORD, wordFlagsAt } from '../../src/core/detect/wordFlags.js';

const LISTS: Array<[string, ReadonlySet<string>, number]> = [
  ['filler', FILLER_WORDS, WORD.filler],
  ['medium cue', MEDIUM_CUE_WORDS, WORD.mediumCue],
  ['veto before', VETO_BEFORE_WORDS, WORD.vetoBefore],
  ['not-HTTP qualifier', NOT_HTTP_QUALIFIERS, WORD.notHttpQualifier],
  ['unit after', UNIT_AFTER_WORDS, WORD.unitAfter],
  ['range', RANGE_WORDS, WORD.range],
  ['cue after', CUE_AFTER_WORDS, WORD.cueAfter],
  ['not plural', NOT_PLURAL_NOUNS, WORD.notPlural],
  ['list', LIST_WORDS, WORD.list],
  ['other protocol', OTHER_PROTOCOL_WORDS, WORD.otherProtocol],
  ['code', new Set(['code', 'codes']), WORD.code],
];

/** Every listed word, plus near misses (prefixes, suffixes, doubled letters) that are in no list. */
function probeWords(): string[] {
  const words = new Set<string>();
  for (const [, list] of LISTS) {
    for (const word of list) {
      words.add(word);
      words.add(word.slice(1));
      words.add(word.slice(0, -1));
      words.add(`${word}x`);
      words.add(`${word}_`);
      words.add(`${word[0]}${word}`);
    }
  }
  words.delete('');
  return [...words];
}

describe('word table of the detector', () => {
  it('given any word in any case then its bits are exactly the lists that hold it lowercased', () => {
    for (const word of probeWords()) {
      const expected = LISTS.reduce((bits, [, list, bit]) => (list.has(word) ? bits | bit : bits), 0);
      for (const written of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
        // Read in the middle of a text, as the detector reads a word next to a number.
        const text = `503 ${written} 404`;
        const listBits = wordFlagsAt(text, 4, 4 + written.length) & ~(WORD.strongKey | WORD.httpWord);
        expect(listBits, written).toBe(expected);
      }
    }
  });

  it('given a word marked as a status key then the key rules agree, and only http/https are HTTP words', () => {
    const marked: string[] = [];
    for (const word of [
      ...probeWords(),
      'http',
      'https',
      'status',
      'statuscode',
      'httpstatus',
      'exitstatus',
    ]) {
      const flags = wordFlagsAt(word, 0, word.length);
      if (flags & WORD.strongKey) {
        marked.push(word);
        expect(isStrongKey(word), word).toBe(true);
      }
      expect((flags & WORD.httpWord) !== 0, word).toBe(word === 'http' || word === 'https');
    }
    expect(marked).toEqual(expect.arrayContaining(['http', 'https', 'status', 'statuscode']));
    expect(marked).not.toContain('exitstatus');
  });

  it('given a word inside a longer text then only that range is compared', () => {
    const text = 'xxstatusesxx';
    expect(wordFlagsAt(text, 2, 8)).toBe(WORD.cueAfter | WORD.notPlural | WORD.strongKey);
    expect(wordFlagsAt(text, 2, 9)).toBe(0);
    expect(wordFlagsAt('returned', 0, 8) & WORD.mediumCue).toBe(WORD.mediumCue);
    expect(wordFlagsAt('returned', 0, 7)).toBe(0);
  });

  it('given words with and without a key stem then hasKeyStem says which may be status keys', () => {
    for (const word of [
      'status',
      'HTTP',
      'elb_status_code',
      'probe_http_status_code',
      'StatusCode',
      'xcode',
    ]) {
      expect(hasKeyStem(word, 0, word.length), word).toBe(true);
    }
    for (const word of ['stat', 'htt', 'cod', 'returned', 'statu', 'error']) {
      expect(hasKeyStem(word, 0, word.length), word).toBe(false);
    }
    expect(hasKeyStem('xstatus', 0, 6)).toBe(false);
  });
});
