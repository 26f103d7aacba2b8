import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { LOCALES } from '../../../src/core/locale.js';
import { anyQuery } from '../../fixtures/queries/anyQuery.js';
import { entriesWithNames, shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());

describe('suggest', () => {
  it('given "5" then 5xx codes in order, at most 25', () => {
    const choices = core.suggest('5', 'en');
    const expected = core.entries.filter((e) => String(e.code).startsWith('5')).map((e) => e.code);
    expect(choices.map((c) => c.code)).toEqual(expected.slice(0, 25));
  });

  it('given "50" then exactly the dataset codes 500-509', () => {
    const expected = core.entries.filter((e) => e.code >= 500 && e.code <= 509).map((e) => e.code);
    expect(core.suggest('50', 'ko').map((c) => c.code)).toEqual(expected);
  });

  it('given "503" then 503 first', () => {
    expect(core.suggest('503', 'ko')[0]?.code).toBe(503);
  });

  it('given "gat" then the gateway codes', () => {
    expect(core.suggest('gat', 'en').map((c) => c.code)).toEqual(expect.arrayContaining([502, 504]));
  });

  it('given "게이" then the 게이트웨이 codes', () => {
    const named = createStatusCore(entriesWithNames());
    expect(named.suggest('게이', 'ko').map((c) => c.code)).toEqual(expect.arrayContaining([502, 504]));
  });

  it('given nothing typed then the common codes', () => {
    const codes = core.suggest('', 'ko').map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining([404, 500, 503]));
  });

  it('given a limit then at most that many', () => {
    expect(core.suggest('4', 'en', 5)).toHaveLength(5);
    expect(core.suggest('4', 'en', 100).length).toBeLessThanOrEqual(25);
    expect(core.suggest('4', 'en', 0)).toEqual([]);
  });

  it('given labels then they read "503 Service Unavailable · …" within 100 characters', () => {
    const [choice] = core.suggest('503', 'ko');
    expect(choice?.label).toBe(core.codeCard(503, 'ko')!.title.slice(0, 100));
  });

  it('given any input then at most 25 known codes with labels within 100 characters, no duplicates', () => {
    fc.assert(
      fc.property(anyQuery, fc.constantFrom(...LOCALES), (partial, locale) => {
        const choices = core.suggest(partial, locale);
        expect(choices.length).toBeLessThanOrEqual(25);
        expect(new Set(choices.map((c) => c.code)).size).toBe(choices.length);
        for (const choice of choices) {
          expect(core.get(choice.code)).toBeDefined();
          expect(choice.label.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
