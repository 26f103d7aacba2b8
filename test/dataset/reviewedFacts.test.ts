/**
 * Facts corrected after an expert review against RFC 9110 and the vendors' own documentation. Each test
 * pins one correction, so a later edit cannot quietly bring the stale fact back.
 */
import { describe, expect, it } from 'vitest';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

const entries = shippedEntries();

describe('codes from Experimental RFCs', () => {
  /** The RFCs published in the Experimental category that define a registered code (rfc-editor.org). */
  const EXPERIMENTAL_RFCS = ['RFC 2295', 'RFC 5842', 'RFC 8297'];

  it('given the dataset then exactly 103, 208, 506 and 508 are flagged experimental', () => {
    expect(
      entries
        .filter((e) => e.experimental)
        .map((e) => e.code)
        .sort(),
    ).toEqual([103, 208, 506, 508]);
  });

  it('given a flagged code then its spec is one of the Experimental RFCs, and every code they define is flagged', () => {
    for (const e of entries) {
      const fromExperimental = EXPERIMENTAL_RFCS.includes(e.spec?.title ?? '');
      expect(Boolean(e.experimental), String(e.code)).toBe(fromExperimental);
    }
  });
});
