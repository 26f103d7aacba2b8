import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from '../../../src/core/query/normalizeText.js';
import { anyQuery } from '../../fixtures/queries/anyQuery.js';

/** Conjoining jamo (U+1100-U+11FF): what NFKC makes of ㄱ, and what renders as broken boxes alone. */
const CONJOINING_JAMO = /[\u1100-\u11ff]/;

describe('normalizeText', () => {
  it.each([
    ['Gateway-Timeout!', 'gateway timeout'],
    ['ＧＡＴＥＷＡＹ', 'gateway'],
    ['ㄱㅇㅌㅇ', 'ㄱㅇㅌㅇ'],
    ['ㅌㅇ-ㅇㅇ', 'ㅌㅇ ㅇㅇ'],
    ['ㄱㅏ', '가'],
    ['ㄱㅔㅇㅣㅌㅡㅇㅜㅔㅇㅣ', '게이트웨이'],
    ['게이트웨이 ㅌㅇ', '게이트웨이 ㅌㅇ'],
  ])('given %j then it matches as %j', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized);
  });

  it('given jamo, syllables, full-width and Latin letters as typed then folding never makes conjoining jamo of them', () => {
    const typed = fc.stringMatching(/^[\u3131-\u3163\uffa0-\uffdc가-힣a-zＡ-Ｚ０-９ ]{0,20}$/);
    fc.assert(
      fc.property(typed, (text) => {
        expect(foldText(text)).not.toMatch(CONJOINING_JAMO);
      }),
      { numRuns: 1000 },
    );
  });

  it('given any string then folding and normalising never throw', () => {
    fc.assert(
      fc.property(anyQuery, (text) => {
        expect(typeof normalizeText(text)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
