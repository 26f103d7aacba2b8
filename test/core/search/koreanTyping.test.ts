import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { normalizeText } from '../../../src/core/query/normalizeText.js';
import { searchEntries } from '../../../src/core/search/searchEntries.js';
import { buildSearchIndex } from '../../../src/core/search/searchIndex.js';
import { searchTypedQuery } from '../../../src/core/search/searchTypedQuery.js';
import { codesOf } from '../../fixtures/queries/answerCodes.js';
import { anyQuery } from '../../fixtures/queries/anyQuery.js';
import { cardLimitProblems } from '../../fixtures/queries/cardLimits.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const entries = shippedEntries();
const core = createStatusCore(entries);
const index = buildSearchIndex(entries);
const GATEWAY = [502, 504];
const TIMEOUTS = [408, 499, 504, 522, 524];

/** Keys a Korean typist hits, with the IME on or off: jamo, syllables, Latin letters, spaces. */
const koreanTyping = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'),
      fc.constantFrom(...'qwertyuiopasdfghjklzxcvbnmQWERTOP '),
      fc.constantFrom('게이트웨이', '타임아웃', '서비스', 'rpdlxmdnpdl', 'hkr', 'ㅗㅏㄱ'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Every English name and alias that is letters and spaces only, as typed in the dataset. */
const englishNames = entries.flatMap((e) =>
  [e.name, e.en.name, ...e.aliases.en, ...(e.formerNames ?? []).map((f) => f.name)].filter((name) =>
    /^[a-z ]+$/i.test(name),
  ),
);

describe('Korean typed with the IME off', () => {
  it.each([
    ['rpdlxmdnpdl', '게이트웨이', GATEWAY],
    ['RPDLXMDNPDL', '게이트웨이', GATEWAY],
    ['xkdladkdnt', '타임아웃', TIMEOUTS],
    ['flekdlfprxm', '리다이렉트', [301, 302, 303, 307, 308]],
  ])('given %j then the choice of what %j finds, the title showing the Hangul', (typed, hangul, codes) => {
    for (const defaultLocale of ['ko', 'en'] as const) {
      const answer = core.answer(typed, { defaultLocale });
      expect(answer.result).toMatchObject({ type: 'ambiguous', query: typed, readAs: hangul });
      expect([...codesOf(answer)].sort()).toEqual(codes);
      expect(answer.card.title).toContain(hangul);
      expect(answer.card.summary).toContain(typed);
      expect(cardLimitProblems(answer.card)).toEqual([]);
    }
  });

  it.each([
    ['tjqltm dldyd qnfrk', 503],
    ['rpdlxmdnpdl xkdladkdnt', 504],
    ['/http dlswmd vlfdy en', 401],
  ])('given %j then the card of %d', (typed, code) => {
    const answer = core.answer(typed, { defaultLocale: 'ko' });
    expect(answer.result.type).toBe('code');
    expect(codesOf(answer)).toEqual([code]);
  });

  it('given the same keys typed into autocomplete then the gateway codes are offered', () => {
    expect(core.suggest('rpdl', 'ko').map((c) => c.code)).toEqual(expect.arrayContaining(GATEWAY));
  });

  it('given every English name and alias, in any case, then it is searched as English, never read as Korean', () => {
    fc.assert(
      fc.property(fc.constantFrom(...englishNames), fc.boolean(), (name, upper) => {
        const typed = upper ? name.toUpperCase() : name;
        const text = normalizeText(typed);
        const outcome = searchTypedQuery(index, text, typed);
        expect(outcome.readAs).toBeUndefined();
        expect(outcome).toEqual(searchEntries(index, text));
      }),
      { numRuns: 500 },
    );
  });

  it('given English words that match something then they are never read as Korean', () => {
    for (const typed of ['gateway', 'timeout', 'redirect', 'too many', 'teapot', 'Not Found', 'forbiden']) {
      const outcome = searchTypedQuery(index, normalizeText(typed), typed);
      expect(outcome.type, typed).not.toBe('none');
      expect(outcome.readAs, typed).toBeUndefined();
    }
  });
});

describe('initial consonants (초성)', () => {
  it.each([
    ['ㄱㅇㅌㅇ', GATEWAY],
    ['ㅌㅇㅇㅇ', TIMEOUTS],
    ['ㄹㄷㅇㄹㅌ', [301, 302, 303, 307, 308]],
  ])('given %j then the choice of %j, the title echoing it as typed', (query, codes) => {
    for (const defaultLocale of ['ko', 'en'] as const) {
      const answer = core.answer(query, { defaultLocale });
      expect(answer.result).toMatchObject({ type: 'ambiguous', query });
      expect([...codesOf(answer)].sort()).toEqual(codes);
      expect(answer.card.title).toContain(query);
    }
  });

  it.each([
    ['ㅅㅂㅅ ㅇㅇ ㅂㄱ', 503],
    ['ㄴㅁ ㅁㅇ ㅇㅊ', 429],
  ])('given %j then the card of %d', (query, code) => {
    expect(codesOf(core.answer(query, { defaultLocale: 'ko' }))).toEqual([code]);
  });

  it('given initial consonants typed into autocomplete then the matching codes are offered', () => {
    expect(core.suggest('ㄱㅇㅌ', 'ko').map((c) => c.code)).toEqual(expect.arrayContaining(GATEWAY));
  });
});

describe('any typing', () => {
  it('given any string then a typed outcome, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyQuery, koreanTyping), (typed) => {
        const outcome = searchTypedQuery(index, normalizeText(typed), typed);
        expect(['match', 'ambiguous', 'none']).toContain(outcome.type);
        if (outcome.readAs !== undefined) expect(outcome.type).not.toBe('none');
        const answer = core.answer(typed, { defaultLocale: 'ko' });
        expect(cardLimitProblems(answer.card)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
