import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialsOf, isInitialsQuery, readAsKoreanLayout } from '../../../src/core/query/hangulTyping.js';
import { anyQuery } from '../../fixtures/queries/anyQuery.js';

const SYLLABLES = /^[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)*$/;

describe('readAsKoreanLayout', () => {
  it.each([
    ['rpdlxmdnpdl', '게이트웨이'],
    ['RPDLXMDNPDL', '게이트웨이'],
    ['tjqltm dldyd qnfrk', '서비스 이용 불가'],
    ['  xkdladkdnt  ', '타임아웃'],
    ['dlswmd  tlfvo', '인증 실패'],
    // Shift as typed: R is ㄲ.
    ['RmsGrla', '끊김'],
  ])('given %j typed with the Korean IME off then it reads %j', (typed, hangul) => {
    expect(readAsKoreanLayout(typed)).toBe(hangul);
  });

  it.each([
    'hello',
    'gateway',
    'timeout',
    'too many',
    // One syllable ("dog" -> 앻) says too little.
    'dog',
    'so',
    // Not only Latin letters.
    'rpdlxmdnpdl 504',
    'rpdlxmdnpdl!',
    '게이트웨이',
    '',
    'x'.repeat(200),
  ])('given %j then it is not read as Korean', (typed) => {
    expect(readAsKoreanLayout(typed)).toBeUndefined();
  });

  it('given any string then a reading of whole syllables or none, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyQuery, fc.stringMatching(/^[a-zA-Z ]{0,30}$/)), (typed) => {
        const hangul = readAsKoreanLayout(typed);
        if (hangul !== undefined) expect(hangul).toMatch(SYLLABLES);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('initial consonants', () => {
  it.each([
    ['ㄱㅇㅌㅇ', true],
    ['ㅌㅇㅇㅇ', true],
    ['ㅅㅂㅅ ㅇㅇ ㅂㄱ', true],
    ['ㄱ', false],
    ['ㄱㅏ', false],
    ['ㄳㄱ', false],
    ['게이트', false],
    ['abc', false],
  ])('given %j then isInitialsQuery is %s', (text, expected) => {
    expect(isInitialsQuery(text)).toBe(expected);
  });

  it('given a Korean name then its initials word by word; given Latin letters or digits then none', () => {
    expect(initialsOf('게이트웨이 타임아웃')).toBe('ㄱㅇㅌㅇㅇ ㅌㅇㅇㅇ');
    expect(initialsOf('nginx 502')).toBeUndefined();
    expect(initialsOf('ssl 인증서 오류')).toBeUndefined();
  });
});
