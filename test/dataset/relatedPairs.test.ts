import { describe, expect, it } from 'vitest';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

const byCode = new Map(shippedEntries().map((e) => [e.code, e]));
const relatedOf = (code: number): number[] => byCode.get(code)?.related ?? [];

/**
 * Codes that are read together in practice, so each card points to the other: the two "nothing to route
 * to / too slow" gateway errors, Cloudflare's connect timeout and the generic one, the three ways a page
 * is not there, negotiation's list and its loop, nginx's two closed-connection codes, and the two
 * "wrong connection for this request" codes.
 */
const MUTUAL_GROUPS: number[][] = [
  [503, 504],
  [522, 504],
  [451, 404, 410],
  [506, 300],
  [444, 499],
  [425, 421],
];

describe('related codes that point both ways', () => {
  it.each(MUTUAL_GROUPS.map((group) => [group.join('/'), group] as const))(
    'given %s then each card links every other code of the group',
    (_name, group) => {
      for (const code of group) {
        for (const other of group.filter((c) => c !== code)) {
          expect(relatedOf(code), `${code} -> ${other}`).toContain(other);
        }
      }
    },
  );
});
