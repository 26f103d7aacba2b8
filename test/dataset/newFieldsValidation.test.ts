import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/core/dataset/validateDataset.js';
import { DEFAULT_DATASET_PATH } from '../../src/dataset/loadDataset.js';

type Json = Record<string, unknown> & { code: number };
const shipped = JSON.parse(readFileSync(DEFAULT_DATASET_PATH, 'utf8')) as Json[];
const errorsAfter = (code: number, change: (entry: Json) => void): string[] => {
  const data = structuredClone(shipped);
  const i = data.findIndex((e) => e.code === code);
  change(data[i]!);
  const result = validateDataset(data);
  return result.ok ? [] : result.errors;
};

describe('validateDataset: experimental and mdnKo', () => {
  it('given experimental on an unofficial code then an error naming the field', () => {
    expect(errorsAfter(499, (e) => (e.experimental = true))).toEqual([
      expect.stringMatching(/^entry 499 \(index \d+\): experimental: /),
    ]);
  });

  it('given experimental set to false then an error (the flag is present only when true)', () => {
    expect(errorsAfter(200, (e) => (e.experimental = false))).toEqual([
      expect.stringMatching(/^entry 200 \(index \d+\): experimental: /),
    ]);
  });

  it('given mdnKo without an mdn link then an error naming the field', () => {
    expect(
      errorsAfter(404, (e) => {
        delete e.mdn;
      }),
    ).toEqual([expect.stringMatching(/^entry 404 \(index \d+\): mdnKo: /)]);
  });

  it('given mdnKo on an entry with an mdn link then it validates', () => {
    expect(errorsAfter(417, (e) => (e.mdnKo = true))).toEqual([]);
  });
});
