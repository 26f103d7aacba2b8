import { describe, expect, it } from 'vitest';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';
import { KNOWN_STATUS_CODES, phrasesOf } from '../../src/core/detect/statusPhrases.js';
import { loadDataset } from '../../src/dataset/loadDataset.js';

describe('detector phrase table', () => {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const entries = loaded.entries;

  it('given the dataset then the detector knows exactly its codes', () => {
    expect([...KNOWN_STATUS_CODES].sort((a, b) => a - b)).toEqual(
      entries.map((e) => e.code).sort((a, b) => a - b),
    );
  });

  it('given every dataset entry with a real reason phrase then the phrase table has it', () => {
    for (const entry of entries) {
      if (entry.name === '(Unused)') continue;
      const name = entry.name.replace(' (OBSOLETED)', '');
      expect(phrasesOf(entry.code), `${entry.code}`).toContain(name);
    }
  });

  it('given every entry as "<code> <phrase>" after an unrelated word then the detector finds that code', () => {
    for (const entry of entries) {
      for (const phrase of phrasesOf(entry.code)) {
        expect(
          detectStatusCodes(`upstream: ${entry.code} ${phrase}`).codes,
          `${entry.code} ${phrase}`,
        ).toEqual([entry.code]);
      }
    }
  });
});
