import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateComparisons } from '../../src/core/dataset/validateReferences.js';
import { DEFAULT_COMPARISONS_PATH } from '../../src/dataset/loadDataset.js';
import { shippedEntries, shippedReferences } from '../fixtures/queries/datasetWithNames.js';

type Json = Record<string, unknown>;
const shipped = JSON.parse(readFileSync(DEFAULT_COMPARISONS_PATH, 'utf8')) as Json[];
const codes = new Set(shippedEntries().map((e) => e.code));
const { comparisons } = shippedReferences();
const errorsOf = (data: unknown) => {
  const result = validateComparisons(data, codes);
  return result.ok ? [] : result.errors;
};

/** The classic confusions issue 15 asks to be written by hand. */
const REQUIRED = [
  [401, 403],
  [502, 504],
  [500, 503],
  [301, 308],
  [302, 307],
  [302, 303],
  [400, 422],
  [404, 410],
  [408, 504],
  [499, 504],
  [429, 503],
  [409, 412],
  [413, 414, 431],
  [200, 204],
  [304, 200],
];

describe('shipped comparisons', () => {
  it('given data/comparisons.json then every classic confusion is written by hand', () => {
    const written = comparisons.map((c) => [...c.codes].sort((a, b) => a - b).join(','));
    for (const pair of REQUIRED)
      expect(written, pair.join('/')).toContain([...pair].sort((a, b) => a - b).join(','));
  });

  it('given every comparison then both languages have a difference line and one column per code', () => {
    for (const comparison of comparisons) {
      for (const locale of ['ko', 'en'] as const) {
        expect(comparison[locale].difference.length).toBeGreaterThan(20);
        expect(comparison[locale].sides).toHaveLength(comparison.codes.length);
      }
      expect(comparison.ko.difference).toMatch(/[가-힣]/);
    }
  });
});

describe('validateComparisons', () => {
  it('given a code the dataset lacks then the comparison is named with the code', () => {
    const data = structuredClone(shipped);
    (data[0]!.codes as number[])[1] = 598;
    expect(errorsOf(data)).toEqual([
      expect.stringMatching(/^comparison 401\/598 \(index 0\): codes: 598 is not/),
    ]);
  });

  it('given the same codes compared twice, in another order, then it is caught', () => {
    const data = structuredClone(shipped);
    data.push({ ...structuredClone(data[0]!), codes: [403, 401] });
    expect(errorsOf(data).join('\n')).toMatch(/compared twice/);
  });

  it.each([
    ['one code', (c: Json) => (c.codes = [401])],
    ['four codes', (c: Json) => (c.codes = [401, 403, 404, 405])],
    ['a code twice', (c: Json) => (c.codes = [401, 401])],
    ['a side missing in Korean', (c: Json) => ((c.ko as Json).sides as Json[]).pop()],
    ['an empty check', (c: Json) => ((((c.en as Json).sides as Json[])[0] as Json).checkFirst = ' ')],
  ])('given %s then the comparison is rejected by name', (_what, breakIt) => {
    const data = structuredClone(shipped);
    breakIt(data[0]!);
    expect(errorsOf(data).length).toBeGreaterThan(0);
    expect(errorsOf(data).every((e) => e.startsWith('comparison '))).toBe(true);
  });
});
