import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());
const standard = core.entries.filter((e) => e.status === 'standard').map((e) => e.code);
const DAY_MS = 86_400_000;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe('codeOfTheDay', () => {
  it('given the same date then the same code, from a fresh core too', () => {
    const again = createStatusCore(shippedEntries());
    for (const date of ['2025-01-01', '2026-07-15', '1999-12-31']) {
      expect(core.codeOfTheDay(date).code).toBe(core.codeOfTheDay(date).code);
      expect(again.codeOfTheDay(date).code).toBe(core.codeOfTheDay(date).code);
    }
  });

  it('given any date then a standard code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (day) => {
        expect(standard).toContain(core.codeOfTheDay(dateOf(day)).code);
      }),
    );
  });

  it('given any cycle then its days show every standard code exactly once', () => {
    const n = standard.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (cycle) => {
        const codes = Array.from({ length: n }, (_, i) => core.codeOfTheDay(dateOf(cycle * n + i)).code);
        expect([...codes].sort()).toEqual([...standard].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('given a cycle boundary then the same code does not show two days running', () => {
    const n = standard.length;
    for (let cycle = 1; cycle < 300; cycle++) {
      const last = core.codeOfTheDay(dateOf(cycle * n - 1)).code;
      const first = core.codeOfTheDay(dateOf(cycle * n)).code;
      expect(first).not.toBe(last);
    }
  });

  it('given consecutive cycles then their orders differ', () => {
    const n = standard.length;
    const order = (cycle: number) =>
      Array.from({ length: n }, (_, i) => core.codeOfTheDay(dateOf(cycle * n + i)).code);
    expect(order(500)).not.toEqual(order(501));
  });

  it.each(['', 'not a date', '2025-13-45', '12345-01-01', '2025/01/01'])(
    'given the malformed date %j then still a standard code',
    (date) => {
      expect(standard).toContain(core.codeOfTheDay(date).code);
    },
  );
});
