import { describe, expect, it } from 'vitest';
import { statusBadges } from '../../../src/core/cards/buildCodeCard.js';
import { createStatusCore } from '../../../src/core/createStatusCore.js';
import type { StatusEntry } from '../../../src/core/dataset/schema.js';
import { shippedEntries } from '../../fixtures/queries/datasetWithNames.js';

const core = createStatusCore(shippedEntries());
const entry = (code: number): StatusEntry => core.get(code)!;

describe('status badges', () => {
  it.each([103, 208, 506, 508])('given %i from an Experimental RFC then both cards say so', (code) => {
    expect(core.codeCard(code, 'en')!.badges).toContain('Experimental RFC');
    expect(core.codeCard(code, 'ko')!.badges).toContain('실험적 RFC');
  });

  it('given a standard code from a Standards Track RFC then no badge', () => {
    expect(statusBadges(entry(200), 'en')).toEqual([]);
    expect(statusBadges(entry(200), 'ko')).toEqual([]);
  });

  it('given a code that is both deprecated and experimental then the status badge first, then the RFC flag', () => {
    const both: StatusEntry = { ...entry(102), experimental: true };
    expect(statusBadges(both, 'en')).toEqual(['Deprecated', 'Experimental RFC']);
    expect(statusBadges(both, 'ko')).toEqual(['사용 중단 권고', '실험적 RFC']);
  });

  it('given an unofficial code then the vendor badge only', () => {
    expect(statusBadges(entry(499), 'en')).toEqual(['Unofficial · nginx']);
  });
});
