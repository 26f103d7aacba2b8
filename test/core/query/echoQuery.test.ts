import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { parseQuery } from '../../../src/core/query/parseQuery.js';
import { anyQuery } from '../../fixtures/queries/anyQuery.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());
/** Conjoining jamo (U+1100-U+11FF): what NFKC makes of ㄱ, rendered as broken boxes when alone. */
const CONJOINING_JAMO = /[\u1100-\u11ff]/;

describe('a query echoed back', () => {
  it.each([
    ['ㅋㅋㅋㅋ', 'ㅋㅋㅋㅋ'],
    ['ㄱㄴㄷㄹㅁㅂ', 'ㄱㄴㄷㄹㅁㅂ'],
    ['Xyzzy QWE', 'Xyzzy QWE'],
    ['ＸＹＺＺＹ', 'ＸＹＺＺＹ'],
    ['/http Zzqx en', 'Zzqx'],
    ['/HTTP   Zzqx \n Qq', 'Zzqx Qq'],
    ['ko  Zzqx   Qq', 'Zzqx Qq'],
    ['…!?', '…!?'],
  ])('given %j that matches nothing then the "no match" card echoes %j as typed', (query, echo) => {
    const answer = core.answer(query, { defaultLocale: 'en' });
    expect(answer.result).toEqual({ type: 'notFound', query: echo, suggestions: [] });
    expect(answer.card.title).toContain(`“${echo}”`);
    expect(answer.card.title).not.toMatch(CONJOINING_JAMO);
  });

  it('given the initial consonants ㄱㅇㅌㅇ then the card echoes them as typed, not as conjoining jamo', () => {
    const answer = core.answer('ㄱㅇㅌㅇ', { defaultLocale: 'ko' });
    expect(answer.card.title).toContain('“ㄱㅇㅌㅇ”');
    expect(answer.card.title).not.toMatch(CONJOINING_JAMO);
  });

  it('given a text query then matching sees it folded while the echo keeps it as typed', () => {
    expect(parseQuery('/http Gatway-TIMOUT ko')).toEqual({
      intent: { kind: 'text', text: 'gatway timout', original: 'Gatway-TIMOUT' },
      locale: 'ko',
    });
  });

  it('given any query then the echo is made of the words as typed, none of them folded', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { intent } = parseQuery(query);
        if (intent.kind !== 'text') return;
        const typedWords = query.slice(0, 200).split(/\s+/);
        for (const word of intent.original.split(' ').filter((w) => w !== ''))
          expect(typedWords).toContain(word);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a plain code', () => {
  it.each([
    ['503', '503'],
    [' 503 ', '503'],
    ['/http 503', '503'],
    ['/HTTP  404', '404'],
    ['\t599\n', '599'],
  ])('given %j then the number %s straight away', (query, value) => {
    expect(parseQuery(query)).toEqual({ intent: { kind: 'number', value } });
  });

  it('given a plain code with or without the command word then the same answer as any other spelling of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        fc.constantFrom('', '/http ', ' /http  '),
        (code, prefix) => {
          const fast = core.answer(`${prefix}${code}`, { defaultLocale: 'ko' });
          const slow = core.answer(`HTTP ${code}번`, { defaultLocale: 'ko' });
          expect(fast.result).toEqual(slow.result);
          expect(fast.card).toEqual(slow.card);
        },
      ),
    );
  });
});
